// nextScheduledSnapshot(): the next moment a schedule fires, at the edges of
// days, weeks, months (the last day of the month is interval 40) and years.
#include "console/next_scheduled_snapshot.h"

#include <QTest>
#include <QTimeZone>

using namespace snapline;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PolicyItem item(Frequency frequency, int interval)
{
    return {{}, frequency, interval, {RetentionUnit::Days, 7}};
}

BackupPolicy policy(int hour, int minute, const QList<PolicyItem> &items)
{
    BackupPolicy p;
    p.referenceHourOfDay = hour;
    p.referenceMinuteOfHour = minute;
    p.items = items;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(snapline::BackupPolicy)
Q_DECLARE_METATYPE(snapline::Frequency)

class TestNextScheduledSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data()
    {
        QTest::addColumn<BackupPolicy>("policy");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Frequency>("frequency");
        const auto daily = policy(18, 0, {item(Frequency::Daily, 1)});
        // 2026-11-24 is a Tuesday.
        QTest::newRow("daily, later today") << daily << "2026-11-24T12:00:00Z"
                                            << "2026-11-24T18:00:00Z" << Frequency::Daily;
        QTest::newRow("daily, at the moment: the next one") << daily << "2026-11-24T18:00:00Z"
                                                            << "2026-11-25T18:00:00Z" << Frequency::Daily;
        QTest::newRow("daily, one second before") << daily << "2026-11-24T17:59:59Z"
                                                  << "2026-11-24T18:00:00Z" << Frequency::Daily;
        QTest::newRow("daily, over the year's end") << daily << "2026-12-31T19:00:00Z"
                                                    << "2027-01-01T18:00:00Z" << Frequency::Daily;
        const auto sixHourly = policy(18, 0, {item(Frequency::Hourly, 6)});
        QTest::newRow("6-hourly aligned on 18:00") << sixHourly << "2026-11-24T12:00:00Z"
                                                   << "2026-11-24T18:00:00Z" << Frequency::Hourly;
        QTest::newRow("6-hourly, past the last of the day") << sixHourly << "2026-11-24T18:00:01Z"
                                                            << "2026-11-25T00:00:00Z" << Frequency::Hourly;
        const auto fourHourly = policy(18, 30, {item(Frequency::Hourly, 4)});
        QTest::newRow("4-hourly aligned on 18:30") << fourHourly << "2026-11-24T23:00:00Z"
                                                   << "2026-11-25T02:30:00Z" << Frequency::Hourly;
        const auto weekly = policy(18, 0, {item(Frequency::Weekly, 6)});
        QTest::newRow("weekly Saturday, from Tuesday") << weekly << "2026-11-24T12:00:00Z"
                                                       << "2026-11-28T18:00:00Z" << Frequency::Weekly;
        QTest::newRow("weekly Saturday, that Saturday before") << weekly << "2026-11-28T17:00:00Z"
                                                               << "2026-11-28T18:00:00Z" << Frequency::Weekly;
        QTest::newRow("weekly Saturday, that Saturday after") << weekly << "2026-11-28T18:00:00Z"
                                                              << "2026-12-05T18:00:00Z" << Frequency::Weekly;
        QTest::newRow("weekly Sunday (7)")
                << policy(6, 0, {item(Frequency::Weekly, 7)}) << "2026-11-24T12:00:00Z"
                << "2026-11-29T06:00:00Z" << Frequency::Weekly;
        const auto lastDay = policy(18, 0, {item(Frequency::Monthly, 40)});
        QTest::newRow("last day of November") << lastDay << "2026-11-24T12:00:00Z"
                                              << "2026-11-30T18:00:00Z" << Frequency::Monthly;
        QTest::newRow("last day, at it: December 31") << lastDay << "2026-11-30T18:00:00Z"
                                                      << "2026-12-31T18:00:00Z" << Frequency::Monthly;
        QTest::newRow("last day of a leap February") << lastDay << "2028-02-10T00:00:00Z"
                                                     << "2028-02-29T18:00:00Z" << Frequency::Monthly;
        QTest::newRow("last day, after February 28") << lastDay << "2027-02-28T19:00:00Z"
                                                     << "2027-03-31T18:00:00Z" << Frequency::Monthly;
        const auto fifteenth = policy(18, 0, {item(Frequency::Monthly, 15)});
        QTest::newRow("monthly 15th, next month") << fifteenth << "2026-11-24T12:00:00Z"
                                                  << "2026-12-15T18:00:00Z" << Frequency::Monthly;
        QTest::newRow("monthly 1st, over the year's end")
                << policy(0, 5, {item(Frequency::Monthly, 1)}) << "2026-12-05T00:00:00Z"
                << "2027-01-01T00:05:00Z" << Frequency::Monthly;
        const auto december = policy(18, 0, {item(Frequency::Yearly, 12)});
        QTest::newRow("yearly December") << december << "2026-11-24T12:00:00Z"
                                         << "2026-12-01T18:00:00Z" << Frequency::Yearly;
        QTest::newRow("yearly December, at it: next year") << december << "2026-12-01T18:00:00Z"
                                                           << "2027-12-01T18:00:00Z" << Frequency::Yearly;
        const auto atlas
                = BackupPolicy::atlasDefault(); // 18:00; 6-hourly, daily, Saturday, last day, December
        QTest::newRow("default: daily wins over hourly") << atlas << "2026-11-24T12:00:00Z"
                                                         << "2026-11-24T18:00:00Z" << Frequency::Daily;
        QTest::newRow("default: an hourly first") << atlas << "2026-11-24T18:00:00Z"
                                                  << "2026-11-25T00:00:00Z" << Frequency::Hourly;
        QTest::newRow("default: Saturday is weekly") << atlas << "2026-11-28T13:00:00Z"
                                                     << "2026-11-28T18:00:00Z" << Frequency::Weekly;
        QTest::newRow("default: the last day is monthly") << atlas << "2026-11-30T13:00:00Z"
                                                          << "2026-11-30T18:00:00Z" << Frequency::Monthly;
        QTest::newRow("default: December 1st is yearly") << atlas << "2026-12-01T13:00:00Z"
                                                         << "2026-12-01T18:00:00Z" << Frequency::Yearly;
        QTest::newRow("an invalid item is skipped")
                << policy(18, 0, {item(Frequency::Monthly, 31), item(Frequency::Weekly, 6)})
                << "2026-11-24T12:00:00Z"
                << "2026-11-28T18:00:00Z" << Frequency::Weekly;
        QTest::newRow("now given in another zone")
                << daily
                << QDateTime(QDate(2026, 11, 24), QTime(13, 0), QTimeZone(3600)).toString(Qt::ISODate)
                << "2026-11-24T18:00:00Z" << Frequency::Daily;
    }

    void next()
    {
        QFETCH(BackupPolicy, policy);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        QFETCH(Frequency, frequency);
        const auto next = nextScheduledSnapshot(policy, QDateTime::fromString(now, Qt::ISODate));
        QVERIFY(next);
        QCOMPARE(next->at, utc(expected.toLatin1().constData()));
        QCOMPARE(next->at.timeSpec(), Qt::UTC);
        QCOMPARE(int(next->frequency), int(frequency)); // as int: QTest cannot print the enum
    }

    void nothingFires_data()
    {
        QTest::addColumn<BackupPolicy>("policy");
        QTest::newRow("no items") << policy(18, 0, {});
        QTest::newRow("only invalid items") << policy(
                18, 0,
                {item(Frequency::Monthly, 29), item(Frequency::Hourly, 0), item(Frequency::Yearly, 13)});
        QTest::newRow("bad reference time") << policy(24, 0, {item(Frequency::Daily, 1)});
        QTest::newRow("on-demand only") << policy(18, 0, {item(Frequency::OnDemand, 0)});
    }

    void nothingFires()
    {
        QFETCH(BackupPolicy, policy);
        QCOMPARE(nextScheduledSnapshot(policy, utc("2026-11-24T12:00:00Z")), std::nullopt);
    }

    void invalidNow()
    {
        QCOMPARE(nextScheduledSnapshot(BackupPolicy::atlasDefault(), QDateTime()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestNextScheduledSnapshot)
#include "tst_next_scheduled_snapshot.moc"
