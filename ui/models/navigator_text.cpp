#include "models/navigator_text.h"

#include "console/display_format.h"
#include "models/exact_text.h"

namespace snapline {

QString NavigatorText::name(const OrganizationEntry *org, const ProjectEntry *project,
                            const ClusterEntry *cluster)
{
    if (cluster)
        return cluster->where.cluster.name;
    if (project)
        return project->project.name;
    if (org->organization.isDeleted)
        return tr("%1 (deleted)").arg(org->organization.name);
    return org->organization.name;
}

QString NavigatorText::searchText(const OrganizationEntry *org, const ProjectEntry *project,
                                  const ClusterEntry *cluster)
{
    if (!cluster)
        return name(org, project, nullptr);
    const Cluster &c = cluster->where.cluster;
    return QStringList{c.name, c.tier.name(), formatTierFamily(c.tier.family()), toString(c.provider),
                       formatProvider(c.provider)}
            .join(u' ');
}

QString NavigatorText::syncLine(const std::optional<SyncState> &sync, const QDateTime &now)
{
    if (!sync)
        return tr("Not synced yet");
    if (!sync->lastError.isEmpty())
        return tr("Last sync failed: %1").arg(sync->lastError);
    return tr("Synced %1")
            .arg(formatAge(sync->lastSync.isValid() ? sync->lastSync : sync->lastFullSync, now));
}

QString NavigatorText::organizationToolTip(const OrganizationEntry &org, const QDateTime &now)
{
    int clusters = 0;
    for (const ProjectEntry &p : org.projects)
        clusters += int(p.clusters.size());
    QStringList lines{name(&org, nullptr, nullptr),
                      tr("%n project(s)", nullptr, int(org.projects.size())) + QStringLiteral(", ")
                              + tr("%n cluster(s)", nullptr, clusters),
                      syncLine(org.sync, now)};
    return lines.join(u'\n');
}

QString NavigatorText::projectToolTip(const ProjectEntry &project, const QDateTime &now)
{
    QStringList lines{project.project.name, tr("%n cluster(s)", nullptr, int(project.clusters.size()))};
    if (project.compliance) {
        lines << tr("Under a Backup Compliance Policy (%1): no cluster's backups can be weakened or deleted "
                    "below it.")
                         .arg(toString(project.compliance->state));
    } else {
        lines << tr("No Backup Compliance Policy");
    }
    lines << syncLine(project.sync, now);
    return lines.join(u'\n');
}

QString NavigatorText::clusterShape(const Cluster &c)
{
    const QString topology
            = c.isSharded() ? tr("sharded (%n shard(s))", nullptr, c.shardCount) : tr("replica set");
    return tr("%1 (%2) on %3, %4, MongoDB %5")
            .arg(c.tier.name(), formatTierFamily(c.tier.family()), formatProvider(c.provider), topology,
                 c.version.toString());
}

QString NavigatorText::clusterToolTip(const ClusterEntry &entry, const ClusterPosture &posture,
                                      const QDateTime &now)
{
    const Cluster &c = entry.where.cluster;
    QStringList lines{c.name, clusterShape(c)};
    if (c.paused)
        lines << tr("Paused");
    QString backup = tr("Backup: %1").arg(formatBackupKind(c.backupKind));
    if (posture.pitEnabled)
        backup += tr(", point in time %1").arg(posture.pitText());
    lines << backup;
    if (posture.lastSuccessful)
        lines << tr("Last successful snapshot %1: %2")
                         .arg(formatAge(*posture.lastSuccessful, now),
                              ExactText::moment(*posture.lastSuccessful));
    else if (c.hasBackup())
        lines << tr("No successful snapshot in the catalog");
    if (posture.nextScheduled)
        lines << tr("Next scheduled snapshot %1 (%2): %3")
                         .arg(formatAge(posture.nextScheduled->at, now),
                              formatFrequency(posture.nextScheduled->frequency),
                              ExactText::moment(posture.nextScheduled->at));
    if (posture.snapshotCount > 0)
        lines << tr("%Ln snapshot(s), %1", nullptr, int(posture.snapshotCount))
                         .arg(ExactText::size(posture.totalBytes));
    if (!posture.copyRegions.isEmpty())
        lines << tr("Copies in %1").arg(posture.copyRegions.join(QStringLiteral(", ")));
    for (const PostureWarning &w : posture.warnings)
        lines << QStringLiteral("⚠ ") + w.sentence;
    lines << syncLine(entry.sync, now);
    return lines.join(u'\n');
}

} // namespace snapline
