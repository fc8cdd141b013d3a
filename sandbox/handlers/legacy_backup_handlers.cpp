#include "handlers/legacy_backup_handlers.h"

#include "handlers/json_render.h"
#include "handlers/misc_handlers_registry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace snapline::sandbox {

namespace {

constexpr qint64 kCheckpointLag = 3600;       // a checkpoint follows each snapshot by an hour
constexpr qint64 kCheckpointDays = 7 * 86400; // how far back checkpoints are kept

QJsonObject bsonTimestamp(qint64 seconds)
{
    return {{QStringLiteral("date"), isoTime(seconds)}, {QStringLiteral("increment"), 1}};
}

// The contract's checkpoint token timestamp requires increment >= 1199145600
// (as if it were epoch seconds), so it carries the seconds there.
QJsonObject tokenTimestamp(qint64 seconds)
{
    return {{QStringLiteral("date"), isoTime(seconds)}, {QStringLiteral("increment"), seconds}};
}

QString clusterBase(const ClusterRow &cluster)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2").arg(cluster.projectId, cluster.name);
}

// The cluster of the request, which must be on legacy backup.
std::optional<ClusterRow> legacyCluster(const ApiRequest &request, SandboxContext &context, ApiReply &refusal)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(QStringLiteral("clusterName"));
    auto cluster = context.store.cluster(groupId, name);
    if (!cluster || (cluster->kind != u"dedicated" && cluster->kind != u"tenant")) {
        refusal = errorReply(ApiError::clusterNotFound(name, groupId));
        return std::nullopt;
    }
    if (cluster->backupKind != u"legacy") {
        refusal = errorReply(
                ApiError(400, QStringLiteral("CLUSTER_NOT_USING_LEGACY_BACKUP"),
                         QStringLiteral("Cluster %1 does not use legacy backup; use the Cloud Backup "
                                        "endpoints (/backup/snapshots).")
                                 .arg(name)));
        return std::nullopt;
    }
    return cluster;
}

QJsonObject snapshotJson(const ApiRequest &request, const ClusterRow &cluster, const SnapshotRow &s)
{
    const bool complete = s.status == u"completed";
    QJsonObject part{{QStringLiteral("clusterId"), cluster.id},
                     {QStringLiteral("replicaSetName"), QStringLiteral("%1-shard-0").arg(cluster.name)},
                     {QStringLiteral("typeName"), QStringLiteral("REPLICA_SET")},
                     {QStringLiteral("compressionSetting"), QStringLiteral("GZIP")},
                     {QStringLiteral("dataSizeBytes"), s.sizeBytes},
                     {QStringLiteral("fileSizeBytes"), s.sizeBytes / 2},
                     {QStringLiteral("storageSizeBytes"), s.sizeBytes * 6 / 10},
                     {QStringLiteral("encryptionEnabled"), false},
                     {QStringLiteral("mongodVersion"), s.mongodVersion},
                     {QStringLiteral("fcv"), s.mongodVersion.section(u'.', 0, 1)},
                     {QStringLiteral("replicaState"), QStringLiteral("PRIMARY")}};
    if (complete)
        part.insert(QStringLiteral("completedTime"), isoTime(s.created + 600));
    QJsonObject out{{QStringLiteral("id"), s.id},
                    {QStringLiteral("clusterId"), cluster.id},
                    {QStringLiteral("clusterName"), cluster.name},
                    {QStringLiteral("groupId"), cluster.projectId},
                    {QStringLiteral("complete"), complete},
                    {QStringLiteral("created"), bsonTimestamp(s.created)},
                    {QStringLiteral("doNotDelete"), s.expires == 0},
                    {QStringLiteral("incremental"), s.frequency != u"yearly" && s.frequency != u"monthly"},
                    {QStringLiteral("lastOplogAppliedTimestamp"), bsonTimestamp(s.created)},
                    {QStringLiteral("parts"), QJsonArray{part}},
                    {QStringLiteral("links"),
                     selfLinks(request, QStringLiteral("%1/snapshots/%2").arg(clusterBase(cluster), s.id))}};
    if (s.expires > 0)
        out.insert(QStringLiteral("expires"), isoTime(s.expires));
    return out;
}

