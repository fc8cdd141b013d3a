// Snapshot export jobs: create, list and get, with states derived from the sandbox clock.
#include "handlers/event_handlers.h"
#include "handlers/export_handlers.h"
#include "handlers/json_render.h"
#include "handlers/misc_handlers_registry.h"

#include <QDateTime>

namespace snapline::sandbox {

namespace {

const QString kExports = QStringLiteral("exports");
constexpr qint64 kQueuedSeconds = 60;     // waiting for an export agent
constexpr qint64 kExportSeconds = 4 * 60; // created → Successful

QString exportPath(const ClusterRow &cluster, const QString &exportId)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup/exports/%3")
            .arg(cluster.projectId, cluster.name, exportId);
}

QJsonObject jobJson(const ApiRequest &request, const ClusterRow &cluster, const DocumentRow &row)
{
    QJsonObject out = row.doc;
    out.insert(QStringLiteral("links"), selfLinks(request, exportPath(cluster, row.id)));
    return out;
}

std::optional<ClusterRow> findCluster(const ApiRequest &request, SandboxContext &context, ApiReply &refusal)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(QStringLiteral("clusterName"));
    auto cluster = context.store.cluster(groupId, name);
    if (!cluster || (cluster->kind != u"dedicated" && cluster->kind != u"tenant")) {
        refusal = errorReply(ApiError::clusterNotFound(name, groupId));
        return std::nullopt;
    }
    return cluster;
}

ApiReply listExports(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = findCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    QJsonArray items;
    for (const DocumentRow &row : context.store.documents(kExports, cluster->id))
        items.append(jobJson(request, *cluster, refreshExportJob(context, row)));
    return pagedReply(request, items);
}

ApiReply getExport(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = findCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    const QString id = request.param(QStringLiteral("exportId"));
    const auto row = context.store.document(kExports, id);
    if (!row || row->scopeId != cluster->id)
        return errorReply(ApiError::resourceNotFound(QStringLiteral("export job %1").arg(id)));
    return jsonReply(jobJson(request, *cluster, refreshExportJob(context, *row)));
}

std::optional<QJsonArray> readCustomData(const QJsonValue &value, ApiReply &refusal)
{
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray()) {
        refusal = wrongType(QStringLiteral("customData"), QStringLiteral("an array of {key, value}"));
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString field = QStringLiteral("customData[%1]").arg(i);
        if (!items.at(i).isObject() || !item.value(u"key").isString() || !item.value(u"value").isString()
            || item.size() != 2) {
            refusal = wrongType(field, QStringLiteral("an object with string key and value"));
            return std::nullopt;
        }
    }
    return items;
}

