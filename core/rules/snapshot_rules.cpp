#include "rules/snapshot_rules.h"

#include "rules/rule_codes.h"

#include <algorithm>

namespace snapline {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

void SnapshotRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind == ActionKind::TakeSnapshot) {
        checkOnDemand(action, facts, verdict);
        return;
    }
    if (!needsSnapshot(action))
        return;
    if (!facts.snapshot) {
        verdict.refuse(RuleCode::SnapshotRequired, RuleSource::Limits,
                       tr("Choose a snapshot to %1.").arg(describeAction(action.kind)));
        return;
    }
    checkUsable(action, *facts.snapshot, facts, verdict);
    if (action.kind == ActionKind::ChangeRetention)
        checkRetention(action, facts, verdict);
}

bool SnapshotRules::needsSnapshot(const ProposedAction &action)
{
    switch (action.kind) {
    case ActionKind::Restore:
        return !action.pointInTime;
    case ActionKind::DeleteSnapshot:
    case ActionKind::ChangeRetention:
    case ActionKind::ExportSnapshot:
        return true;
    default:
        return false;
    }
}

void SnapshotRules::checkUsable(const ProposedAction &action, const Snapshot &snapshot, const Facts &facts,
                                Verdict &verdict)
{
    const bool mustBeComplete = action.kind != ActionKind::DeleteSnapshot || snapshot.isPending();
    if (mustBeComplete && !snapshot.isCompleted()) {
        verdict.refuse(RuleCode::SnapshotNotCompleted, RuleSource::Limits,
                       snapshot.isPending()
                               ? tr("Snapshot %1 is still %2; wait until it has completed.")
                                         .arg(snapshot.id, toString(snapshot.status))
                               : tr("Snapshot %1 failed, so it holds no restorable data.").arg(snapshot.id));
    }
    if (action.kind != ActionKind::DeleteSnapshot && snapshot.isExpiredAt(facts.now)) {
        verdict.refuse(RuleCode::SnapshotExpired, RuleSource::Limits,
                       tr("Snapshot %1 expired on %2 and is no longer available.")
                               .arg(snapshot.id, iso(snapshot.expiresAt)));
    }
    if (snapshot.origin == SnapshotOrigin::Fallback) {
        if (action.kind == ActionKind::ExportSnapshot) {
            verdict.refuse(
                    RuleCode::SnapshotFallbackNotExportable, RuleSource::Limits,
                    tr("Snapshot %1 is a fallback snapshot, and fallback snapshots cannot be exported.")
                            .arg(snapshot.id));
        } else if (action.kind == ActionKind::Restore) {
            verdict.warn(RuleCode::WarnFallbackSnapshot, RuleSource::Limits,
                         tr("Snapshot %1 is a fallback snapshot: Atlas took it when a consistent scheduled "
                            "snapshot "
                            "was not possible, so it may not be consistent across the cluster.")
                                 .arg(snapshot.id));
        }
    }
    if (action.kind == ActionKind::ExportSnapshot && facts.activeExports > 0) {
        verdict.refuse(RuleCode::ExportAlreadyActive, RuleSource::Limits,
                       tr("Snapshot %1 is already being exported; one export per snapshot can run at a time.")
                               .arg(snapshot.id));
    }
    if (action.kind == ActionKind::DeleteSnapshot) {
        verdict.warn(RuleCode::WarnIrreversible, RuleSource::Limits,
                     tr("Deleting snapshot %1 cannot be undone.").arg(snapshot.id));
    }
}

void SnapshotRules::checkRetention(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (!action.retentionDays || *action.retentionDays < 1) {
        verdict.refuse(RuleCode::SnapshotRetentionInvalid, RuleSource::Limits,
                       tr("A snapshot's retention must be at least 1 day."));
        return;
    }
    const Snapshot &snapshot = *facts.snapshot;
    if (snapshot.wouldExpireEarlier(*action.retentionDays)) {
        verdict.warn(RuleCode::WarnRetentionShortened, RuleSource::Limits,
                     tr("Snapshot %1 will be kept %n day(s) instead of %2.", nullptr, *action.retentionDays)
                             .arg(snapshot.id)
                             .arg(snapshot.retentionDays()));
    }
    const QDateTime newExpiry = snapshot.createdAt.addDays(*action.retentionDays);
    if (snapshot.createdAt.isValid() && newExpiry <= facts.now) {
        verdict.warn(RuleCode::WarnExpiresImmediately, RuleSource::Limits,
                     tr("With this retention snapshot %1 expires at once (its new expiry, %2, has passed) "
                        "and will "
                        "be deleted.")
                             .arg(snapshot.id, iso(newExpiry)));
    }
}

void SnapshotRules::checkOnDemand(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.retentionDays && *action.retentionDays < 1) {
        verdict.refuse(RuleCode::SnapshotRetentionInvalid, RuleSource::Limits,
                       tr("An on-demand snapshot must be kept at least 1 day."));
    }
    const auto busy = std::find_if(
            facts.pendingSnapshots.cbegin(), facts.pendingSnapshots.cend(),
            [](const Snapshot &s) { return s.origin == SnapshotOrigin::OnDemand && s.isPending(); });
    if (busy != facts.pendingSnapshots.cend()) {
        verdict.refuse(
                RuleCode::SnapshotOnDemandInProgress, RuleSource::Limits,
                tr("On-demand snapshot %1 of %2 is still %3; wait for it to finish before taking another.")
                        .arg(busy->id, facts.source.cluster.name, toString(busy->status)));
    }
}

} // namespace snapline
