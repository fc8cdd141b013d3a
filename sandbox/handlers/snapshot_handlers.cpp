#include "handlers/snapshot_handlers.h"

#include "handlers/json_render.h"
#include "handlers/snapshot_json.h"
#include "handlers/snapshot_page_writer.h"
#include "rules/policy_checks.h"
#include "seed/schedule_times.h"

namespace snapline::sandbox {

namespace {

constexpr qint64 kDay = 86400;
const QString kSharded = QStringLiteral("shardedCluster");

// The contract lists no 409 for takeSnapshots: a concurrent on-demand request is a bad request.
ApiError onDemandInProgress(const QString &clusterName)
{
    return ApiError(
            400, QStringLiteral("ON_DEMAND_SNAPSHOT_ALREADY_IN_PROGRESS"),
            QStringLiteral("An on-demand snapshot of cluster %1 is queued or in progress; wait for it to "
                           "finish before taking another.")
                    .arg(clusterName));
}

ApiError queryError(const QString &parameter, const QString &why)
{
    ApiError error(400, QStringLiteral("INVALID_QUERY_PARAMETER"),
                   QStringLiteral("Invalid query parameter %1: %2").arg(parameter, why));
    error.addParameter(QJsonObject{{QStringLiteral("name"), parameter}});
    return error;
}

// A non-negative int64 query parameter; nullopt when absent, `bad` set when present but not a number.
std::optional<qint64> int64Query(const ApiRequest &request, const QString &name, bool &bad)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

ApiReply listSnapshots(const ApiRequest &request, SandboxContext &context, const QString &topology)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    if (topology.isEmpty()) { // the closest-snapshot filters exist on the replica-set list only
        bool bad = false;
        const auto pit = int64Query(request, QStringLiteral("pointInTimeUtcSeconds"), bad);
        if (bad)
            return errorReply(
                    queryError(QStringLiteral("pointInTimeUtcSeconds"), QStringLiteral("not epoch seconds")));
        const auto oplogTs = int64Query(request, QStringLiteral("oplogTs"), bad);
        if (bad)
            return errorReply(queryError(QStringLiteral("oplogTs"), QStringLiteral("not epoch seconds")));
        const auto oplogInc = int64Query(request, QStringLiteral("oplogInc"), bad);
        if (bad)
            return errorReply(
                    queryError(QStringLiteral("oplogInc"), QStringLiteral("not a non-negative integer")));
        if (pit && (oplogTs || oplogInc)) {
            return errorReply(queryError(QStringLiteral("pointInTimeUtcSeconds"),
                                         QStringLiteral("cannot be combined with oplogTs and oplogInc")));
        }
        if (oplogTs.has_value() != oplogInc.has_value()) {
            return errorReply(queryError(oplogTs ? QStringLiteral("oplogInc") : QStringLiteral("oplogTs"),
                                         QStringLiteral("oplogTs and oplogInc must be sent together")));
        }
        if (pit || oplogTs) {
            const auto closest
                    = context.store.completedSnapshotBefore(cluster->id, {}, pit ? *pit : *oplogTs);
            QJsonArray results;
            if (closest)
                results.append(snapshotJson(request, *cluster, *closest));
            return pagedReply(request, results);
        }
    }
    const ClusterRow c = *cluster;
    // Pages of up to 500 snapshots are the sandbox's largest answers: written as bytes directly.
    const SnapshotPageWriter writer(request, c);
    return pagedBytesReply(
            request,
            [&](JsonWriter &json, int offset, int limit) {
                SnapshotCursor rows = context.store.snapshotPage(c.id, topology, offset, limit);
                while (rows.next())
                    writer.write(json, rows);
            },
            [&] { return qint64(context.store.snapshotCountOfTopology(c.id, topology)); });
}

// The snapshot the path names; the shardedCluster paths name sharded snapshots only.
std::optional<SnapshotRow> findSnapshot(const ApiRequest &request, SandboxContext &context,
                                        const ClusterRow &cluster, bool shardedPath,
                                        std::optional<ApiError> &error)
{
    const QString id = request.param(QStringLiteral("snapshotId"));
    auto snapshot = context.store.snapshot(cluster.id, id);
    if (!snapshot || (shardedPath && !isShardedSnapshot(*snapshot))) {
        error = ApiError::snapshotNotFound(id, cluster.name);
        return std::nullopt;
    }
    return snapshot;
}

ApiReply getSnapshot(const ApiRequest &request, SandboxContext &context, bool shardedPath)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    const auto snapshot = findSnapshot(request, context, *cluster, shardedPath, error);
    if (!snapshot)
        return errorReply(*error);
    return jsonReply(snapshotJson(request, *cluster, *snapshot));
}