ApiReply createExport(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto cluster = findCluster(request, context, refusal);
    if (!cluster)
        return refusal;
    const auto body = requestObject(request, refusal);
    if (!body)
        return refusal;
    for (auto it = body->begin(); it != body->end(); ++it) {
        const QString &key = it.key();
        if (key != u"snapshotId" && key != u"exportBucketId" && key != u"customData") {
            return errorReply(
                    ApiError::invalidAttribute(key).addFieldViolation(key,
                                                                      QStringLiteral("is not a field of an "
                                                                                     "export request")));
        }
    }
    for (const char *field : {"snapshotId", "exportBucketId"}) {
        const QString name = QString::fromLatin1(field);
        if (!isObjectId(body->value(name).toString()))
            return wrongType(name, QStringLiteral("24 hexadecimal digits (required)"));
    }
    const auto customData = readCustomData(body->value(u"customData"), refusal);
    if (!customData)
        return refusal;
    const QString snapshotId = body->value(u"snapshotId").toString();
    const QString bucketId = body->value(u"exportBucketId").toString();
    const auto snapshot = context.store.snapshot(cluster->id, snapshotId);
    if (!snapshot)
        return errorReply(ApiError::snapshotNotFound(snapshotId, cluster->name));
    const auto bucket = context.store.document(QStringLiteral("buckets"), bucketId);
    if (!bucket || bucket->scopeId != cluster->projectId)
        return errorReply(ApiError::resourceNotFound(QStringLiteral("export bucket %1").arg(bucketId)));
    if (snapshot->origin == u"fallback") {
        return errorReply(
                ApiError(400, QStringLiteral("CANNOT_EXPORT_FALLBACK_SNAPSHOT"),
                         QStringLiteral("Snapshot %1 is a fallback snapshot and cannot be exported.")
                                 .arg(snapshotId)));
    }
    if (snapshot->status != u"completed") {
        return errorReply(
                ApiError(400, QStringLiteral("SNAPSHOT_NOT_COMPLETE"),
                         QStringLiteral("Snapshot %1 is %2; only completed snapshots can be exported.")
                                 .arg(snapshotId, snapshot->status)));
    }
    for (const DocumentRow &row : context.store.documents(kExports, cluster->id)) {
        const DocumentRow job = refreshExportJob(context, row);
        if (job.doc.value(u"snapshotId").toString() == snapshotId
            && (job.kind == u"Queued" || job.kind == u"InProgress")) {
            return errorReply(ApiError(409, QStringLiteral("EXPORT_ALREADY_IN_PROGRESS"),
                                       QStringLiteral("Export job %1 of snapshot %2 is still running.")
                                               .arg(job.id, snapshotId)));
        }
    }
    const qint64 now = context.now();
    const QString id = context.ids.objectId();
    const auto project = context.store.project(cluster->projectId);
    const auto org = context.store.org(project ? project->orgId : context.orgId);
    const QString prefix
            = QStringLiteral("/exported_snapshots/%1/%2/%3/%4/%5")
                      .arg(org ? org->name : QString(), project ? project->name : QString(), cluster->name,
                           QDateTime::fromSecsSinceEpoch(snapshot->created, Qt::UTC)
                                   .toString(u"yyyy-MM-ddTHHmmssZ"))
                      .arg(now);
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("snapshotId"), snapshotId},
                    {QStringLiteral("exportBucketId"), bucketId},
                    {QStringLiteral("createdAt"), isoTime(now)},
                    {QStringLiteral("state"), QStringLiteral("Queued")},
                    {QStringLiteral("prefix"), prefix},
                    {QStringLiteral("customData"), *customData},
                    {QStringLiteral("exportStatus"),
                     QJsonObject{{QStringLiteral("exportedCollections"), 0},
                                 {QStringLiteral("totalCollections"),
                                  std::max<qint64>(cluster->collectionCount, 42)}}}};
    if (snapshot->topology == u"shardedCluster") {
        QJsonArray components;
        for (int shard = 0; shard < cluster->shardCount; ++shard) {
            components.append(QJsonObject{{QStringLiteral("exportId"), context.ids.objectId()},
                                          {QStringLiteral("replicaSetName"),
                                           QStringLiteral("%1-shard-%2").arg(cluster->name).arg(shard)}});
        }
        doc.insert(QStringLiteral("components"), components);
    }
    const DocumentRow row{id, cluster->id, QStringLiteral("Queued"), now, doc};
    if (!context.store.putDocument(kExports, row))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(jobJson(request, *cluster, row));
}

} // namespace

DocumentRow refreshExportJob(SandboxContext &context, DocumentRow job)
{
    if (job.kind != u"Queued" && job.kind != u"InProgress")
        return job;
    const qint64 elapsed = context.now() - job.created;
    if (elapsed < kQueuedSeconds)
        return job;
    if (elapsed < kExportSeconds) {
        job.kind = QStringLiteral("InProgress");
        QJsonObject status = job.doc.value(u"exportStatus").toObject();
        const qint64 total = status.value(u"totalCollections").toInteger();
        status.insert(QStringLiteral("exportedCollections"),
                      total * (elapsed - kQueuedSeconds) / (kExportSeconds - kQueuedSeconds));
        job.doc.insert(QStringLiteral("exportStatus"), status);
        job.doc.insert(QStringLiteral("state"), job.kind);
        return job; // in progress is derived on every read, never stored
    }
    const qint64 finished = job.created + kExportSeconds;
    job.kind = QStringLiteral("Successful");
    job.doc.insert(QStringLiteral("state"), job.kind);
    job.doc.insert(QStringLiteral("finishedAt"), isoTime(finished));
    QJsonObject status = job.doc.value(u"exportStatus").toObject();
    status.insert(QStringLiteral("exportedCollections"), status.value(u"totalCollections"));
    job.doc.insert(QStringLiteral("exportStatus"), status);
    const auto cluster = context.store.clusterById(job.scopeId);
    context.store.transaction([&] {
        bool ok = context.store.putDocument(kExports, job);
        if (cluster) {
            ok = ok
                    && recordEvent(context, cluster->projectId, cluster->name,
                                   QStringLiteral("CPS_EXPORT_SUCCESSFUL"), finished,
                                   {{QStringLiteral("exportId"), job.id}});
        }
        return ok;
    });
    return job;
}

void registerExportJobHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupClusterBackupExports", listExports);
    dispatcher.handle("createGroupClusterBackupExport", createExport);
    dispatcher.handle("getGroupClusterBackupExport", getExport);
}

} // namespace snapline::sandbox
