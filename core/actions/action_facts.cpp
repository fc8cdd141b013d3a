#include "actions/action_facts.h"

#include "actions/pit_history_inference.h"

#include <algorithm>
#include <limits>

namespace snapline {

namespace {

Error notInCatalog(const QString &code, const QString &message)
{
    return {code, message};
}

// Atlas reports no feature compatibility version on Cloud Backup snapshots,
// so a snapshot that does not say carries its cluster's pinned FCV (as a
// preflight facts file assumes too): restoring it elsewhere needs that major.
Snapshot withClusterFcv(Snapshot snapshot, const Cluster &cluster)
{
    if (!snapshot.fcvPinned)
        snapshot.fcvPinned = cluster.fcvPinned;
    return snapshot;
}

} // namespace

QList<Snapshot> ActionFacts::pendingOf(const QList<Snapshot> &snapshots)
{
    QList<Snapshot> out;
    for (const Snapshot &s : snapshots) {
        if (s.isPending())
            out << s;
    }
    return out;
}

Result<ProjectCluster> ActionFacts::placement(const Catalog &reader, const QString &projectId,
                                              const QString &clusterName)
{
    auto cluster = reader.cluster(projectId, clusterName);
    if (!cluster)
        return cluster.error();
    if (!cluster->has_value()) {
        return notInCatalog(
                QStringLiteral("CLUSTER_NOT_IN_CATALOG"),
                tr("Cluster %1 is not in the catalog; sync its project and try again.").arg(clusterName));
    }
    ProjectCluster where{{}, projectId, {}, **cluster};
    // The catalog files projects under their organization; there are few of both.
    auto organizations = reader.organizations();
    if (!organizations)
        return organizations.error();
    for (const Organization &org : std::as_const(*organizations)) {
        auto projects = reader.projects(org.id);
        if (!projects)
            return projects.error();
        for (const Project &p : std::as_const(*projects)) {
            if (p.id == projectId) {
                where.orgId = org.id;
                where.projectName = p.name;
                return where;
            }
        }
    }
    return where; // a project synced on its own: its id stands for its name
}

Result<Facts> ActionFacts::gather(const Catalog &reader, const RoleBook &roles, const QString &projectId,
                                  const QString &clusterName, const std::optional<QString> &snapshotId,
                                  const QDateTime &now)
{
    Facts facts;
    facts.now = now;
    facts.roles = roles;
    auto where = placement(reader, projectId, clusterName);
    if (!where)
        return where.error();
    facts.source = *where;

    auto snapshots = reader.snapshots(projectId, clusterName);
    if (!snapshots)
        return snapshots.error();
    facts.pendingSnapshots = pendingOf(*snapshots);
    // Atlas lists no blackouts: they follow from the restores into the cluster.
    auto into = reader.restoreJobsInto(projectId, clusterName);
    if (!into)
        return into.error();
    facts.source.cluster.pit.blackouts << PitHistoryInference::restoreBlackouts(*into, *snapshots, now);
    if (snapshotId) {
        for (const Snapshot &s : std::as_const(*snapshots)) {
            if (s.id == *snapshotId)
                facts.snapshot = withClusterFcv(s, facts.source.cluster);
        }
        if (!facts.snapshot) {
            return notInCatalog(
                    QStringLiteral("SNAPSHOT_NOT_IN_CATALOG"),
                    tr("Snapshot %1 of %2 is no longer in the catalog: it may have expired or been "
                       "deleted. Refresh the cluster and try again.")
                            .arg(*snapshotId, clusterName));
        }
        auto exports = reader.exportJobs(projectId, clusterName);
        if (!exports)
            return exports.error();
        for (const ExportJob &job : std::as_const(*exports))
            facts.activeExports += job.snapshotId == *snapshotId && !job.isFinished() ? 1 : 0;
    }

    auto compliance = reader.compliancePolicy(projectId);
    if (!compliance)
        return compliance.error();
    facts.compliancePolicy = *compliance;
    auto policy = reader.backupPolicy(projectId, clusterName);
    if (!policy)
        return policy.error();
    facts.currentPolicy = *policy;

    auto clusters = reader.clusters(projectId);
    if (!clusters)
        return clusters.error();
    qint64 kept = 0;
    for (const Cluster &c : std::as_const(*clusters))
        kept += reader.snapshotCount(projectId, c.name).valueOr(0);
    facts.projectSnapshotCount = int(std::min<qint64>(kept, std::numeric_limits<int>::max()));
    return facts;
}

Facts ActionFacts::fromDetail(const ClusterDetail &detail, const RoleBook &roles,
                              const std::optional<QString> &snapshotId, const QDateTime &now)
{
    Facts facts;
    facts.now = now;
    facts.roles = roles;
    facts.source = detail.where;
    facts.compliancePolicy = detail.compliance;
    facts.currentPolicy = detail.policy;
    facts.pendingSnapshots = pendingOf(detail.snapshots);
    if (snapshotId) {
        if (const Snapshot *s = detail.snapshot(*snapshotId))
            facts.snapshot = withClusterFcv(*s, facts.source.cluster);
    }
    return facts;
}

} // namespace snapline
