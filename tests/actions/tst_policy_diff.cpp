// What a proposed backup policy changes against the current one: items added
// and removed, retention longer or shorter, intervals, the reference time,
// the restore window; each in one sentence.
#include "actions/policy_diff.h"

#include <QTest>

using namespace snapline;

namespace {

using Kind = PolicyChange::Kind;

PolicyItem item(const char *id, Frequency frequency, int interval, RetentionUnit unit, int value)
{
    return {QString::fromLatin1(id), frequency, interval, {unit, value}};
}

// Atlas's default schedule, with the ids Atlas gives its items.
BackupPolicy current()
{
    BackupPolicy p = BackupPolicy::atlasDefault();
    const char *ids[] = {"h", "d", "w", "m", "y"};
    for (int i = 0; i < p.items.size(); ++i)
        p.items[i].id = QString::fromLatin1(ids[i]);
    return p;
}

QList<int> kinds(const PolicyDiff &diff)
{
    QList<int> out;
    for (const PolicyChange &c : diff.changes)
        out << int(c.kind);
    return out;
}

} // namespace

class TestPolicyDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChanged()
    {
        const PolicyDiff diff = diffPolicies(current(), current());
        QVERIFY(diff.isEmpty());
        QVERIFY(diff.sentences().isEmpty());
        // The same length in another unit is no change either.
        BackupPolicy proposed = current();
        proposed.items[2].retention = {RetentionUnit::Days, 28};
        QVERIFY(diffPolicies(current(), proposed).isEmpty());
    }

    void changes_data()
    {
        QTest::addColumn<BackupPolicy>("proposed");
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QStringList>("sentences");

        BackupPolicy p = current();
        p.items[1].retention = {RetentionUnit::Days, 30};
        QTest::newRow("daily kept longer")
                << p << QList<int>{int(Kind::RetentionLonger)}
                << QStringList{u"Keeps daily snapshots longer: 30 day(s) instead of 7 day(s)."_qs};

        p = current();
        p.items[0].retention = {RetentionUnit::Days, 1};
        QTest::newRow("hourly kept shorter")
                << p << QList<int>{int(Kind::RetentionShorter)}
                << QStringList{u"Keeps hourly snapshots for less time: 1 day(s) instead of 2 day(s)."_qs};

        p = current();
        p.items[0].interval = 4;
        QTest::newRow("hourly interval")
                << p << QList<int>{int(Kind::IntervalChanged)}
                << QStringList{u"Takes hourly snapshots every 4 hour(s) instead of every 6 hour(s)."_qs};

        p = current();
        p.items[2].interval = 7;
        p.items[2].retention = {RetentionUnit::Weeks, 8};
        QTest::newRow("weekly day and retention")
                << p << QList<int>{int(Kind::IntervalChanged), int(Kind::RetentionLonger)}
                << QStringList{u"Takes weekly snapshots on Sunday instead of on Saturday."_qs,
                               u"Keeps weekly snapshots longer: 8 week(s) instead of 4 week(s)."_qs};

        p = current();
        p.items[3].interval = 1;
        p.items[4].interval = 1;
        QTest::newRow("monthly and yearly dates")
                << p << QList<int>{int(Kind::IntervalChanged), int(Kind::IntervalChanged)}
                << QStringList{
                           u"Takes monthly snapshots on day 1 of the month instead of on the last day of the month."_qs,
                           u"Takes yearly snapshots in January instead of in December."_qs};

        p = current();
        p.items.removeAt(4);
        QTest::newRow("yearly removed") << p << QList<int>{int(Kind::ItemRemoved)}
                                        << QStringList{u"Removes yearly (December), kept 1 year(s)."_qs};

        p = current();
        p.items << item("", Frequency::Weekly, 3, RetentionUnit::Weeks, 2);
        QTest::newRow("a second weekly added") << p << QList<int>{int(Kind::ItemAdded)}
                                               << QStringList{u"Adds weekly (Wednesday), kept 2 week(s)."_qs};

        p = current();
        p.referenceHourOfDay = 2;
        p.referenceMinuteOfHour = 30;
        p.restoreWindowDays = 7;
        p.updateSnapshots = true;
        QTest::newRow("policy-wide")
                << p
                << QList<int>{int(Kind::ReferenceTimeChanged), int(Kind::RestoreWindowChanged),
                              int(Kind::UpdateSnapshotsChanged)}
                << QStringList{u"Takes scheduled snapshots from 02:30 UTC instead of 18:00 UTC."_qs,
                               u"Widens the point-in-time restore window to 7 day(s) (from 2 day(s))."_qs,
                               u"Applies the new retention to the snapshots already taken, too."_qs};

        p = current();
        p.restoreWindowDays = 1;
        QTest::newRow("narrower window")
                << p << QList<int>{int(Kind::RestoreWindowChanged)}
                << QStringList{u"Narrows the point-in-time restore window to 1 day(s) (from 2 day(s))."_qs};

        // A new row for a frequency carries no id: it still pairs with the item of that frequency.
        p = current();
        p.items[1] = item("", Frequency::Daily, 1, RetentionUnit::Days, 14);
        QTest::newRow("daily without id pairs by frequency")
                << p << QList<int>{int(Kind::RetentionLonger)}
                << QStringList{u"Keeps daily snapshots longer: 14 day(s) instead of 7 day(s)."_qs};

        // An item whose frequency changed is another item for Atlas.
        p = current();
        p.items[2] = item("", Frequency::Daily, 1, RetentionUnit::Days, 28);
        QTest::newRow("weekly turned daily") << p << QList<int>{int(Kind::ItemAdded), int(Kind::ItemRemoved)}
                                             << QStringList{u"Adds daily, kept 28 day(s)."_qs,
                                                            u"Removes weekly (Saturday), kept 4 week(s)."_qs};
    }

    void changes()
    {
        QFETCH(BackupPolicy, proposed);
        QFETCH(QList<int>, kinds);
        QFETCH(QStringList, sentences);
        const PolicyDiff diff = diffPolicies(current(), proposed);
        QCOMPARE(::kinds(diff), kinds);
        QCOMPARE(diff.sentences(), sentences);
    }

    void changesCarryTheItems()
    {
        BackupPolicy p = current();
        p.items[1].retention = {RetentionUnit::Days, 3};
        const PolicyDiff diff = diffPolicies(current(), p);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes.first().before->retention.value, 7);
        QCOMPARE(diff.changes.first().after->retention.value, 3);
        QVERIFY(diff.has(Kind::RetentionShorter));
        QVERIFY(!diff.has(Kind::RetentionLonger));
    }

    void itemsPairByIdFirst()
    {
        // Two weekly items whose days swap places: by id each changes its day, nothing is added.
        BackupPolicy before;
        before.items = {item("a", Frequency::Weekly, 1, RetentionUnit::Weeks, 4),
                        item("b", Frequency::Weekly, 5, RetentionUnit::Weeks, 8)};
        BackupPolicy after = before;
        after.items[0].interval = 5;
        after.items[1].interval = 1;
        const PolicyDiff diff = diffPolicies(before, after);
        QCOMPARE(::kinds(diff), (QList<int>{int(Kind::IntervalChanged), int(Kind::IntervalChanged)}));
        QCOMPARE(diff.changes[0].before->id, u"a"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policy_diff.moc"
