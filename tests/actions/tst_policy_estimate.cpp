// How many snapshots a backup policy keeps once it has run long enough, and
// the storage that implies: per item, per frequency and in total.
#include "actions/policy_estimate.h"

#include <QTest>

using namespace snapline;

namespace {

PolicyItem item(Frequency frequency, int interval, RetentionUnit unit, int value)
{
    return {QString(), frequency, interval, {unit, value}};
}

} // namespace

class TestPolicyEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneItem_data()
    {
        QTest::addColumn<PolicyItem>("item");
        QTest::addColumn<qint64>("snapshots");
        const auto row = [](const char *name, PolicyItem i, qint64 n) { QTest::newRow(name) << i << n; };
        row("6-hourly kept 2 days", item(Frequency::Hourly, 6, RetentionUnit::Days, 2), 8);
        row("hourly kept 1 day", item(Frequency::Hourly, 1, RetentionUnit::Days, 1), 24);
        row("12-hourly kept 1 week", item(Frequency::Hourly, 12, RetentionUnit::Weeks, 1), 14);
        row("8-hourly kept 1 day", item(Frequency::Hourly, 8, RetentionUnit::Days, 1), 3);
        row("daily kept 7 days", item(Frequency::Daily, 1, RetentionUnit::Days, 7), 7);
        row("daily kept 30 days", item(Frequency::Daily, 1, RetentionUnit::Days, 30), 30);
        row("daily kept 1 month", item(Frequency::Daily, 1, RetentionUnit::Months, 1), 31); // 30.4 days
        row("weekly kept 4 weeks", item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4), 4);
        row("weekly kept 30 days", item(Frequency::Weekly, 6, RetentionUnit::Days, 30), 5);
        row("monthly kept 12 months", item(Frequency::Monthly, 40, RetentionUnit::Months, 12), 12);
        row("monthly kept 1 year", item(Frequency::Monthly, 1, RetentionUnit::Years, 1), 12);
        row("monthly kept 100 days", item(Frequency::Monthly, 1, RetentionUnit::Days, 100), 4);
        row("yearly kept 1 year", item(Frequency::Yearly, 12, RetentionUnit::Years, 1), 1);
        row("yearly kept 7 years", item(Frequency::Yearly, 12, RetentionUnit::Years, 7), 7);
        row("yearly kept 18 months", item(Frequency::Yearly, 1, RetentionUnit::Months, 18), 2);
        row("hourly with interval 0 never runs", item(Frequency::Hourly, 0, RetentionUnit::Days, 2), 0);
        row("retention 0 keeps nothing", item(Frequency::Daily, 1, RetentionUnit::Days, 0), 0);
        row("an on-demand item has no schedule", item(Frequency::OnDemand, 0, RetentionUnit::Days, 7), 0);
    }

    void oneItem()
    {
        QFETCH(PolicyItem, item);
        QFETCH(qint64, snapshots);
        BackupPolicy policy;
        policy.items = {item};
        const PolicyEstimate estimate = estimatePolicy(policy, 1000);
        QCOMPARE(estimate.items.size(), 1);
        QCOMPARE(estimate.items.first().snapshots, snapshots);
        QCOMPARE(estimate.items.first().bytes, snapshots * 1000);
        QCOMPARE(estimate.totalSnapshots, snapshots);
        QCOMPARE(estimate.totalBytes, snapshots * 1000);
    }

    void atlasDefaultPolicy()
    {
        const qint64 gb = 1000LL * 1000 * 1000;
        const PolicyEstimate estimate = estimatePolicy(BackupPolicy::atlasDefault(), 2 * gb);
        QCOMPARE(estimate.snapshotsOf(Frequency::Hourly), 8);
        QCOMPARE(estimate.snapshotsOf(Frequency::Daily), 7);
        QCOMPARE(estimate.snapshotsOf(Frequency::Weekly), 4);
        QCOMPARE(estimate.snapshotsOf(Frequency::Monthly), 12);
        QCOMPARE(estimate.snapshotsOf(Frequency::Yearly), 1);
        QCOMPARE(estimate.snapshotsOf(Frequency::OnDemand), 0);
        QCOMPARE(estimate.totalSnapshots, 32);
        QCOMPARE(estimate.totalBytes, 64 * gb);
        QCOMPARE(estimate.averageSnapshotBytes, 2 * gb);
        QCOMPARE(estimate.items.size(), 5);
        QCOMPARE(toString(estimate.items[3].item.frequency), u"monthly"_qs); // in the policy's order
    }

    void severalItemsOfOneFrequencyAddUp()
    {
        BackupPolicy policy;
        policy.items = {item(Frequency::Weekly, 1, RetentionUnit::Weeks, 2),
                        item(Frequency::Weekly, 4, RetentionUnit::Weeks, 3)};
        const PolicyEstimate estimate = estimatePolicy(policy, 0);
        QCOMPARE(estimate.snapshotsOf(Frequency::Weekly), 5);
        QCOMPARE(estimate.totalBytes, 0);
    }

    void anEmptyPolicyKeepsNothing()
    {
        const PolicyEstimate estimate = estimatePolicy(BackupPolicy{}, 1000);
        QCOMPARE(estimate.totalSnapshots, 0);
        QVERIFY(estimate.items.isEmpty());
        QCOMPARE(estimatePolicy(BackupPolicy::atlasDefault(), -5).totalBytes, 0); // no negative sizes
    }

    void inWords()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(estimatePolicy(BackupPolicy::atlasDefault(), 0).describe(),
                 u"About 32 snapshot(s) kept at once."_qs);
        const QString sized = estimatePolicy(BackupPolicy::atlasDefault(), 50LL * 1000 * 1000).describe();
        QVERIFY2(sized.startsWith(u"About 32 snapshot(s) kept at once, about 1.6 GB"), qPrintable(sized));
    }

    void periods()
    {
        QCOMPARE(periodDays(item(Frequency::Hourly, 6, RetentionUnit::Days, 1)), 0.25);
        QCOMPARE(periodDays(item(Frequency::Weekly, 3, RetentionUnit::Days, 1)), 7.0);
        QCOMPARE(periodDays(item(Frequency::Monthly, 3, RetentionUnit::Days, 1)), 365.0 / 12);
        QCOMPARE(periodDays(item(Frequency::OnDemand, 0, RetentionUnit::Days, 1)), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEstimate)
#include "tst_policy_estimate.moc"
