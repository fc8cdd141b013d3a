#include "rules/version_rules.h"

#include "rules/rule_codes.h"

namespace snapline {

namespace {

// From 5.0 on, M2/M5 targets accept snapshots of the latest major releases
// only: the documented example lets a 4.2 snapshot onto a 5.0 M2/M5 and
// refuses a 4.0 one, i.e. at most two ladder steps.
constexpr int kSharedTargetMaxSteps = 2;
const MongoVersion kSharedTargetRuleFrom(5, 0);

bool isSharedTier(const Cluster &cluster)
{
    return cluster.tier.isSharedOrFlex() || cluster.backupKind == BackupKind::SharedDaily
            || cluster.backupKind == BackupKind::Flex;
}

} // namespace

VersionRules::Restore VersionRules::describe(const ProposedAction &action, const Facts &facts)
{
    Restore restore;
    const Cluster &source = facts.source.cluster;
    if (!action.pointInTime && facts.snapshot && facts.snapshot->mongodVersion.isValid()) {
        restore.snapshotVersion = facts.snapshot->mongodVersion;
        restore.fcvPinned = facts.snapshot->fcvPinned;
    } else {
        restore.snapshotVersion = source.version;
        restore.fcvPinned = source.fcvPinned;
    }
    restore.snapshotOfSharedTier = isSharedTier(source);
    if (facts.target) {
        restore.targetVersion = facts.target->cluster.version;
        restore.targetIsSharedTier = facts.target->cluster.tier.isSharedOrFlex();
    }
    return restore;
}

void VersionRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind != ActionKind::Restore || !action.isAutomatedRestore() || !facts.target)
        return;
    check(describe(action, facts), verdict);
}

void VersionRules::check(const Restore &restore, Verdict &verdict)
{
    const MongoVersion &from = restore.snapshotVersion;
    const MongoVersion &to = restore.targetVersion;
    if (!from.isOnLadder()) {
        verdict.refuse(
                RuleCode::VersionUnknown, RuleSource::VersionLadder,
                tr("The backup's MongoDB version %1 is not a release Atlas runs, so its restore targets "
                   "cannot be determined.")
                        .arg(from.isValid() ? from.toString() : tr("(unknown)")));
        return;
    }
    if (!to.isOnLadder()) {
        verdict.refuse(RuleCode::VersionUnknown, RuleSource::VersionLadder,
                       tr("The target cluster's MongoDB version %1 is not a release Atlas runs.")
                               .arg(to.isValid() ? to.toString() : tr("(unknown)")));
        return;
    }

    if (restore.snapshotOfSharedTier) {
        if (from.majorRelease() != to.majorRelease()) {
            verdict.refuse(
                    RuleCode::VersionSharedSameMajor, RuleSource::VersionLadder,
                    tr("A snapshot of an M2/M5 or Flex cluster can only be restored to a cluster on the same "
                       "major release (%1); the target runs %2.")
                            .arg(from.majorRelease().releaseString(), to.toString()));
        } else if (to.release() < from.release()) {
            verdict.refuse(
                    RuleCode::VersionRapidReleaseBehind, RuleSource::VersionLadder,
                    tr("The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas does "
                       "not restore to older versions.")
                            .arg(from.releaseString(), to.releaseString()));
        }
        return;
    }

    if (restore.fcvPinned) {
        if (to.majorRelease() != restore.fcvPinned->majorRelease()) {
            verdict.refuse(
                    RuleCode::VersionFcvPinned, RuleSource::VersionLadder,
                    tr("The snapshot's cluster had its feature compatibility version pinned to %1, so it can "
                       "only be restored to a cluster on MongoDB %2; the target runs %3.")
                            .arg(restore.fcvPinned->releaseString(),
                                 restore.fcvPinned->majorRelease().releaseString(), to.toString()));
        }
        return;
    }

    if (restore.targetIsSharedTier && to >= kSharedTargetRuleFrom) {
        checkSharedTarget(restore, verdict);
        return;
    }
    checkLadder(restore, verdict);
}

void VersionRules::checkLadder(const Restore &restore, Verdict &verdict)
{
    const MongoVersion &from = restore.snapshotVersion;
    const MongoVersion &to = restore.targetVersion;
    const int steps = to.ladderIndex() - from.ladderIndex();
    if (steps < 0) {
        verdict.refuse(
                RuleCode::VersionDowngrade, RuleSource::VersionLadder,
                tr("The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never "
                   "restores to an older major release.")
                        .arg(from.releaseString(), to.releaseString()));
    } else if (steps == 0 && to.release() < from.release()) {
        verdict.refuse(
                RuleCode::VersionRapidReleaseBehind, RuleSource::VersionLadder,
                tr("The snapshot was taken on the rapid release %1 and the target runs %2, which is older; "
                   "restore to %1 or later, or to the next major release.")
                        .arg(from.releaseString(), to.releaseString()));
    } else if (steps > 1) {
        const MongoVersion next = MongoVersion::majorReleaseAt(from.ladderIndex() + 1);
        verdict.refuse(
                RuleCode::VersionTooFarAhead, RuleSource::VersionLadder,
                tr("A %1 backup can only be restored to the same or the next major release (%2); the target "
                   "runs %3. Restore it to a %2 cluster first, then upgrade that cluster.")
                        .arg(from.releaseString(), next.releaseString(), to.releaseString()));
    }
}

void VersionRules::checkSharedTarget(const Restore &restore, Verdict &verdict)
{
    const MongoVersion &from = restore.snapshotVersion;
    const MongoVersion &to = restore.targetVersion;
    const int steps = to.ladderIndex() - from.ladderIndex();
    if (steps == 0 && to.release() < from.release()) {
        verdict.refuse(
                RuleCode::VersionRapidReleaseBehind, RuleSource::VersionLadder,
                tr("The snapshot was taken on the rapid release %1 and the target runs %2, which is older; "
                   "restore to %1 or later.")
                        .arg(from.releaseString(), to.releaseString()));
    } else if (steps < 0) {
        verdict.refuse(
                RuleCode::VersionDowngrade, RuleSource::VersionLadder,
                tr("The snapshot was taken on MongoDB %1 and the target runs the older %2; Atlas never "
                   "restores to older versions.")
                        .arg(from.releaseString(), to.releaseString()));
    } else if (steps > kSharedTargetMaxSteps) {
        verdict.refuse(RuleCode::VersionSharedTargetTooOld, RuleSource::VersionLadder,
                       tr("An M2/M5 or Flex cluster on MongoDB %1 accepts snapshots of the latest major "
                          "releases only "
                          "(%2 or newer); this snapshot was taken on %3.")
                               .arg(to.majorRelease().releaseString(),
                                    MongoVersion::majorReleaseAt(to.ladderIndex() - kSharedTargetMaxSteps)
                                            .releaseString(),
                                    from.releaseString()));
    }
}

} // namespace snapline
