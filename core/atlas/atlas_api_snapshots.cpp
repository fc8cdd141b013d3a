// Cloud Backup snapshots and the backup schedule.
#include "atlas/atlas_api_calls.h"
#include "atlas/snapshot_json.h"
#include "atlas/snapshot_page_reader.h"

namespace snapline {

namespace {

AtlasApi::Call<int> streamSnapshots(AtlasClient &client, const ApiEndpoint &endpoint,
                                    const QString &projectId, const QString &cluster, const QString &what,
                                    const AtlasApi::Sink<Snapshot> &sink, AtlasApi::Cancel cancel)
{
    const auto decode = [cluster, what](QByteArray &&body, int pageNum) -> AtlasApi::Call<DecodedPage> {
        auto read = readSnapshotPage(body, cluster);
        if (!read)
            return AtlasError::unreadable(what, read.error().message);
        const qsizetype count = read->snapshots.size();
        return DecodedPage{pageNum, read->totalCount, count,
                           std::make_any<QList<Snapshot>>(std::move(read->snapshots))};
    };
    return client.listDecoded(
            endpoint, {projectId, cluster}, {}, what, decode,
            [&sink](DecodedPage &&page) {
                return sink(std::any_cast<QList<Snapshot> &&>(std::move(page.items)));
            },
            cancel);
}

} // namespace

AtlasApi::Call<int> AtlasApi::snapshots(const QString &projectId, const QString &cluster,
                                        const Sink<Snapshot> &sink, Cancel cancel)
{
    return streamSnapshots(*m_client, Endpoints::listGroupClusterBackupSnapshots, projectId, cluster,
                           tr("list the snapshots of cluster %1").arg(cluster), sink, cancel);
}

AtlasApi::Call<int> AtlasApi::shardedSnapshots(const QString &projectId, const QString &cluster,
                                               const Sink<Snapshot> &sink, Cancel cancel)
{
    return streamSnapshots(*m_client, Endpoints::listGroupClusterBackupSnapshotShardedClusters, projectId,
                           cluster, tr("list the snapshots of sharded cluster %1").arg(cluster), sink,
                           cancel);
}

AtlasApi::Call<SnapshotPage> AtlasApi::snapshotPage(const QString &projectId, const QString &cluster,
                                                    bool sharded, int pageNum, int itemsPerPage,
                                                    Cancel cancel)
{
    const ApiEndpoint &endpoint = sharded ? Endpoints::listGroupClusterBackupSnapshotShardedClusters
                                          : Endpoints::listGroupClusterBackupSnapshots;
    const QString what = tr("list the snapshots of cluster %1").arg(cluster);
    auto body = m_client->pageBody(endpoint, {projectId, cluster}, {}, pageNum, what, cancel, itemsPerPage);
    if (!body)
        return body.error();
    auto read = readSnapshotPage(*body, cluster);
    if (!read)
        return AtlasError::unreadable(what, read.error().message);
    SnapshotPageRead page = std::move(read).value();
    return SnapshotPage{std::move(page.snapshots), page.totalCount};
}

AtlasApi::Call<std::optional<Snapshot>> AtlasApi::snapshotClosestTo(const QString &projectId,
                                                                    const QString &cluster, qint64 utcSeconds,
                                                                    Cancel cancel)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pointInTimeUtcSeconds"), QString::number(utcSeconds));
    auto found = collect<Snapshot>(
            Endpoints::listGroupClusterBackupSnapshots, {projectId, cluster},
            tr("find the snapshot of cluster %1 closest to a point in time").arg(cluster),
            [&](const QJsonObject &json) { return snapshotFromJson(json, cluster); }, cancel, query);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional<Snapshot>(found->first());
}

