// The console's sizes, ages, durations and times in words.
#include "console/display_format.h"

#include <QTest>
#include <QTimeZone>

using namespace snapline;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 24), QTime(12, 0), Qt::UTC};

private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 byte(s)";
        QTest::newRow("below a kilobyte") << qint64(999) << "999 byte(s)";
        QTest::newRow("a kilobyte") << qint64(1000) << "1.0 kB";
        QTest::newRow("one decimal") << qint64(1'500'000'000) << "1.5 GB";
        QTest::newRow("rounds up into the next unit") << qint64(999'999) << "1.0 MB";
        QTest::newRow("whole from 100") << qint64(123'456'789'012) << "123 GB";
        QTest::newRow("99.95 rounds to 100") << qint64(99'950) << "100 kB";
        QTest::newRow("terabytes") << qint64(26'683'436'887'974) << "26.7 TB";
        QTest::newRow("negative reads as none") << qint64(-5) << "0 byte(s)";
    }

    void bytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes, QLocale::c()), text);
    }

    void bytesFollowTheLocale()
    {
        QCOMPARE(formatBytes(1'500'000'000, QLocale(QLocale::German, QLocale::Germany)), u"1,5 GB");
    }

    void age_data()
    {
        QTest::addColumn<qint64>("offset"); // seconds from now; negative is the past
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << "just now";
        QTest::newRow("30 s ago") << qint64(-30) << "just now";
        QTest::newRow("in 30 s") << qint64(30) << "in under a minute";
        QTest::newRow("59 s ago") << qint64(-59) << "just now";
        QTest::newRow("60 s ago") << qint64(-60) << "1 min ago";
        QTest::newRow("5 min ago") << qint64(-5 * 60 - 59) << "5 min ago";
        QTest::newRow("59 min ago") << qint64(-3599) << "59 min ago";
        QTest::newRow("1 h ago") << qint64(-3600) << "1 h ago";
        QTest::newRow("47 h ago") << qint64(-48 * 3600 + 1) << "47 h ago";
        QTest::newRow("2 d ago") << qint64(-48 * 3600) << "2 d ago";
        QTest::newRow("400 d ago") << qint64(-400) * 86400 << "400 d ago";
        QTest::newRow("in 4 h") << qint64(4 * 3600 + 120) << "in 4 h";
        QTest::newRow("in 2 d") << qint64(2 * 86400 + 5) << "in 2 d";
        QTest::newRow("in 3 min") << qint64(180) << "in 3 min";
    }

    void age()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, text);
        QCOMPARE(formatAge(m_now.addSecs(offset), m_now), text);
    }

    void ageOfNothing()
    {
        QCOMPARE(formatAge(QDateTime(), m_now), QString());
        QCOMPARE(formatAge(m_now, QDateTime()), QString());
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 s";
        QTest::newRow("negative") << qint64(-5) << "0 s";
        QTest::newRow("seconds") << qint64(45) << "45 s";
        QTest::newRow("a minute") << qint64(60) << "1 min";
        QTest::newRow("minutes and seconds") << qint64(125) << "2 min 5 s";
        QTest::newRow("an hour") << qint64(3600) << "1 h";
        QTest::newRow("hours and minutes") << qint64(4800) << "1 h 20 min";
        QTest::newRow("seconds dropped past an hour") << qint64(3659) << "1 h";
        QTest::newRow("a day") << qint64(86400) << "1 d";
        QTest::newRow("days and hours") << qint64(2 * 86400 + 3 * 3600 + 59) << "2 d 3 h";
        QTest::newRow("72 hours") << qint64(72 * 3600) << "3 d";
    }

    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }

    void utc()
    {
        QCOMPARE(formatUtc(m_now), u"2026-11-24 12:00 UTC");
        QCOMPARE(formatUtc(m_now.addSecs(7), true), u"2026-11-24 12:00:07 UTC");
        // Always told in UTC, whatever zone the time comes in.
        QCOMPARE(formatUtc(QDateTime(QDate(2026, 11, 24), QTime(13, 30), QTimeZone(3600))),
                 u"2026-11-24 12:30 UTC");
        QCOMPARE(formatUtc(QDateTime()), QString());
    }

    void enumsInWords()
    {
        QCOMPARE(formatFrequency(Frequency::OnDemand), u"on-demand");
        QCOMPARE(formatOrigin(SnapshotOrigin::Fallback), u"fallback");
        QCOMPARE(formatStatus(SnapshotStatus::InProgress), u"in progress");
        QCOMPARE(formatBackupKind(BackupKind::CloudContinuous), u"Continuous Cloud Backup");
        QCOMPARE(formatBackupKind(BackupKind::None), u"no backup");
        QCOMPARE(formatProvider(CloudProvider::Gcp), u"Google Cloud");
        QCOMPARE(formatTierFamily(Tier::Family::Flex), u"Flex");
        QCOMPARE(formatDelivery(DeliveryType::PointInTime), u"point in time");
        QCOMPARE(formatRestoreState(RestoreJobState::Cancelled), u"cancelled");
    }

    void eventTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("words");
        QTest::newRow("known") << "CPS_SNAPSHOT_SUCCESSFUL"
                               << "Snapshot completed";
        QTest::newRow("known audit") << "CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"
                                     << "Backup policy changed";
        QTest::newRow("spelled out") << "CPS_OPLOG_LAG"
                                     << "Oplog lag";
        QTest::newRow("tenant, audit suffix dropped") << "TENANT_SNAPSHOT_STARTED_AUDIT"
                                                      << "Snapshot started";
        QTest::newRow("no prefix") << "BACKUP_NOT_ENABLED"
                                   << "Backup not enabled";
        QTest::newRow("empty") << ""
                               << "";
    }

    void eventTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, words);
        QCOMPARE(formatEventType(type), words);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_display_format.moc"
