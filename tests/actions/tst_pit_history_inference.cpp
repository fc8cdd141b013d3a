// A cluster's point-in-time history worked out from what Atlas reports: the
// oplog gaps from its CPS_OPLOG_* events, the blackouts from the restores
// into it, each edge to the second.
#include "actions/pit_history_inference.h"

#include <QTest>

using namespace snapline;

namespace {

const QDateTime kNow(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);

QDateTime hoursAgo(double hours)
{
    return kNow.addSecs(qint64(-hours * 3600));
}

BackupEvent oplog(const char *type, const QDateTime &at)
{
    BackupEvent e;
    e.eventTypeName = QString::fromLatin1(type);
    e.created = at;
    return e;
}

RestoreJob restoreInto(const QDateTime &created, const QDateTime &finished, DeliveryType delivery)
{
    RestoreJob job;
    job.id = created.toString(Qt::ISODate);
    job.deliveryType = delivery;
    job.createdAt = created;
    job.finishedAt = finished;
    return job;
}

Snapshot completedAt(const QDateTime &at, SnapshotStatus status = SnapshotStatus::Completed)
{
    Snapshot s;
    s.id = at.toString(Qt::ISODate);
    s.createdAt = at;
    s.status = status;
    return s;
}

} // namespace

class TestPitHistoryInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutGapEventsTheWholeWindowCounts()
    {
        QVERIFY(PitHistoryInference::restorableRanges({}, hoursAgo(72), kNow).isEmpty());
    }

    void aGapRunsFromBehindToCaughtUp()
    {
        const QDateTime behind = hoursAgo(48), caughtUp = hoursAgo(46);
        // Out of order on purpose: the events are sorted first.
        const TimeRanges ranges = PitHistoryInference::restorableRanges(
                {oplog("CPS_OPLOG_CAUGHT_UP", caughtUp), oplog("CPS_OPLOG_BEHIND", behind)}, hoursAgo(96),
                kNow);
        QCOMPARE(ranges, (TimeRanges{{hoursAgo(96), behind}, {caughtUp, kNow}}));
    }

    void stillBehindEndsTheHistory()
    {
        const QDateTime behind = hoursAgo(3);
        QCOMPARE(PitHistoryInference::restorableRanges({oplog("CPS_OPLOG_BEHIND", behind)}, hoursAgo(96),
                                                       kNow),
                 (TimeRanges{{hoursAgo(96), behind}}));
    }

    void caughtUpFirstMeansBehindSinceBefore()
    {
        const QDateTime caughtUp = hoursAgo(10);
        QCOMPARE(PitHistoryInference::restorableRanges({oplog("CPS_OPLOG_CAUGHT_UP", caughtUp)}, hoursAgo(96),
                                                       kNow),
                 (TimeRanges{{caughtUp, kNow}}));
    }

    void gapsBeforeTheStartAreClipped()
    {
        const TimeRanges ranges = PitHistoryInference::restorableRanges(
                {oplog("CPS_OPLOG_BEHIND", hoursAgo(200)), oplog("CPS_OPLOG_CAUGHT_UP", hoursAgo(199)),
                 oplog("CPS_OPLOG_BEHIND", hoursAgo(5)), oplog("CPS_OPLOG_CAUGHT_UP", hoursAgo(4))},
                hoursAgo(96), kNow);
        QCOMPARE(ranges, (TimeRanges{{hoursAgo(96), hoursAgo(5)}, {hoursAgo(4), kNow}}));
    }

    void aBlackoutEndsAtTheFirstSnapshotAfterTheRestore()
    {
        const QDateTime started = hoursAgo(30), finished = hoursAgo(29);
        const QList<Snapshot> snapshots{completedAt(hoursAgo(31)),
                                        completedAt(hoursAgo(24), SnapshotStatus::Failed),
                                        completedAt(hoursAgo(18)), completedAt(hoursAgo(12))};
        QCOMPARE(PitHistoryInference::restoreBlackouts(
                         {restoreInto(started, finished, DeliveryType::Automated)}, snapshots, kNow),
                 (TimeRanges{{started, hoursAgo(18)}}));
    }

    void aBlackoutStaysOpenUntilThatSnapshot()
    {
        const QDateTime started = hoursAgo(2);
        const TimeRanges running = PitHistoryInference::restoreBlackouts(
                {restoreInto(started, {}, DeliveryType::PointInTime)}, {completedAt(hoursAgo(1))}, kNow);
        QCOMPARE(running, (TimeRanges{{started, kNow}}));
        const TimeRanges finished = PitHistoryInference::restoreBlackouts(
                {restoreInto(started, hoursAgo(1.5), DeliveryType::Automated)}, {completedAt(hoursAgo(3))},
                kNow);
        QCOMPARE(finished, (TimeRanges{{started, kNow}}));
    }

    void downloadsAndCancelledRestoresLeaveNone()
    {
        RestoreJob cancelled = restoreInto(hoursAgo(5), hoursAgo(4.9), DeliveryType::Automated);
        cancelled.cancelled = true;
        RestoreJob failed = restoreInto(hoursAgo(8), hoursAgo(7), DeliveryType::Automated);
        failed.failed = true;
        const TimeRanges blackouts = PitHistoryInference::restoreBlackouts(
                {restoreInto(hoursAgo(6), hoursAgo(5.5), DeliveryType::Download), cancelled, failed,
                 restoreInto({}, {}, DeliveryType::Automated)},
                {completedAt(hoursAgo(1))}, kNow);
        // A failed restore may have replaced part of the data: it counts.
        QCOMPARE(blackouts, (TimeRanges{{hoursAgo(8), hoursAgo(1)}}));
    }
};

QTEST_GUILESS_MAIN(TestPitHistoryInference)
#include "tst_pit_history_inference.moc"
