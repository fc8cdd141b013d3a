#include "rules/rule_planner.h"

#include "rules/availability_rules.h"
#include "rules/compliance_rules.h"
#include "rules/pit_rules.h"
#include "rules/policy_validation.h"
#include "rules/role_rules.h"
#include "rules/rule_codes.h"
#include "rules/snapshot_rules.h"
#include "rules/topology_rules.h"
#include "rules/version_rules.h"

namespace snapline {

Verdict RulePlanner::evaluate(const ProposedAction &action, const Facts &facts) const
{
    Verdict verdict;
    RoleRules::check(action, facts, verdict);
    AvailabilityRules::check(action, facts, verdict);
    SnapshotRules::check(action, facts, verdict);
    PitRules::check(action, facts, verdict);
    VersionRules::check(action, facts, verdict);
    TopologyRules::check(action, facts, verdict);
    ComplianceRules::check(action, facts, verdict);
    checkParameters(action, facts, verdict);
    if (action.kind == ActionKind::Restore)
        addRestoreWarnings(action, facts, verdict);
    else
        addActionWarnings(action, facts, verdict);
    return verdict;
}

void RulePlanner::checkParameters(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind == ActionKind::ChangeTier && !action.newTier) {
        verdict.refuse(RuleCode::ActionNotApplicable, RuleSource::Topology,
                       tr("Choose the tier to move the cluster to."));
    }
    if (action.kind != ActionKind::EditPolicy)
        return;
    if (!action.policy) {
        verdict.refuse(RuleCode::PolicyEmpty, RuleSource::Policy, tr("No new backup policy was given."));
        return;
    }
    PolicyValidation::Context context;
    context.nvme = facts.source.cluster.tier.isNvme();
    context.pitEnabled = facts.source.cluster.pitEnabled;
    context.compliance = facts.compliancePolicy;
    context.current = facts.currentPolicy;
    verdict.append(PolicyValidation::validate(*action.policy, context));
    for (const auto &w : PolicyValidation::warnings(*action.policy, context))
        verdict.warn(w.code, w.rule, w.message);
}

void RulePlanner::addRestoreWarnings(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    const Cluster &source = facts.source.cluster;
    if (source.tier.isServerless() || source.isServerlessBackup()
        || (facts.target && facts.target->cluster.tier.isServerless())) {
        verdict.warn(
                RuleCode::WarnServerlessEndOfLife, RuleSource::Topology,
                tr("Serverless instances have reached end of life; Atlas is moving them to Flex clusters and "
                   "the serverless backup endpoints are being retired."));
    }
    if (!action.isAutomatedRestore()) {
        verdict.warn(
                RuleCode::WarnDownloadLinkExpires, RuleSource::Limits,
                source.tier.isFlex() || source.backupKind == BackupKind::Flex
                        ? tr("The download link of a Flex snapshot works for 4 hours.")
                        : tr("The download links expire; fetch the archives soon after the job finishes."));
        return;
    }
    if (!facts.target)
        return;
    verdict.warn(RuleCode::WarnTargetDataReplaced, RuleSource::Topology,
                 tr("Every piece of data on %1 will be replaced, and %1 cannot take writes while the restore "
                    "runs.")
                         .arg(facts.target->cluster.name));
    if (facts.target->projectId != facts.source.projectId) {
        verdict.warn(RuleCode::WarnCrossProject, RuleSource::Roles,
                     tr("This restore crosses projects: from %1 into %2.")
                             .arg(facts.source.projectLabel(), facts.target->projectLabel()));
    }
    if (facts.target->isSameCluster(facts.source)) {
        verdict.warn(RuleCode::WarnRestoreIntoSource, RuleSource::Topology,
                     tr("You are restoring %1 into itself: its current data will be lost.").arg(source.name));
    }
}

void RulePlanner::addActionWarnings(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    const Cluster &cluster = facts.source.cluster;
    switch (action.kind) {
    case ActionKind::DisableBackup:
        verdict.warn(RuleCode::WarnSnapshotsDeleted, RuleSource::Topology,
                     tr("Turning off Cloud Backup deletes every existing snapshot of %1.").arg(cluster.name));
        break;
    case ActionKind::DisablePit:
        verdict.warn(
                RuleCode::WarnPitHistoryLost, RuleSource::PointInTime,
                tr("%1 will no longer be restorable to a point in time, and the time it stays off becomes a "
                   "gap that can never be restored.")
                        .arg(cluster.name));
        break;
    case ActionKind::DeletePolicy:
        verdict.warn(RuleCode::WarnScheduleRemoved, RuleSource::Policy,
                     tr("Deleting the backup policy removes every scheduled item of %1.").arg(cluster.name));
        break;
    case ActionKind::ChangeTier:
        if (action.newTier
            && (action.newTier->isFree() || action.newTier->isSharedOrFlex()
                || action.newTier->isServerless())) {
            verdict.warn(RuleCode::WarnBackupLost, RuleSource::Topology,
                         tr("On %1, %2 loses its Cloud Backup schedule and point-in-time restore.")
                                 .arg(action.newTier->name(), cluster.name));
        }
        break;
    default:
        break;
    }
}

} // namespace snapline