ApiReply listSnapshots(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    const QString completed = request.query.hasQueryItem(QStringLiteral("completed"))
            ? request.query.queryItemValue(QStringLiteral("completed"))
            : QStringLiteral("true");
    if (completed != u"all" && completed != u"true" && completed != u"false") {
        return errorReply(ApiError::invalidAttribute(QStringLiteral("completed"))
                                  .addFieldViolation(QStringLiteral("completed"),
                                                     QStringLiteral("must be all, true or false")));
    }
    QJsonArray items;
    for (const SnapshotRow &s : context.store.snapshots(cluster->id)) {
        const bool complete = s.status == u"completed";
        if (completed == u"all" || (completed == u"true") == complete)
            items.append(snapshotJson(request, *cluster, s));
    }
    return pagedReply(request, items);
}

std::optional<SnapshotRow> findSnapshot(const ApiRequest &request, SandboxContext &context,
                                        const ClusterRow &cluster, ApiReply &refusal)
{
    const QString id = request.param(QStringLiteral("snapshotId"));
    auto snapshot = context.store.snapshot(cluster.id, id);
    if (!snapshot)
        refusal = errorReply(ApiError::snapshotNotFound(id, cluster.name));
    return snapshot;
}

ApiReply getSnapshot(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    const auto snapshot = cluster ? findSnapshot(request, context, *cluster, refusal) : std::nullopt;
    return snapshot ? jsonReply(snapshotJson(request, *cluster, *snapshot)) : refusal;
}

bool complianceActive(SandboxContext &context, const QString &projectId)
{
    const auto policy = context.store.document(QStringLiteral("compliance"), projectId);
    return policy && policy->doc.value(u"state").toString() == u"ACTIVE";
}

ApiReply updateSnapshot(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    const auto body = requestObject(request, refusal);
    if (!body)
        return refusal;
    auto snapshot = findSnapshot(request, context, *cluster, refusal);
    if (!snapshot)
        return refusal;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"doNotDelete" && it.key() != u"expires") {
            return errorReply(ApiError::invalidAttribute(it.key()).addFieldViolation(
                    it.key(), QStringLiteral("cannot be changed; only doNotDelete or expires can")));
        }
    }
    if (body->contains(u"doNotDelete") == body->contains(u"expires")) {
        return errorReply(
                ApiError::validationError(QStringLiteral("Send either doNotDelete or expires, not both.")));
    }
    qint64 expires = snapshot->expires;
    if (body->contains(u"doNotDelete")) {
        if (!body->value(u"doNotDelete").isBool())
            return wrongType(QStringLiteral("doNotDelete"), QStringLiteral("a boolean"));
        if (body->value(u"doNotDelete").toBool())
            expires = 0;
        else if (snapshot->expires == 0)
            expires = std::max(snapshot->created + 30 * 86400,
                               context.now() + 86400); // the default retention again
    } else {
        const QDateTime at = QDateTime::fromString(body->value(u"expires").toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            return wrongType(QStringLiteral("expires"), QStringLiteral("an ISO 8601 date-time"));
        expires = at.toSecsSinceEpoch();
        if (expires <= context.now()) {
            return errorReply(ApiError::invalidAttribute(QStringLiteral("expires"))
                                      .addFieldViolation(QStringLiteral("expires"),
                                                         QStringLiteral("must be in the future")));
        }
    }
    const bool shorter = expires != 0 && (snapshot->expires == 0 || expires < snapshot->expires);
    if (shorter && complianceActive(context, cluster->projectId)) {
        return errorReply(ApiError::compliancePolicyViolation(QStringLiteral(
                "The project's Backup Compliance Policy forbids shortening a snapshot's retention.")));
    }
    snapshot->expires = expires;
    if (!context.store.updateSnapshot(*snapshot))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(snapshotJson(request, *cluster, *snapshot));
}

