#include "rules/availability_rules.h"

#include "rules/rule_codes.h"

namespace snapline {

namespace {

bool atlasManaged(const Cluster &cluster)
{
    return cluster.tier.isSharedOrFlex() || cluster.tier.isServerless()
            || cluster.backupKind == BackupKind::SharedDaily || cluster.backupKind == BackupKind::Flex
            || cluster.isServerlessBackup();
}

// Actions that change a cluster's backups, as opposed to reading or restoring them.
bool changesBackups(ActionKind kind)
{
    switch (kind) {
    case ActionKind::TakeSnapshot:
    case ActionKind::DeleteSnapshot:
    case ActionKind::ChangeRetention:
    case ActionKind::ExportSnapshot:
    case ActionKind::EditPolicy:
    case ActionKind::DeletePolicy:
    case ActionKind::DisableBackup:
    case ActionKind::DisablePit:
    case ActionKind::EnableBackup:
    case ActionKind::EnablePit:
        return true;
    default:
        return false;
    }
}

} // namespace

void AvailabilityRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    const Cluster &cluster = facts.source.cluster;
    const bool aboutThisCluster = changesBackups(action.kind) || action.kind == ActionKind::Restore;
    if (!aboutThisCluster)
        return;

    if (cluster.tier.isFree()) {
        refuseFree(cluster, verdict);
        return;
    }
    if (cluster.backupKind == BackupKind::Legacy) {
        if (action.kind == ActionKind::Restore) {
            verdict.warn(RuleCode::WarnLegacyBackup, RuleSource::Topology,
                         tr("%1 uses legacy backup, which is deprecated; plan its move to Cloud Backup.")
                                 .arg(cluster.name));
            if (cluster.collectionCount && *cluster.collectionCount >= 100000) {
                verdict.warn(RuleCode::WarnLegacyCollectionLimit, RuleSource::Topology,
                             tr("%1 has %2 collections; legacy backup cannot back up 100,000 or more, so its "
                                "snapshots may be incomplete.")
                                     .arg(cluster.name)
                                     .arg(*cluster.collectionCount));
            }
        } else {
            refuseLegacy(action, cluster, verdict);
        }
        return;
    }
    if (atlasManaged(cluster) && action.kind != ActionKind::Restore) {
        refuseManaged(action, cluster, verdict);
        return;
    }
    refuseBackupOff(action, cluster, verdict);
}

void AvailabilityRules::refuseFree(const Cluster &cluster, Verdict &verdict)
{
    verdict.refuse(
            RuleCode::TierFreeNoBackup, RuleSource::Topology,
            tr("%1 is a free M0 cluster, and Atlas keeps no backups of M0 clusters. Back it up with "
               "mongodump "
               "and restore it with mongorestore instead, or upgrade it to M10 or larger for Cloud Backup.")
                    .arg(cluster.name));
}

void AvailabilityRules::refuseManaged(const ProposedAction &action, const Cluster &cluster, Verdict &verdict)
{
    const QString what = cluster.tier.isServerless() || cluster.isServerlessBackup()
            ? tr("serverless instances")
            : cluster.tier.isFlex() || cluster.backupKind == BackupKind::Flex ? tr("Flex clusters")
                                                                              : tr("M2/M5 clusters");
    switch (action.kind) {
    case ActionKind::TakeSnapshot:
        verdict.refuse(
                RuleCode::TierNoOnDemand, RuleSource::Topology,
                tr("Atlas takes the snapshots of %1 automatically; on-demand snapshots are not available for "
                   "%2.")
                        .arg(what, cluster.name));
        break;
    case ActionKind::DisableBackup:
    case ActionKind::DisablePit:
        verdict.refuse(RuleCode::BackupCannotBeDisabled, RuleSource::Topology,
                       tr("Backups of %1 are always on and cannot be turned off.").arg(what));
        break;
    default:
        verdict.refuse(RuleCode::TierPolicyManagedByAtlas, RuleSource::Topology,
                       tr("Atlas manages the backups of %1 (schedule and retention), so you cannot %2 on %3; "
                          "upgrade "
                          "it to M10 or larger for Cloud Backup.")
                               .arg(what, describeAction(action.kind), cluster.name));
        break;
    }
}

void AvailabilityRules::refuseLegacy(const ProposedAction &action, const Cluster &cluster, Verdict &verdict)
{
    verdict.refuse(RuleCode::LegacyReadOnly, RuleSource::Topology,
                   tr("%1 uses legacy backup, which is deprecated and read-only here: you cannot %2. Move "
                      "the cluster "
                      "to Cloud Backup (upgrading to MongoDB 4.2 or later does so).")
                           .arg(cluster.name, describeAction(action.kind)));
}

void AvailabilityRules::refuseBackupOff(const ProposedAction &action, const Cluster &cluster,
                                        Verdict &verdict)
{
    switch (action.kind) {
    case ActionKind::TakeSnapshot:
    case ActionKind::EditPolicy:
    case ActionKind::DeletePolicy:
    case ActionKind::DisableBackup:
        if (!cluster.hasBackup()) {
            verdict.refuse(RuleCode::BackupNotEnabled, RuleSource::Topology,
                           action.kind == ActionKind::DisableBackup
                                   ? tr("Cloud Backup is already off on %1.").arg(cluster.name)
                                   : tr("Cloud Backup is off on %1; turn it on before you %2.")
                                             .arg(cluster.name, describeAction(action.kind)));
        }
        break;
    case ActionKind::DisablePit:
        if (!cluster.pitEnabled) {
            verdict.refuse(
                    RuleCode::PitNotEnabled, RuleSource::PointInTime,
                    tr("Continuous cloud backup (point in time) is already off on %1.").arg(cluster.name));
        }
        break;
    case ActionKind::EnableBackup:
        if (cluster.hasBackup()) {
            verdict.refuse(RuleCode::BackupAlreadyEnabled, RuleSource::Topology,
                           tr("Cloud Backup is already on for %1.").arg(cluster.name));
        }
        break;
    case ActionKind::EnablePit:
        if (!cluster.hasBackup()) {
            // Atlas takes continuous backup only on top of Cloud Backup.
            verdict.refuse(RuleCode::BackupNotEnabled, RuleSource::Topology,
                           tr("Cloud Backup is off on %1; turn it on before you %2.")
                                   .arg(cluster.name, describeAction(action.kind)));
        } else if (cluster.pitEnabled) {
            verdict.refuse(
                    RuleCode::PitAlreadyEnabled, RuleSource::PointInTime,
                    tr("Continuous cloud backup (point in time) is already on for %1.").arg(cluster.name));
        }
        break;
    default:
        break;
    }
}

} // namespace snapline
