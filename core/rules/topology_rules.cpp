#include "rules/topology_rules.h"

#include "rules/rule_codes.h"

namespace snapline {

namespace {

bool isServerlessSource(const Cluster &cluster)
{
    return cluster.tier.isServerless() || cluster.isServerlessBackup();
}

bool isFlexSource(const Cluster &cluster)
{
    return cluster.tier.isFlex() || cluster.backupKind == BackupKind::Flex;
}

bool isSharedSource(const Cluster &cluster)
{
    return cluster.tier.isSharedOrFlex() || cluster.backupKind == BackupKind::SharedDaily
            || cluster.backupKind == BackupKind::Flex;
}

} // namespace

void TopologyRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind != ActionKind::Restore || !action.isAutomatedRestore())
        return;
    if (!facts.target) {
        verdict.refuse(RuleCode::TargetRequired, RuleSource::Topology,
                       tr("A restore into a cluster needs a target project and cluster."));
        return;
    }
    checkShape(action, facts, verdict);
    checkTiers(facts, verdict);
    checkEncryption(facts, verdict);
    if (facts.target->cluster.paused) {
        verdict.refuse(RuleCode::TargetPaused, RuleSource::Topology,
                       tr("The target cluster %1 is paused; resume it before restoring into it.")
                               .arg(facts.target->cluster.name));
    }
    for (const RestoreJob &job : facts.restoresIntoTarget) {
        if (job.deliveryType == DeliveryType::Download || job.isFinished())
            continue;
        verdict.refuse(
                RuleCode::TargetRestoreRunning, RuleSource::Topology,
                tr("Restore job %1 into %2 is still running; Atlas takes one restore into a cluster at a "
                   "time. Wait for it to end, or cancel it.")
                        .arg(job.id, facts.target->cluster.name));
        break;
    }
}

void TopologyRules::checkShape(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    const Cluster &source = facts.source.cluster;
    const Cluster &target = facts.target->cluster;
    const Topology fromTopology = facts.snapshot ? facts.snapshot->topology : source.topology;
    const int fromShards = facts.snapshot ? facts.snapshot->shardCount : source.shardCount;

    if (fromTopology == Topology::ShardedCluster && !target.isSharded()) {
        verdict.refuse(
                RuleCode::TopologyShardedToReplicaSet, RuleSource::Topology,
                tr("This is a snapshot of a sharded cluster (%n shard(s)); it can only be restored to a "
                   "sharded cluster with the same number of shards, and %1 is a replica set.",
                   nullptr, fromShards)
                        .arg(target.name));
    } else if (fromTopology == Topology::ReplicaSet && target.isSharded()) {
        verdict.refuse(
                RuleCode::TopologyReplicaSetToSharded, RuleSource::Topology,
                tr("This is a snapshot of a replica set; it cannot be restored to the sharded cluster %1.")
                        .arg(target.name));
    } else if (fromTopology == Topology::ShardedCluster && fromShards != target.shardCount) {
        verdict.refuse(
                RuleCode::TopologyShardCountMismatch, RuleSource::Topology,
                tr("The snapshot has %n shard(s) but the target cluster %1 has %2; a sharded snapshot can "
                   "only be restored to a cluster with the same number of shards.",
                   nullptr, fromShards)
                        .arg(target.name)
                        .arg(target.shardCount));
    }

    if (facts.target->isSameCluster(facts.source) && source.shardCountChangedAt) {
        const QDateTime moment = action.pointInTime ? action.pointInTime->toDateTime()
                : facts.snapshot                    ? facts.snapshot->createdAt
                                                    : QDateTime();
        if (moment.isValid() && moment < *source.shardCountChangedAt) {
            verdict.refuse(
                    RuleCode::TopologyShardsChanged, RuleSource::Topology,
                    tr("Shards were added to or removed from %1 on %2; backups from before that change "
                       "cannot be restored back into it. Restore into another cluster with the old shard "
                       "count instead.")
                            .arg(source.name, source.shardCountChangedAt->toString(Qt::ISODate)));
        }
    }
}

void TopologyRules::checkTiers(const Facts &facts, Verdict &verdict)
{
    const Cluster &source = facts.source.cluster;
    const Cluster &target = facts.target->cluster;
    if (target.tier.isFree()) {
        verdict.refuse(
                RuleCode::TierTargetFree, RuleSource::Topology,
                tr("%1 is a free M0 cluster, and Atlas cannot restore backups into M0 clusters; choose an "
                   "M2 or larger cluster.")
                        .arg(target.name));
    } else if (target.tier.isServerless() && !isServerlessSource(source)) {
        verdict.refuse(RuleCode::TierTargetServerless, RuleSource::Topology,
                       tr("%1 is a serverless instance, which can only receive snapshots of serverless "
                          "instances, not of dedicated, shared or Cloud Manager clusters.")
                               .arg(target.name));
    } else if (isServerlessSource(source) && target.tier.isSharedOrFlex()) {
        verdict.refuse(
                RuleCode::TierServerlessSourceTarget, RuleSource::Topology,
                tr("Snapshots of a serverless instance can be restored only to serverless instances or "
                   "dedicated clusters; %1 is %2.")
                        .arg(target.name, target.tier.name()));
    } else if (target.tier.isFlex() && !isFlexSource(source)) {
        verdict.refuse(RuleCode::TierTargetFlex, RuleSource::Topology,
                       tr("%1 is a Flex cluster, which can receive only snapshots of Flex clusters; restore "
                          "this backup to an M10 or larger cluster instead.")
                               .arg(target.name));
    }
}

void TopologyRules::checkEncryption(const Facts &facts, Verdict &verdict)
{
    const Cluster &source = facts.source.cluster;
    const Cluster &target = facts.target->cluster;
    if (isSharedSource(source) && target.encryptionAtRest != EncryptionProvider::None) {
        verdict.refuse(RuleCode::EncryptionSharedTarget, RuleSource::Topology,
                       tr("Snapshots of M2/M5 and Flex clusters cannot be restored to a cluster that uses "
                          "encryption at rest, and %1 uses %2 key management.")
                               .arg(target.name, toString(target.encryptionAtRest)));
    }
    if (source.encryptionAtRest != EncryptionProvider::None
        && target.encryptionAtRest != source.encryptionAtRest) {
        verdict.refuse(
                RuleCode::EncryptionProviderMismatch, RuleSource::Topology,
                tr("The snapshot is encrypted with a customer key in %1; the target cluster must use the "
                   "same encryption at rest provider, but %2 uses %3.")
                        .arg(toString(source.encryptionAtRest), target.name,
                             toString(target.encryptionAtRest)));
    }
}

} // namespace snapline