AtlasApi::Call<Snapshot> AtlasApi::snapshot(const QString &projectId, const QString &cluster,
                                            const QString &snapshotId, Cancel cancel)
{
    return fetch<Snapshot>(
            Endpoints::getGroupClusterBackupSnapshot, {projectId, cluster, snapshotId},
            tr("read snapshot %1").arg(snapshotId),
            [&](const QJsonObject &json) { return snapshotFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<Snapshot> AtlasApi::shardedSnapshot(const QString &projectId, const QString &cluster,
                                                   const QString &snapshotId, Cancel cancel)
{
    return fetch<Snapshot>(
            Endpoints::getGroupClusterBackupSnapshotShardedCluster, {projectId, cluster, snapshotId},
            tr("read snapshot %1").arg(snapshotId),
            [&](const QJsonObject &json) { return snapshotFromJson(json, cluster); }, cancel);
}

AtlasApi::Call<Snapshot> AtlasApi::takeSnapshot(const QString &projectId, const QString &cluster,
                                                const QString &description, int retentionDays, Cancel cancel)
{
    QJsonObject body{{QStringLiteral("retentionInDays"), retentionDays}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return fetch<Snapshot>(
            Endpoints::takeGroupClusterBackupSnapshots, {projectId, cluster},
            tr("take an on-demand snapshot of cluster %1").arg(cluster),
            [&](const QJsonObject &json) {
                Snapshot s = snapshotFromJson(json, cluster);
                s.origin = SnapshotOrigin::OnDemand;
                s.frequency = Frequency::OnDemand;
                return s;
            },
            cancel, body);
}

AtlasApi::Call<Snapshot> AtlasApi::changeSnapshotRetention(const QString &projectId, const QString &cluster,
                                                           const QString &snapshotId,
                                                           const Retention &retention, Cancel cancel)
{
    const QJsonObject body{{QStringLiteral("retentionUnit"), toString(retention.unit).toUpper()},
                           {QStringLiteral("retentionValue"), retention.value}};
    return fetch<Snapshot>(
            Endpoints::updateGroupClusterBackupSnapshot, {projectId, cluster, snapshotId},
            tr("change how long snapshot %1 is kept").arg(snapshotId),
            [&](const QJsonObject &json) { return snapshotFromJson(json, cluster); }, cancel, body);
}

AtlasApi::Call<Done> AtlasApi::deleteSnapshot(const QString &projectId, const QString &cluster,
                                              const QString &snapshotId, Cancel cancel)
{
    return remove(Endpoints::deleteGroupClusterBackupSnapshot, {projectId, cluster, snapshotId},
                  tr("delete snapshot %1").arg(snapshotId), cancel);
}

AtlasApi::Call<Done> AtlasApi::deleteShardedSnapshot(const QString &projectId, const QString &cluster,
                                                     const QString &snapshotId, Cancel cancel)
{
    return remove(Endpoints::deleteGroupClusterBackupSnapshotShardedCluster, {projectId, cluster, snapshotId},
                  tr("delete snapshot %1").arg(snapshotId), cancel);
}

AtlasApi::Call<BackupPolicy> AtlasApi::backupPolicy(const QString &projectId, const QString &cluster,
                                                    Cancel cancel)
{
    return fetch<BackupPolicy>(Endpoints::getGroupClusterBackupSchedule, {projectId, cluster},
                               tr("read the backup policy of cluster %1").arg(cluster), backupPolicyFromJson,
                               cancel);
}

AtlasApi::Call<BackupPolicy> AtlasApi::updateBackupPolicy(const QString &projectId, const QString &cluster,
                                                          const BackupPolicy &policy, Cancel cancel)
{
    return fetch<BackupPolicy>(Endpoints::updateGroupClusterBackupSchedule, {projectId, cluster},
                               tr("change the backup policy of cluster %1").arg(cluster),
                               backupPolicyFromJson, cancel, backupPolicyBody(policy));
}

AtlasApi::Call<BackupPolicy> AtlasApi::deleteBackupPolicy(const QString &projectId, const QString &cluster,
                                                          Cancel cancel)
{
    return fetch<BackupPolicy>(Endpoints::deleteGroupClusterBackupSchedule, {projectId, cluster},
                               tr("remove every item of the backup policy of cluster %1").arg(cluster),
                               backupPolicyFromJson, cancel);
}

} // namespace snapline
