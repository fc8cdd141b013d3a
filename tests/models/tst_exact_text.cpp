// The exact values behind the console's short ones, as tooltips show them:
// bytes grouped by the locale, moments to the second in UTC and in local
// time, durations in every unit down to the second.
#include "models/exact_text.h"

#include <QTest>
#include <QTimeZone>

using namespace snapline;
using namespace Qt::StringLiterals;

class TestExactText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Kolkata"); // local time apart from UTC, without daylight saving
    }

    void bytes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("size");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("under a kilobyte") << english << qint64(512) << u"512 bytes"_s << u"512 bytes"_s;
        QTest::newRow("gigabytes") << english << qint64(9'000'000'123) << u"9,000,000,123 bytes"_s
                                   << u"9.0 GB (9,000,000,123 bytes)"_s;
        QTest::newRow("German grouping")
                << german << qint64(1'234'567) << u"1.234.567 bytes"_s << u"1,2 MB (1.234.567 bytes)"_s;
    }

    void bytes()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, bytes);
        QFETCH(QString, exact);
        QFETCH(QString, size);
        QCOMPARE(ExactText::bytes(bytes, locale), exact);
        QCOMPARE(ExactText::size(bytes, locale), size);
    }

    void moments_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("withAge");
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
        QTest::newRow("to the second")
                << now.addSecs(-3 * 3600 - 5) << u"2026-11-24 08:59:55 UTC (2026-11-24 14:29:55 local time)"_s
                << u"2026-11-24 08:59:55 UTC (2026-11-24 14:29:55 local time), 3 h ago"_s;
        QTest::newRow("another day locally")
                << now.addSecs(12 * 3600) << u"2026-11-25 00:00:00 UTC (2026-11-25 05:30:00 local time)"_s
                << u"2026-11-25 00:00:00 UTC (2026-11-25 05:30:00 local time), in 12 h"_s;
        QTest::newRow("a local time given")
                << now.toTimeZone(QTimeZone("America/New_York"))
                << u"2026-11-24 12:00:00 UTC (2026-11-24 17:30:00 local time)"_s
                << u"2026-11-24 12:00:00 UTC (2026-11-24 17:30:00 local time), just now"_s;
        QTest::newRow("unknown") << QDateTime() << QString() << QString();
    }

    void moments()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, exact);
        QFETCH(QString, withAge);
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(ExactText::moment(moment), exact);
        QCOMPARE(ExactText::momentAndAge(moment, now), withAge);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("exact");
        QTest::newRow("nothing") << qint64(0) << u"0 s"_s;
        QTest::newRow("seconds") << qint64(59) << u"59 s"_s;
        QTest::newRow("whole hour") << qint64(3600) << u"1 h"_s;
        QTest::newRow("every unit") << qint64(90061) << u"1 d 1 h 1 min 1 s"_s;
        QTest::newRow("minutes and seconds") << qint64(4523) << u"1 h 15 min 23 s"_s;
    }

    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, exact);
        QCOMPARE(ExactText::duration(seconds), exact);
    }
};

QTEST_MAIN(TestExactText)
#include "tst_exact_text.moc"
