#include "rules/pit_rules.h"

#include "rules/rule_codes.h"

namespace snapline {

namespace {

// The API refuses pointInTimeUTCSeconds and oplogTs before 2008-01-01.
constexpr qint64 kEarliestApiSeconds = 1199145600;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

void PitRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind != ActionKind::Restore || !action.pointInTime)
        return;
    if (action.delivery == DeliveryType::Download) {
        verdict.refuse(
                RuleCode::PitDownloadUnsupported, RuleSource::PointInTime,
                tr("A point-in-time restore is delivered into a cluster; it cannot be downloaded. Choose "
                   "a target cluster, or download a snapshot instead."));
    }
    if (!checkPointWellFormed(*action.pointInTime, verdict))
        return;

    const Cluster &cluster = facts.source.cluster;
    const PitWindow window(cluster, facts.now);
    const QDateTime moment = action.pointInTime->toDateTime();
    for (const auto obstacle : window.obstaclesAt(moment))
        verdict.refuse(codeOf(obstacle), RuleSource::PointInTime, explain(obstacle, window, moment, cluster));
}

bool PitRules::checkPointWellFormed(const PointInTime &point, Verdict &verdict)
{
    if (point.isOplog() && point.oplogInc.value_or(0) < 1) {
        verdict.refuse(RuleCode::PitInvalid, RuleSource::PointInTime,
                       tr("An oplog timestamp needs an increment of 1 or more (oplogInc)."));
        return false;
    }
    if (point.seconds() < kEarliestApiSeconds) {
        verdict.refuse(RuleCode::PitInvalid, RuleSource::PointInTime,
                       tr("%1 is before 2008-01-01, the earliest moment Atlas accepts for a restore.")
                               .arg(iso(point.toDateTime())));
        return false;
    }
    return true;
}

QString PitRules::codeOf(PitWindow::Obstacle obstacle)
{
    switch (obstacle) {
    case PitWindow::Obstacle::NotEnabled:
        return RuleCode::PitNotEnabled;
    case PitWindow::Obstacle::Future:
        return RuleCode::PitInFuture;
    case PitWindow::Obstacle::BeforeWindow:
        return RuleCode::PitBeforeWindow;
    case PitWindow::Obstacle::BeforeOldestRestorable:
        return RuleCode::PitBeforeOldestRestorable;
    case PitWindow::Obstacle::AfterNewestRestorable:
        return RuleCode::PitAfterNewestRestorable;
    case PitWindow::Obstacle::Gap:
        return RuleCode::PitInGap;
    case PitWindow::Obstacle::Blackout:
        return RuleCode::PitInBlackout;
    }
    return RuleCode::PitInvalid;
}

QString PitRules::explain(PitWindow::Obstacle obstacle, const PitWindow &window, const QDateTime &moment,
                          const Cluster &cluster)
{
    switch (obstacle) {
    case PitWindow::Obstacle::NotEnabled:
        return tr("%1 does not have continuous cloud backup (point in time) turned on, so it can only be "
                  "restored "
                  "from a snapshot.")
                .arg(cluster.name);
    case PitWindow::Obstacle::Future:
        return tr("%1 is in the future; the latest moment you can restore to is now (%2).")
                .arg(iso(moment), iso(window.bounds().to));
    case PitWindow::Obstacle::BeforeWindow:
        return tr("%1 is older than the restore window of %2 (it starts at %3).")
                .arg(iso(moment),
                     cluster.backupKind == BackupKind::ServerlessContinuous
                             ? tr("72 hours")
                             : tr("%n day(s)", nullptr, cluster.restoreWindowDays),
                     iso(window.bounds().from));
    case PitWindow::Obstacle::BeforeOldestRestorable:
        return tr("%1 is before the oldest moment the oplog can be replayed from.").arg(iso(moment));
    case PitWindow::Obstacle::AfterNewestRestorable:
        return tr("%1 is after the newest backed-up oplog entry; try a slightly earlier moment.")
                .arg(iso(moment));
    case PitWindow::Obstacle::Gap: {
        const auto gap = window.gapAround(moment);
        return tr("%1 falls in a gap of the oplog history (%2 to %3): point-in-time restore was off or the "
                  "oplog "
                  "rolled over, so that time cannot be restored.")
                .arg(iso(moment), gap ? iso(gap->from) : QString(), gap ? iso(gap->to) : QString());
    }
    case PitWindow::Obstacle::Blackout: {
        const auto blackout = window.blackoutAround(moment);
        return tr("%1 falls in a restore blackout (%2 to %3): a restore into this cluster was running, and "
                  "times "
                  "between its start and the next snapshot cannot be restored.")
                .arg(iso(moment), blackout ? iso(blackout->from) : QString(),
                     blackout ? iso(blackout->to) : QString());
    }
    }
    return {};
}

} // namespace snapline
