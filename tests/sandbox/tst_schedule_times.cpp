// When a backup schedule fires, as the seeder and the simulation use it.
#include "seed/schedule_times.h"

#include <QDateTime>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestScheduleTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPolicyOverAWeek()
    {
        // 2026-11-16 is a Monday; Saturday the 21st has the weekly snapshot.
        const auto fires = scheduledSnapshots(BackupPolicy::atlasDefault(), at("2026-11-16T00:00:00Z"),
                                              at("2026-11-23T00:00:00Z"));
        QCOMPARE(fires.size(), 7 * 4); // every 6 hours; the daily and weekly share the 18:00 slot
        int daily = 0, weekly = 0;
        for (const auto &f : fires) {
            daily += f.frequency == Frequency::Daily;
            weekly += f.frequency == Frequency::Weekly;
        }
        QCOMPARE(daily, 6);
        QCOMPARE(weekly, 1);
        const auto saturday = std::find_if(fires.cbegin(), fires.cend(), [](const ScheduledSnapshot &s) {
            return s.frequency == Frequency::Weekly;
        });
        QCOMPARE(iso(saturday->at), QStringLiteral("2026-11-21T18:00:00Z"));
        QCOMPARE(saturday->retainSeconds, 28 * 86400); // the weekly's 4 weeks win over the daily's 7 days
        QCOMPARE(saturday->itemIndexes, (QList<int>{0, 1, 2}));
    }

    void hourlyAlignsOnTheReferenceTime()
    {
        BackupPolicy policy;
        policy.referenceHourOfDay = 1;
        policy.referenceMinuteOfHour = 30;
        policy.items = {{{}, Frequency::Hourly, 4, {RetentionUnit::Days, 2}}};
        const auto fires = scheduledSnapshots(policy, at("2026-11-24T00:00:00Z"), at("2026-11-25T00:00:00Z"));
        QStringList times;
        for (const auto &f : fires)
            times << iso(f.at).mid(11, 5);
        QCOMPARE(times,
                 (QStringList{u"01:30"_qs, u"05:30"_qs, u"09:30"_qs, u"13:30"_qs, u"17:30"_qs, u"21:30"_qs}));
    }

    void monthlyLastDayAndYearly()
    {
        BackupPolicy policy;
        policy.items = {{{}, Frequency::Monthly, 40, {RetentionUnit::Months, 12}},
                        {{}, Frequency::Yearly, 12, {RetentionUnit::Years, 1}}};
        const auto fires = scheduledSnapshots(policy, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"));
        QCOMPARE(fires.size(), 13); // 12 month ends + December 1st
        QCOMPARE(iso(fires.first().at), QStringLiteral("2026-01-31T18:00:00Z"));
        QVERIFY(std::any_of(fires.cbegin(), fires.cend(), [](const ScheduledSnapshot &s) {
            return s.frequency == Frequency::Yearly && iso(s.at) == u"2026-12-01T18:00:00Z";
        }));
        QVERIFY(std::any_of(fires.cbegin(), fires.cend(),
                            [](const ScheduledSnapshot &s) { return iso(s.at) == u"2026-02-28T18:00:00Z"; }));
    }

    void nextSnapshot()
    {
        QCOMPARE(iso(nextScheduledSnapshot(BackupPolicy::atlasDefault(), at("2026-11-24T12:00:01Z"))),
                 QStringLiteral("2026-11-24T18:00:00Z"));
        BackupPolicy yearly;
        yearly.items = {{{}, Frequency::Yearly, 3, {RetentionUnit::Years, 1}}};
        QCOMPARE(iso(nextScheduledSnapshot(yearly, at("2026-11-24T00:00:00Z"))),
                 QStringLiteral("2027-03-01T18:00:00Z"));
        QCOMPARE(nextScheduledSnapshot(BackupPolicy{}, at("2026-11-24T00:00:00Z")), 0); // no items, never
    }
};

QTEST_GUILESS_MAIN(TestScheduleTimes)
#include "tst_schedule_times.moc"
