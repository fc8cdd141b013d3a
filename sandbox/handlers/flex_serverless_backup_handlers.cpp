// Flex and serverless backup endpoints: snapshots, downloads and restore jobs.
#include "handlers/flex_serverless_backup_handlers.h"

#include "handlers/json_render.h"
#include "handlers/restore_handlers.h"
#include "handlers/restore_json.h"

namespace snapline::sandbox {

using namespace restore_checks;

namespace {

constexpr qint64 kFlexLinkLifetime = 4 * 3600; // a Flex download link works for 4 hours

const BodyField kFlexRestoreFields[] = {
        {"snapshotId", BodyFieldKind::ObjectId},
        {"targetDeploymentItemName", BodyFieldKind::ItemName},
        {"targetProjectId", BodyFieldKind::ObjectId},
        {"deliveryType", BodyFieldKind::ReadOnly},
        {"expirationDate", BodyFieldKind::ReadOnly},
        {"id", BodyFieldKind::ReadOnly},
        {"instanceName", BodyFieldKind::ReadOnly},
        {"links", BodyFieldKind::ReadOnly},
        {"projectId", BodyFieldKind::ReadOnly},
        {"restoreFinishedDate", BodyFieldKind::ReadOnly},
        {"restoreScheduledDate", BodyFieldKind::ReadOnly},
        {"snapshotFinishedDate", BodyFieldKind::ReadOnly},
        {"snapshotUrl", BodyFieldKind::ReadOnly},
        {"status", BodyFieldKind::ReadOnly},
};

const BodyField kFlexDownloadFields[] = {
        {"snapshotId", BodyFieldKind::ObjectId},
        {"links", BodyFieldKind::ReadOnly},
};

// The cluster named by the path (`nameParam`) if it is of `kind`.
std::optional<ClusterRow> clusterOf(SandboxContext &context, const ApiRequest &request,
                                    const QString &nameParam, const QString &kind, ApiReply &refusal)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(nameParam);
    auto cluster = context.store.cluster(groupId, name);
    if (!cluster || cluster->kind != kind) {
        refusal = errorReply(ApiError::clusterNotFound(name, groupId));
        return std::nullopt;
    }
    return cluster;
}

std::optional<ClusterRow> flexOf(SandboxContext &context, const ApiRequest &request, ApiReply &refusal)
{
    return clusterOf(context, request, QStringLiteral("name"), QStringLiteral("flex"), refusal);
}

std::optional<ClusterRow> serverlessOf(SandboxContext &context, const ApiRequest &request, ApiReply &refusal)
{
    return clusterOf(context, request, QStringLiteral("clusterName"), QStringLiteral("serverless"), refusal);
}

using SnapshotRender = QJsonObject (*)(const ApiRequest &, const SnapshotRow &, const ClusterRow &);

ApiReply listSnapshots(const ApiRequest &request, SandboxContext &context, const ClusterRow &cluster,
                       SnapshotRender render)
{
    return pagedReply(
            request,
            [&](int offset, int limit) {
                QJsonArray items;
                for (const auto &s : context.store.snapshots(cluster.id, offset, limit))
                    items.append(render(request, s, cluster));
                return items;
            },
            [&] { return qint64(context.store.snapshotCount(cluster.id)); });
}

ApiReply getSnapshot(const ApiRequest &request, SandboxContext &context, const ClusterRow &cluster,
                     SnapshotRender render)
{
    const QString id = request.param(QStringLiteral("snapshotId"));
    const auto snapshot = context.store.snapshot(cluster.id, id);
    if (!snapshot)
        return errorReply(ApiError::snapshotNotFound(id, cluster.name));
    return jsonReply(render(request, *snapshot, cluster));
}

// A completed snapshot of `cluster`, or the refusal.
std::optional<SnapshotRow> completedSnapshot(SandboxContext &context, const ClusterRow &cluster,
                                             const QString &id, ApiReply &refusal)
{
    auto snapshot = context.store.snapshot(cluster.id, id);
    if (!snapshot) {
        refusal = errorReply(ApiError::snapshotNotFound(id, cluster.name));
        return std::nullopt;
    }
    if (snapshot->status != u"completed") {
        refusal = errorReply(
                ApiError(409, QStringLiteral("SNAPSHOT_NOT_COMPLETED"),
                         QStringLiteral("Snapshot %1 is %2; only completed snapshots can be restored.")
                                 .arg(id, snapshot->status)));
        return std::nullopt;
    }
    return snapshot;
}

ApiReply flexJobReply(const ApiRequest &request, SandboxContext &context, const ClusterRow &flex,
                      const RestoreJobRow &job)
{
    return jsonReply(flexRestoreJobJson(request, job, flex, context.store.snapshot(flex.id, job.snapshotId),
                                        context.now()));
}

ApiReply downloadFlex(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    ApiReply refusal;
    const auto flex = flexOf(context, request, refusal);
    if (!flex)
        return refusal;
    QJsonObject body;
    if (auto error = parseBody(request.body, kFlexDownloadFields, body))
        return errorReply(*error);
    if (!body.contains(u"snapshotId"))
        return errorReply(missingAttribute(QStringLiteral("snapshotId")));
    const auto snapshot = completedSnapshot(context, *flex, body.value(u"snapshotId").toString(), refusal);
    if (!snapshot)
        return refusal;
    RestoreJobRow job;
    job.id = context.ids.objectId();
    job.delivery = QStringLiteral("download");
    job.snapshotId = snapshot->id;
    job.requestedBy = caller.credential().id;
    job.plannedSeconds = 15; // a Flex snapshot is at most 5 GB: the link is ready quickly
    QUrl url = request.url;
    url.setQuery(QString());
    url.setPath(QStringLiteral("/backup/flex/%1/%2.tar.gz").arg(job.id, flex->name));
    job.deliveryUrls = {url.toString()};
    if (!startRestoreJob(context, *flex, job, kFlexLinkLifetime))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return flexJobReply(request, context, *flex, job);
}

ApiReply createFlexRestore(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    ApiReply refusal;
    const auto flex = flexOf(context, request, refusal);
    if (!flex)
        return refusal;
    QJsonObject body;
    if (auto error = parseBody(request.body, kFlexRestoreFields, body))
        return errorReply(*error);
    for (const char *field : {"snapshotId", "targetDeploymentItemName"}) {
        if (!body.contains(QLatin1String(field)))
            return errorReply(missingAttribute(QString::fromLatin1(field)));
    }
    const auto snapshot = completedSnapshot(context, *flex, body.value(u"snapshotId").toString(), refusal);
    if (!snapshot)
        return refusal;
    RestoreJobRow job;
    job.delivery = QStringLiteral("automated");
    job.snapshotId = snapshot->id;
    job.requestedBy = caller.credential().id;
    job.targetProjectId = body.value(u"targetProjectId").toString(flex->projectId);
    job.targetCluster = body.value(u"targetDeploymentItemName").toString();
    const auto project = context.store.project(job.targetProjectId);
    if (!project)
        return errorReply(ApiError::groupNotFound(job.targetProjectId));
    if (auto error = checkTargetRole(caller, *project, {QStringLiteral("Project Backup Manager")}))
        return errorReply(*error);
    const auto target = context.store.cluster(job.targetProjectId, job.targetCluster);
    if (!target)
        return errorReply(ApiError::clusterNotFound(job.targetCluster, job.targetProjectId));
    if (auto error = checkNoRestoreRunningInto(context, *target))
        return errorReply(*error);
    if (auto error = checkFlexTarget(*snapshot, *target))
        return errorReply(*error);
    job.plannedSeconds = plannedRestoreSeconds(snapshot->sizeBytes, job.delivery);
    if (!startRestoreJob(context, *flex, job))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return flexJobReply(request, context, *flex, job);
}

} // namespace

void registerFlexServerlessBackupHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupFlexClusterBackupSnapshots",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto flex = flexOf(c, r, refusal);
                          return flex ? listSnapshots(r, c, *flex, flexSnapshotJson) : refusal;
                      });
    dispatcher.handle("getGroupFlexClusterBackupSnapshot",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto flex = flexOf(c, r, refusal);
                          return flex ? getSnapshot(r, c, *flex, flexSnapshotJson) : refusal;
                      });
    dispatcher.handle("downloadGroupFlexClusterBackup", downloadFlex);
    dispatcher.handle("createGroupFlexClusterBackupRestoreJob", createFlexRestore);
    dispatcher.handle("listGroupFlexClusterBackupRestoreJobs",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto flex = flexOf(c, r, refusal);
                          if (!flex)
                              return refusal;
                          QJsonArray items;
                          for (const auto &job : settledJobs(c, *flex))
                              items.append(flexRestoreJobJson(
                                      r, job, *flex, c.store.snapshot(flex->id, job.snapshotId), c.now()));
                          return pagedReply(r, items);
                      });
    dispatcher.handle("getGroupFlexClusterBackupRestoreJob",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto flex = flexOf(c, r, refusal);
                          if (!flex)
                              return refusal;
                          const QString id = r.param(QStringLiteral("restoreJobId"));
                          const auto job = settledJob(c, *flex, id);
                          return job ? flexJobReply(r, c, *flex, *job) : errorReply(restoreJobNotFound(id));
                      });

    dispatcher.handle("listGroupServerlessBackupSnapshots",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto instance = serverlessOf(c, r, refusal);
                          return instance ? listSnapshots(r, c, *instance, serverlessSnapshotJson) : refusal;
                      });
    dispatcher.handle("getGroupServerlessBackupSnapshot",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto instance = serverlessOf(c, r, refusal);
                          return instance ? getSnapshot(r, c, *instance, serverlessSnapshotJson) : refusal;
                      });
    dispatcher.handle("createGroupServerlessBackupRestoreJob",
                      [](const ApiRequest &r, const Caller &who, SandboxContext &c) {
                          ApiReply refusal;
                          const auto instance = serverlessOf(c, r, refusal);
                          return instance ? createRestoreJob(r, who, c, *instance, true) : refusal;
                      });
    dispatcher.handle("listGroupServerlessBackupRestoreJobs",
                      [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                          ApiReply refusal;
                          const auto instance = serverlessOf(c, r, refusal);
                          if (!instance)
                              return refusal;
                          QJsonArray items;
                          for (const auto &job : settledJobs(c, *instance))
                              items.append(restoreJobJson(r, job, *instance,
                                                          c.store.snapshot(instance->id, job.snapshotId),
                                                          true));
                          return pagedReply(r, items);
                      });
    dispatcher.handle(
            "getGroupServerlessBackupRestoreJob", [](const ApiRequest &r, const Caller &, SandboxContext &c) {
                ApiReply refusal;
                const auto instance = serverlessOf(c, r, refusal);
                if (!instance)
                    return refusal;
                const QString id = r.param(QStringLiteral("restoreJobId"));
                const auto job = settledJob(c, *instance, id);
                return job ? jsonReply(restoreJobJson(r, *job, *instance,
                                                      c.store.snapshot(instance->id, job->snapshotId), true))
                           : errorReply(restoreJobNotFound(id));
            });
}

} // namespace snapline::sandbox