ApiReply deleteSnapshot(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    const auto snapshot = cluster ? findSnapshot(request, context, *cluster, refusal) : std::nullopt;
    if (!snapshot)
        return refusal;
    if (complianceActive(context, cluster->projectId)) {
        return errorReply(ApiError::compliancePolicyViolation(
                QStringLiteral("The project's Backup Compliance Policy forbids deleting snapshots.")));
    }
    if (snapshot->expires == 0) {
        return errorReply(ApiError(
                400, QStringLiteral("SNAPSHOT_MARKED_DO_NOT_DELETE"),
                QStringLiteral("Snapshot %1 is marked doNotDelete; clear it first.").arg(snapshot->id)));
    }
    if (!context.store.deleteSnapshot(snapshot->id))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return ApiReply::noContent();
}

// Checkpoints are derived from snapshots: one an hour after each recent completed snapshot.
QString checkpointId(const SnapshotRow &snapshot)
{
    const QByteArray hash = QCryptographicHash::hash((snapshot.id + QStringLiteral("/checkpoint")).toUtf8(),
                                                     QCryptographicHash::Md5);
    return QString::fromLatin1(hash.toHex().left(24));
}

QList<std::pair<QString, SnapshotRow>> checkpoints(SandboxContext &context, const ClusterRow &cluster)
{
    QList<std::pair<QString, SnapshotRow>> out;
    const qint64 now = context.now();
    for (const SnapshotRow &s : context.store.snapshots(cluster.id)) {
        if (s.status == u"completed" && s.created + kCheckpointLag <= now
            && s.created >= now - kCheckpointDays)
            out.append({checkpointId(s), s});
    }
    return out;
}

QJsonObject checkpointJson(const ApiRequest &request, const ClusterRow &cluster, const QString &id,
                           const SnapshotRow &s)
{
    const qint64 at = s.created + kCheckpointLag;
    const QJsonObject part{{QStringLiteral("replicaSetName"), QStringLiteral("%1-shard-0").arg(cluster.name)},
                           {QStringLiteral("shardName"), QStringLiteral("%1-shard-0").arg(cluster.name)},
                           {QStringLiteral("tokenDiscovered"), true},
                           {QStringLiteral("tokenTimestamp"), tokenTimestamp(at)},
                           {QStringLiteral("typeName"), QStringLiteral("REPLICA_SET")}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("clusterId"), cluster.id},
            {QStringLiteral("groupId"), cluster.projectId},
            {QStringLiteral("started"), isoTime(at - 60)},
            {QStringLiteral("completed"), isoTime(at)},
            {QStringLiteral("timestamp"), isoTime(at)},
            {QStringLiteral("restorable"), true},
            {QStringLiteral("parts"), QJsonArray{part}},
            {QStringLiteral("links"),
             selfLinks(request, QStringLiteral("%1/backupCheckpoints/%2").arg(clusterBase(cluster), id))}};
}

ApiReply listCheckpoints(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    QJsonArray items;
    for (const auto &[id, snapshot] : checkpoints(context, *cluster))
        items.append(checkpointJson(request, *cluster, id, snapshot));
    return pagedReply(request, items);
}

ApiReply getCheckpoint(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = legacyCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    const QString wanted = request.param(QStringLiteral("checkpointId"));
    for (const auto &[id, snapshot] : checkpoints(context, *cluster)) {
        if (id == wanted)
            return jsonReply(checkpointJson(request, *cluster, id, snapshot));
    }
    return errorReply(ApiError::resourceNotFound(QStringLiteral("checkpoint %1").arg(wanted)));
}

} // namespace

void registerLegacyBackupHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupClusterSnapshots", listSnapshots);
    dispatcher.handle("getGroupClusterSnapshot", getSnapshot);
    dispatcher.handle("updateGroupClusterSnapshot", updateSnapshot);
    dispatcher.handle("deleteGroupClusterSnapshot", deleteSnapshot);
    dispatcher.handle("listGroupClusterBackupCheckpoints", listCheckpoints);
    dispatcher.handle("getGroupClusterBackupCheckpoint", getCheckpoint);
}

} // namespace snapline::sandbox