ApiReply deleteSnapshot(const ApiRequest &request, const Caller &caller, SandboxContext &context,
                        bool shardedPath)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    const auto snapshot = findSnapshot(request, context, *cluster, shardedPath, error);
    if (!snapshot)
        return errorReply(*error);
    if (compliancePolicyOf(context.store, cluster->projectId)) {
        return errorReply(
                complianceRefusal(QStringLiteral("The project's Backup Compliance Policy forbids deleting "
                                                 "snapshot %1.")
                                          .arg(snapshot->id)));
    }
    const bool done = context.store.transaction([&] {
        return context.store.deleteSnapshot(snapshot->id)
                && appendEvent(context, caller, cluster->projectId, cluster->name,
                               QStringLiteral("CPS_SNAPSHOT_DELETED_AUDIT"),
                               {{QStringLiteral("snapshotId"), snapshot->id}});
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return ApiReply::noContent();
}

ApiReply updateRetention(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    auto snapshot = findSnapshot(request, context, *cluster, false, error);
    if (!snapshot)
        return errorReply(*error);
    QJsonObject body;
    if (auto e = parseObjectBody(request.body, body))
        return errorReply(*e);
    const QStringList known{QStringLiteral("retentionUnit"), QStringLiteral("retentionValue"),
                            QStringLiteral("links")};
    std::optional<QString> unitText;
    std::optional<int> value;
    for (auto e :
         {checkKnownFields(body, known), readString(body, QStringLiteral("retentionUnit"), {}, unitText),
          readInt(body, QStringLiteral("retentionValue"), {}, value)}) {
        if (e)
            return errorReply(*e);
    }
    if (!unitText || !value) {
        const QString field = unitText ? QStringLiteral("retentionValue") : QStringLiteral("retentionUnit");
        return errorReply(
                fieldError(QStringLiteral("MISSING_ATTRIBUTE"), field, QStringLiteral("is required")));
    }
    // Snapshot retention is spelled in UPPERCASE, unlike policy items.
    const QStringList units{QStringLiteral("DAYS"), QStringLiteral("WEEKS"), QStringLiteral("MONTHS"),
                            QStringLiteral("YEARS")};
    if (!units.contains(*unitText)) {
        return errorReply(fieldError(QStringLiteral("INVALID_ENUM_VALUE"), QStringLiteral("retentionUnit"),
                                     QStringLiteral("must be one of DAYS, WEEKS, MONTHS, YEARS")));
    }
    if (*value <= 0) {
        ApiError e = ApiError::attributeNegativeOrZero(QStringLiteral("retentionValue"));
        e.addFieldViolation(QStringLiteral("retentionValue"), QStringLiteral("must be at least 1"));
        return errorReply(e);
    }
    const Retention retention{RetentionUnit(units.indexOf(*unitText)), *value};
    const qint64 expires = snapshot->created + retentionSeconds(retention);
    if (expires <= context.now()) {
        return errorReply(fieldError(QStringLiteral("INVALID_RETENTION_PERIOD"),
                                     QStringLiteral("retentionValue"),
                                     QStringLiteral("the snapshot would expire at %1, which is already past")
                                             .arg(isoTime(expires))));
    }
    if (const auto bcp = compliancePolicyOf(context.store, cluster->projectId)) {
        if (expires < snapshot->expires) {
            return errorReply(
                    complianceRefusal(QStringLiteral("The project's Backup Compliance Policy forbids "
                                                     "shortening the retention of snapshot %1.")
                                              .arg(snapshot->id)));
        }
        if (snapshot->origin == u"onDemand" && bcp->onDemandRetention
            && retentionSeconds(retention) < retentionSeconds(*bcp->onDemandRetention)) {
            return errorReply(
                    complianceRefusal(QStringLiteral("The project's Backup Compliance Policy keeps on-demand "
                                                     "snapshots at least %1 %2.")
                                              .arg(bcp->onDemandRetention->value)
                                              .arg(toString(bcp->onDemandRetention->unit))));
        }
    }
    snapshot->expires = expires;
    const bool done = context.store.transaction([&] {
        return context.store.updateSnapshot(*snapshot)
                && appendEvent(context, caller, cluster->projectId, cluster->name,
                               QStringLiteral("CPS_SNAPSHOT_RETENTION_MODIFIED_AUDIT"),
                               {{QStringLiteral("snapshotId"), snapshot->id}});
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(snapshotJson(request, *cluster, *snapshot));
}

ApiReply takeSnapshot(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    QJsonObject body;
    if (auto e = parseObjectBody(request.body, body))
        return errorReply(*e);
    const QStringList known{QStringLiteral("description"), QStringLiteral("retentionInDays"),
                            QStringLiteral("links")};
    std::optional<QString> description;
    std::optional<int> days;
    for (auto e :
         {checkKnownFields(body, known), readString(body, QStringLiteral("description"), {}, description),
          readInt(body, QStringLiteral("retentionInDays"), {}, days)}) {
        if (e)
            return errorReply(*e);
    }
    if (days && *days < 1) {
        ApiError e = ApiError::attributeNegativeOrZero(QStringLiteral("retentionInDays"));
        e.addFieldViolation(QStringLiteral("retentionInDays"), QStringLiteral("must be at least 1"));
        return errorReply(e);
    }
    if (!cluster->backupEnabled) {
        return errorReply(
                ApiError(400, QStringLiteral("CLOUD_BACKUP_NOT_ENABLED"),
                         QStringLiteral("Cloud Backup is disabled on cluster %1.").arg(cluster->name)));
    }
    const int retentionDays = days.value_or(1);
    if (const auto bcp = compliancePolicyOf(context.store, cluster->projectId)) {
        if (bcp->onDemandRetention
            && retentionDays * double(kDay) < double(retentionSeconds(*bcp->onDemandRetention))) {
            return errorReply(
                    complianceRefusal(QStringLiteral("The project's Backup Compliance Policy keeps on-demand "
                                                     "snapshots at least %1 %2; retentionInDays is %3.")
                                              .arg(bcp->onDemandRetention->value)
                                              .arg(toString(bcp->onDemandRetention->unit))
                                              .arg(retentionDays)));
        }
    }
    if (context.store.hasUnfinishedOnDemandSnapshot(cluster->id))
        return errorReply(onDemandInProgress(cluster->name));

    SnapshotRow s;
    s.id = context.ids.objectId();
    s.clusterId = cluster->id;
    s.created = context.now();
    s.expires = s.created + qint64(retentionDays) * kDay;
    s.frequency = QStringLiteral("ondemand");
    s.origin = QStringLiteral("onDemand");
    s.status = QStringLiteral("queued");
    s.mongodVersion = cluster->mongoVersion;
    s.topology = cluster->topology == u"SHARDED" ? kSharded : QStringLiteral("replicaSet");
    if (s.topology == kSharded) {
        for (int i = 0; i <= cluster->shardCount; ++i) // every shard and the config server
            s.memberIds << context.ids.objectId();
    }
    s.description = description.value_or(QString());
    const bool done = context.store.transaction([&] {
        return context.store.insertSnapshot(s)
                && appendEvent(context, caller, cluster->projectId, cluster->name,
                               QStringLiteral("CPS_ON_DEMAND_SNAPSHOT_REQUESTED"),
                               {{QStringLiteral("snapshotId"), s.id}});
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(snapshotJson(request, *cluster, s));
}

} // namespace

std::optional<ClusterRow> cloudBackupCluster(const ApiRequest &request, SandboxContext &context,
                                             std::optional<ApiError> &error)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(QStringLiteral("clusterName"));
    const auto cluster = context.store.cluster(groupId, name);
    if (!cluster || (cluster->kind != u"dedicated" && cluster->kind != u"tenant")) {
        error = ApiError::clusterNotFound(name, groupId);
        return std::nullopt;
    }
    if (cluster->kind == u"tenant"
        || (cluster->backupKind != u"cloud" && cluster->backupKind != u"cloudContinuous")) {
        const QString why = cluster->kind == u"tenant" ? QStringLiteral("it is an M0/M2/M5 cluster")
                : cluster->backupKind == u"legacy"     ? QStringLiteral("it uses legacy backup")
                                                       : QStringLiteral("backup is not enabled");
        error = ApiError(400, QStringLiteral("CLOUD_BACKUP_NOT_ENABLED"),
                         QStringLiteral("Cluster %1 has no Cloud Backup: %2.").arg(name, why));
        return std::nullopt;
    }
    return cluster;
}

void registerSnapshotHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle(
            "listGroupClusterBackupSnapshots",
            [](const ApiRequest &r, const Caller &, SandboxContext &c) { return listSnapshots(r, c, {}); });
    dispatcher.handle("listGroupClusterBackupSnapshotShardedClusters",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          return listSnapshots(r, c, kSharded);
                      });
    dispatcher.handle(
            "getGroupClusterBackupSnapshot",
            [](const ApiRequest &r, const Caller &, SandboxContext &c) { return getSnapshot(r, c, false); });
    dispatcher.handle(
            "getGroupClusterBackupSnapshotShardedCluster",
            [](const ApiRequest &r, const Caller &, SandboxContext &c) { return getSnapshot(r, c, true); });
    dispatcher.handle("deleteGroupClusterBackupSnapshot",
                      [](const ApiRequest &r, const Caller &who, SandboxContext &c) {
                          return deleteSnapshot(r, who, c, false);
                      });
    dispatcher.handle("deleteGroupClusterBackupSnapshotShardedCluster",
                      [](const ApiRequest &r, const Caller &who, SandboxContext &c) {
                          return deleteSnapshot(r, who, c, true);
                      });
    dispatcher.handle("updateGroupClusterBackupSnapshot", updateRetention);
    dispatcher.handle("takeGroupClusterBackupSnapshots", takeSnapshot);
}

} // namespace snapline::sandbox
