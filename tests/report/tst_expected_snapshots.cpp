// The moments a backup policy fires over a period: worked examples around a
// month end, merging items that fire together, and agreement with the
// console's nextScheduledSnapshot() for every kind of item.
#include "console/next_scheduled_snapshot.h"
#include "report/cluster_coverage.h"
#include "report/expected_snapshots.h"

#include <QTest>

using namespace snapline;

Q_DECLARE_METATYPE(snapline::BackupPolicy)

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

constexpr qint64 kDay = 86400;

BackupPolicy policy(int hour, int minute, const QList<PolicyItem> &items)
{
    BackupPolicy p;
    p.referenceHourOfDay = hour;
    p.referenceMinuteOfHour = minute;
    p.items = items;
    return p;
}

} // namespace

class TestExpectedSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Atlas's default at 18:00: 6-hourly, daily, weekly on Saturday (6), the
    // last day of the month, yearly on 1 December. 27 Nov 2026 is a Friday.
    void theDefaultPolicyOverAMonthEnd()
    {
        const auto moments = expectedSnapshots(BackupPolicy::atlasDefault(), at("2026-11-27T00:00:00Z"),
                                               at("2026-12-02T00:00:00Z"));
        QCOMPARE(moments.size(), 20); // four a day for five days
        const auto find = [&](const char *iso) {
            for (const ExpectedSnapshot &e : moments)
                if (e.at == at(iso))
                    return e;
            return ExpectedSnapshot{};
        };
        QCOMPARE(toString(find("2026-11-27T00:00:00Z").frequency), toString(Frequency::Hourly));
        QCOMPARE(find("2026-11-27T00:00:00Z").retentionSeconds, 2 * kDay);
        QCOMPARE(toString(find("2026-11-27T18:00:00Z").frequency), toString(Frequency::Daily));
        QCOMPARE(find("2026-11-27T18:00:00Z").retentionSeconds, 7 * kDay);
        QCOMPARE(find("2026-11-27T18:00:00Z").itemIndexes, (QList<int>{0, 1}));
        QCOMPARE(toString(find("2026-11-28T18:00:00Z").frequency), toString(Frequency::Weekly));
        QCOMPARE(find("2026-11-28T18:00:00Z").retentionSeconds, 28 * kDay);
        QCOMPARE(toString(find("2026-11-30T18:00:00Z").frequency), toString(Frequency::Monthly));
        QCOMPARE(find("2026-11-30T18:00:00Z").retentionSeconds, 365 * kDay);
        QCOMPARE(toString(find("2026-12-01T18:00:00Z").frequency), toString(Frequency::Yearly));
        QCOMPARE(find("2026-12-01T18:00:00Z").itemIndexes, (QList<int>{0, 1, 4}));
        QVERIFY(std::is_sorted(
                moments.cbegin(), moments.cend(),
                [](const ExpectedSnapshot &a, const ExpectedSnapshot &b) { return a.at < b.at; }));
    }

    void theBoundsAreHalfOpen()
    {
        const BackupPolicy daily = policy(6, 30, {{{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}}});
        QCOMPARE(expectedSnapshots(daily, at("2026-11-18T06:30:00Z"), at("2026-11-19T06:30:00Z")).size(), 1);
        QCOMPARE(expectedSnapshots(daily, at("2026-11-18T06:30:01Z"), at("2026-11-19T06:30:01Z")).first().at,
                 at("2026-11-19T06:30:00Z"));
        QVERIFY(expectedSnapshots(daily, at("2026-11-19T00:00:00Z"), at("2026-11-18T00:00:00Z")).isEmpty());
    }

    void invalidItemsNeverFire()
    {
        const BackupPolicy bad = policy(6, 0,
                                        {{{}, Frequency::Hourly, 0, {RetentionUnit::Days, 1}},
                                         {{}, Frequency::Weekly, 8, {RetentionUnit::Weeks, 1}},
                                         {{}, Frequency::Monthly, 31, {RetentionUnit::Months, 1}},
                                         {{}, Frequency::Yearly, 13, {RetentionUnit::Years, 1}},
                                         {{}, Frequency::OnDemand, 1, {RetentionUnit::Days, 1}}});
        QVERIFY(expectedSnapshots(bad, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).isEmpty());
        QCOMPARE(coverageToleranceSeconds(bad), 0);
        QCOMPARE(coverageToleranceSeconds(
                         policy(0, 0, {{{}, Frequency::Hourly, 1, {RetentionUnit::Days, 1}}})),
                 1800);
        QCOMPARE(coverageToleranceSeconds(BackupPolicy::atlasDefault()), 3600);
    }

    void agreesWithTheNextScheduledSnapshot_data()
    {
        QTest::addColumn<BackupPolicy>("policy");
        QTest::newRow("default") << BackupPolicy::atlasDefault();
        QTest::newRow("hourly 1 at :30")
                << policy(18, 30, {{{}, Frequency::Hourly, 1, {RetentionUnit::Days, 1}}});
        QTest::newRow("hourly 8 at 05:00")
                << policy(5, 0, {{{}, Frequency::Hourly, 8, {RetentionUnit::Days, 2}}});
        QTest::newRow("weekly Monday")
                << policy(2, 15, {{{}, Frequency::Weekly, 1, {RetentionUnit::Weeks, 4}}});
        QTest::newRow("monthly 15th")
                << policy(23, 45, {{{}, Frequency::Monthly, 15, {RetentionUnit::Months, 3}}});
        QTest::newRow("monthly last + yearly March")
                << policy(0, 0,
                          {{{}, Frequency::Monthly, 40, {RetentionUnit::Months, 3}},
                           {{}, Frequency::Yearly, 3, {RetentionUnit::Years, 2}}});
    }

    void agreesWithTheNextScheduledSnapshot()
    {
        QFETCH(BackupPolicy, policy);
        QDateTime now = at("2026-01-30T22:10:00Z");
        for (int step = 0; step < 40; ++step, now = now.addSecs(29 * 3600 + 17 * 60)) {
            const auto next = nextScheduledSnapshot(policy, now);
            const auto expected = expectedSnapshots(policy, now.addSecs(1), now.addDays(400));
            QVERIFY(next);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(expected.first().at, next->at);
            QCOMPARE(toString(expected.first().frequency), toString(next->frequency));
        }
    }
};

QTEST_GUILESS_MAIN(TestExpectedSnapshots)
#include "tst_expected_snapshots.moc"
