// Legacy backup: snapshots and checkpoints of clusters still on it.
#include "atlas/atlas_api_calls.h"
#include "atlas/atlas_time.h"
#include "atlas/snapshot_json.h"

namespace snapline {

namespace {

LegacyCheckpoint checkpointFromJson(const QJsonObject &json)
{
    return {json.value(u"id").toString(), atlasTime(json.value(u"timestamp")),
            json.value(u"restorable").toBool()};
}

} // namespace

AtlasApi::Call<QList<Snapshot>> AtlasApi::legacySnapshots(const QString &projectId, const QString &cluster,
                                                          Cancel cancel)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("completed"), QStringLiteral("all"));
    return collect<Snapshot>(Endpoints::listGroupClusterSnapshots, {projectId, cluster},
                             tr("list the legacy snapshots of cluster %1").arg(cluster),
                             legacySnapshotFromJson, cancel, query);
}

AtlasApi::Call<Snapshot> AtlasApi::legacySnapshot(const QString &projectId, const QString &cluster,
                                                  const QString &snapshotId, Cancel cancel)
{
    return fetch<Snapshot>(Endpoints::getGroupClusterSnapshot, {projectId, cluster, snapshotId},
                           tr("read legacy snapshot %1").arg(snapshotId), legacySnapshotFromJson, cancel);
}

AtlasApi::Call<Snapshot> AtlasApi::keepLegacySnapshot(const QString &projectId, const QString &cluster,
                                                      const QString &snapshotId, const QDateTime &expires,
                                                      Cancel cancel)
{
    const QJsonObject body = expires.isValid()
            ? QJsonObject{{QStringLiteral("expires"), formatAtlasTime(expires)}}
            : QJsonObject{{QStringLiteral("doNotDelete"), true}};
    return fetch<Snapshot>(Endpoints::updateGroupClusterSnapshot, {projectId, cluster, snapshotId},
                           tr("change how long legacy snapshot %1 is kept").arg(snapshotId),
                           legacySnapshotFromJson, cancel, body);
}

AtlasApi::Call<Done> AtlasApi::deleteLegacySnapshot(const QString &projectId, const QString &cluster,
                                                    const QString &snapshotId, Cancel cancel)
{
    return remove(Endpoints::deleteGroupClusterSnapshot, {projectId, cluster, snapshotId},
                  tr("delete legacy snapshot %1").arg(snapshotId), cancel);
}

AtlasApi::Call<QList<LegacyCheckpoint>> AtlasApi::legacyCheckpoints(const QString &projectId,
                                                                    const QString &cluster, Cancel cancel)
{
    return collect<LegacyCheckpoint>(Endpoints::listGroupClusterBackupCheckpoints, {projectId, cluster},
                                     tr("list the checkpoints of cluster %1").arg(cluster),
                                     checkpointFromJson, cancel);
}

AtlasApi::Call<LegacyCheckpoint> AtlasApi::legacyCheckpoint(const QString &projectId, const QString &cluster,
                                                            const QString &checkpointId, Cancel cancel)
{
    return fetch<LegacyCheckpoint>(Endpoints::getGroupClusterBackupCheckpoint,
                                   {projectId, cluster, checkpointId},
                                   tr("read checkpoint %1").arg(checkpointId), checkpointFromJson, cancel);
}

} // namespace snapline
