// Restore jobs of dedicated clusters, and the restore life cycle on the sandbox clock.
#include "handlers/restore_handlers.h"

#include "handlers/event_handlers.h"
#include "handlers/json_render.h"
#include "handlers/restore_json.h"

#include <QDateTime>

namespace snapline::sandbox {

using namespace restore_checks;

namespace {

constexpr qint64 kDay = 86400;

const BodyField kRestoreFields[] = {
        {"deliveryType", BodyFieldKind::String},
        {"snapshotId", BodyFieldKind::ObjectId},
        {"targetClusterName", BodyFieldKind::ClusterName},
        {"targetGroupId", BodyFieldKind::ObjectId},
        {"oplogTs", BodyFieldKind::Int32},
        {"oplogInc", BodyFieldKind::Int32},
        {"pointInTimeUTCSeconds", BodyFieldKind::Int32},
        {"id", BodyFieldKind::ReadOnly},
        {"cancelled", BodyFieldKind::ReadOnly},
        {"components", BodyFieldKind::ReadOnly},
        {"deliveryUrl", BodyFieldKind::ReadOnly},
        {"desiredTimestamp", BodyFieldKind::ReadOnly},
        {"expired", BodyFieldKind::ReadOnly},
        {"expiresAt", BodyFieldKind::ReadOnly},
        {"failed", BodyFieldKind::ReadOnly},
        {"finishedAt", BodyFieldKind::ReadOnly},
        {"links", BodyFieldKind::ReadOnly},
        {"privateDownloadDeliveryUrls", BodyFieldKind::ReadOnly},
        {"timestamp", BodyFieldKind::ReadOnly},
};

ApiError badValue(const QString &field, const QString &why)
{
    ApiError error = ApiError::invalidAttribute(field);
    error.addFieldViolation(field, why);
    return error;
}

bool hasCloudBackup(const ClusterRow &c)
{
    return c.kind == u"dedicated" && (c.backupKind == u"cloud" || c.backupKind == u"cloudContinuous");
}

// The restorable history of a source: its PIT ranges, window and blackouts.
PitSource pitSourceOf(SandboxContext &context, const ClusterRow &source, bool serverless)
{
    PitSource pit;
    if (serverless) {
        pit.pitEnabled = source.backupKind == u"serverlessContinuous";
        pit.windowSeconds = 72 * 3600;
        pit.ranges = {{source.id, source.created, 0}};
    } else {
        pit.pitEnabled = source.pitEnabled;
        const auto schedule = context.store.schedule(source.id);
        pit.windowSeconds = qint64(schedule ? schedule->policy.restoreWindowDays : 0) * kDay;
        pit.ranges = context.store.pitRanges(source.id);
    }
    pit.blackouts = restoreBlackoutsOf(context, source);
    for (const auto &s : context.store.snapshots(source.id)) {
        if (s.status == u"completed")
            pit.firstSnapshot = std::min(pit.firstSnapshot.value_or(s.created), s.created);
    }
    return pit;
}

// The newest completed snapshot at or before `moment`: where a PIT restore starts.
std::optional<SnapshotRow> baseSnapshot(SandboxContext &context, const ClusterRow &source, qint64 moment)
{
    for (const auto &s : context.store.snapshots(source.id)) { // newest first
        if (s.status == u"completed" && s.created <= moment)
            return s;
    }
    return std::nullopt;
}

std::optional<ApiError> checkSnapshot(SandboxContext &context, const ClusterRow &source, const QString &id,
                                      std::optional<SnapshotRow> &out)
{
    out = context.store.snapshot(source.id, id);
    if (!out)
        return ApiError::snapshotNotFound(id, source.name);
    if (out->status != u"completed") {
        return ApiError(409, QStringLiteral("SNAPSHOT_NOT_COMPLETED"),
                        QStringLiteral("Snapshot %1 is %2; only completed snapshots can be restored.")
                                .arg(id, out->status));
    }
    if (out->expires > 0 && out->expires <= context.now()) {
        return ApiError(400, QStringLiteral("SNAPSHOT_EXPIRED"),
                        QStringLiteral("Snapshot %1 expired on %2.").arg(id, isoTime(out->expires)));
    }
    return std::nullopt;
}

// Body rules that need no state: delivery type, required fields, PIT arguments.
std::optional<ApiError> checkShape(const QJsonObject &body, bool serverless)
{
    static const QStringList kDeliveries{QStringLiteral("automated"), QStringLiteral("download"),
                                         QStringLiteral("pointInTime")};
    if (!body.contains(u"deliveryType"))
        return missingAttribute(QStringLiteral("deliveryType"));
    const QString delivery = body.value(u"deliveryType").toString();
    if (!kDeliveries.contains(delivery)) {
        ApiError error(
                400, QStringLiteral("INVALID_ENUM_VALUE"),
                QStringLiteral("deliveryType must be one of automated, download, pointInTime; got '%1'.")
                        .arg(delivery));
        error.addFieldViolation(QStringLiteral("deliveryType"),
                                QStringLiteral("must be automated, download or pointInTime"));
        return error;
    }
    const bool pit = delivery == u"pointInTime";
    for (const char *field : {"pointInTimeUTCSeconds", "oplogTs", "oplogInc"}) {
        if (!pit && body.contains(QLatin1String(field)))
            return badValue(QString::fromLatin1(field),
                            QStringLiteral("is allowed only with deliveryType pointInTime"));
    }
    if (delivery != u"download" || serverless) {
        for (const char *field : {"targetClusterName", "targetGroupId"}) {
            if (!body.contains(QLatin1String(field)))
                return missingAttribute(QString::fromLatin1(field));
        }
    }
    if (!pit)
        return body.contains(u"snapshotId") ? std::nullopt
                                            : std::optional(missingAttribute(QStringLiteral("snapshotId")));
    const bool seconds = body.contains(u"pointInTimeUTCSeconds");
    const bool oplog = body.contains(u"oplogTs") || body.contains(u"oplogInc");
    if (seconds && oplog) {
        return ApiError(
                400, QStringLiteral("INVALID_POINT_IN_TIME_ATTRIBUTES"),
                QStringLiteral("Give either pointInTimeUTCSeconds or oplogTs with oplogInc, not both."));
    }
    if (!seconds && !oplog)
        return missingAttribute(QStringLiteral("pointInTimeUTCSeconds"));
    for (const char *field : {"oplogTs", "oplogInc"}) {
        if (oplog && !body.contains(QLatin1String(field)))
            return missingAttribute(QString::fromLatin1(field));
    }
    for (const char *field : {"pointInTimeUTCSeconds", "oplogTs"}) {
        if (body.contains(QLatin1String(field))
            && body.value(QLatin1String(field)).toInteger() < kMinimumPitSeconds)
            return badValue(QString::fromLatin1(field),
                            QStringLiteral("must be at least 1199145600 (2008-01-01)"));
    }
    if (oplog && body.value(u"oplogInc").toInteger() < 1)
        return ApiError::attributeNegativeOrZero(QStringLiteral("oplogInc"));
    return std::nullopt;
}

ApiReply sourceOr404(SandboxContext &context, const ApiRequest &request, std::optional<ClusterRow> &source)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(QStringLiteral("clusterName"));
    source = context.store.cluster(groupId, name);
    if (!source || (source->kind != u"dedicated" && source->kind != u"tenant")) {
        source.reset();
        return errorReply(ApiError::clusterNotFound(name, groupId));
    }
    return {};
}

ApiReply listJobs(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    std::optional<ClusterRow> source;
    if (ApiReply refusal = sourceOr404(context, request, source); !source)
        return refusal;
    QJsonArray items;
    for (const auto &job : settledJobs(context, *source))
        items.append(
                restoreJobJson(request, job, *source, context.store.snapshot(source->id, job.snapshotId)));
    return pagedReply(request, items);
}

ApiReply getJob(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    std::optional<ClusterRow> source;
    if (ApiReply refusal = sourceOr404(context, request, source); !source)
        return refusal;
    const QString id = request.param(QStringLiteral("restoreJobId"));
    const auto job = settledJob(context, *source, id);
    if (!job)
        return errorReply(restoreJobNotFound(id));
    return jsonReply(
            restoreJobJson(request, *job, *source, context.store.snapshot(source->id, job->snapshotId)));
}

ApiReply cancelJob(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    std::optional<ClusterRow> source;
    if (ApiReply refusal = sourceOr404(context, request, source); !source)
        return refusal;
    const QString id = request.param(QStringLiteral("restoreJobId"));
    auto job = settledJob(context, *source, id);
    if (!job)
        return errorReply(restoreJobNotFound(id));
    if (source->topology == u"SHARDED")
        return errorReply(ApiError::cancelShardRestoreJobNotAllowed(id));
    if (job->cancelled) {
        return errorReply(ApiError(400, QStringLiteral("RESTORE_JOB_ALREADY_CANCELLED"),
                                   QStringLiteral("Restore job %1 was already cancelled.").arg(id)));
    }
    if (job->finished > 0) {
        return errorReply(
                ApiError(400, QStringLiteral("CANNOT_CANCEL_FINISHED_RESTORE_JOB"),
                         QStringLiteral("Restore job %1 finished on %2 and can no longer be cancelled.")
                                 .arg(id, isoTime(job->finished))));
    }
    job->cancelled = true;
    job->finished = context.now();
    if (!context.store.updateRestoreJob(*job))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return ApiReply::noContent();
}

} // namespace

qint64 plannedRestoreSeconds(qint64 sizeBytes, const QString &delivery)
{
    const double gb = double(sizeBytes) / 1e9;
    double seconds = delivery == u"download" ? 20 + 0.5 * gb : 30 + 1.2 * gb;
    if (delivery == u"pointInTime")
        seconds += 45; // replaying the oplog up to the chosen moment
    return qint64(std::clamp(seconds, 20.0, 300.0));
}

bool addRestoreEvent(SandboxContext &context, const ClusterRow &cluster, const QString &type, qint64 at,
                     const QString &restoreJobId)
{
    return recordEvent(context, cluster.projectId, cluster.name, type, at,
                       {{QStringLiteral("restoreJobId"), restoreJobId}});
}

RestoreJobRow settleRestoreJob(SandboxContext &context, RestoreJobRow job)
{
    const qint64 now = context.now();
    bool finishedNow = false;
    bool changed = false;
    if (!job.cancelled && job.finished == 0 && now >= job.created + job.plannedSeconds) {
        job.finished = job.created + job.plannedSeconds;
        job.failed = job.plannedFailure;
        finishedNow = changed = true;
    }
    if (job.delivery == u"download" && !job.expired && job.expires > 0 && job.expires <= now) {
        job.expired = true;
        changed = true;
    }
    if (!changed)
        return job;
    const auto source = context.store.clusterById(job.clusterId);
    context.store.transaction([&] {
        bool ok = context.store.updateRestoreJob(job);
        if (ok && finishedNow && source && job.delivery != u"download") {
            ok = addRestoreEvent(context, *source,
                                 job.failed ? QStringLiteral("CPS_RESTORE_FAILED")
                                            : QStringLiteral("CPS_RESTORE_SUCCESSFUL"),
                                 job.finished, job.id);
        }
        return ok;
    });
    return job;
}

bool startRestoreJob(SandboxContext &context, const ClusterRow &source, RestoreJobRow &job,
                     qint64 linkLifetime)
{
    const double failureRate = context.store.meta(QString::fromLatin1(kRestoreFailureRateKey)).toDouble();
    if (job.id.isEmpty())
        job.id = context.ids.objectId();
    job.clusterId = source.id;
    job.created = context.now();
    job.plannedFailure = failureRate > 0 && context.ids.chance(failureRate);
    job.expires = job.created + job.plannedSeconds + linkLifetime;
    return context.store.transaction([&] {
        return context.store.insertRestoreJob(job)
                && addRestoreEvent(context, source, QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT"),
                                   job.created, job.id);
    });
}

std::optional<RestoreJobRow> settledJob(SandboxContext &context, const ClusterRow &cluster, const QString &id)
{
    const auto job = context.store.restoreJob(cluster.id, id);
    if (!job)
        return std::nullopt;
    return settleRestoreJob(context, *job);
}

QList<RestoreJobRow> settledJobs(SandboxContext &context, const ClusterRow &cluster)
{
    QList<RestoreJobRow> out;
    for (auto &job : context.store.restoreJobs(cluster.id))
        out << settleRestoreJob(context, std::move(job));
    return out;
}

QList<TimeWindow> restoreBlackoutsOf(SandboxContext &context, const ClusterRow &cluster)
{
    QList<RestoreJobRow> into;
    for (auto &job : context.store.restoreJobsInto(cluster.projectId, cluster.name))
        into << settleRestoreJob(context, std::move(job));
    return restoreBlackouts(into, context.store.snapshots(cluster.id));
}

std::optional<ApiError> checkNoRestoreRunningInto(SandboxContext &context, const ClusterRow &target)
{
    for (auto &job : context.store.restoreJobsInto(target.projectId, target.name)) {
        const RestoreJobRow settled = settleRestoreJob(context, std::move(job));
        if (settled.delivery != u"download" && settled.finished == 0 && !settled.cancelled) {
            return ApiError(409, QStringLiteral("RESTORE_ALREADY_IN_PROGRESS"),
                            QStringLiteral("Restore job %1 into cluster %2 is still running.")
                                    .arg(settled.id, target.name));
        }
    }
    return std::nullopt;
}

std::optional<ApiError> checkTargetRole(const Caller &caller, const ProjectRow &target,
                                        const QStringList &required)
{
    if (caller.meets(required, target.id, target.orgId))
        return std::nullopt;
    return ApiError(403, QStringLiteral("USER_UNAUTHORIZED"),
                    QStringLiteral("Restoring into project %1 needs one of these roles on it: %2.")
                            .arg(target.id, required.join(u", ")));
}

ApiReply createRestoreJob(const ApiRequest &request, const Caller &caller, SandboxContext &context,
                          const ClusterRow &source, bool serverless)
{
    QJsonObject body;
    if (auto error = parseBody(request.body, kRestoreFields, body))
        return errorReply(*error);
    if (auto error = checkShape(body, serverless))
        return errorReply(*error);
    if (!serverless && !hasCloudBackup(source)) {
        return errorReply(ApiError(
                400, QStringLiteral("CLUSTER_HAS_NO_CLOUD_BACKUP"),
                QStringLiteral("Cluster %1 has no Cloud Backup snapshots to restore.").arg(source.name)));
    }
    RestoreJobRow job;
    job.delivery = body.value(u"deliveryType").toString();
    job.requestedBy = caller.credential().id;
    std::optional<SnapshotRow> snapshot;
    if (job.delivery == u"pointInTime") {
        if (body.contains(u"pointInTimeUTCSeconds"))
            job.pointInTimeSeconds = body.value(u"pointInTimeUTCSeconds").toInteger();
        else {
            job.oplogTs = body.value(u"oplogTs").toInteger();
            job.oplogInc = body.value(u"oplogInc").toInteger();
        }
        if (body.contains(u"snapshotId")
            && !context.store.snapshot(source.id, body.value(u"snapshotId").toString()))
            return errorReply(ApiError::snapshotNotFound(body.value(u"snapshotId").toString(), source.name));
    } else if (auto error = checkSnapshot(context, source, body.value(u"snapshotId").toString(), snapshot)) {
        return errorReply(*error);
    }

    std::optional<ClusterRow> target;
    if (body.contains(u"targetGroupId") && job.delivery != u"download") {
        job.targetProjectId = body.value(u"targetGroupId").toString();
        job.targetCluster = body.value(u"targetClusterName").toString();
        const auto project = context.store.project(job.targetProjectId);
        if (!project)
            return errorReply(ApiError::groupNotFound(job.targetProjectId));
        const QStringList required = serverless ? QStringList{QStringLiteral("Project Owner")}
                                                : QStringList{QStringLiteral("Project Backup Manager")};
        if (auto error = checkTargetRole(caller, *project, required))
            return errorReply(*error);
        target = context.store.cluster(job.targetProjectId, job.targetCluster);
        if (!target)
            return errorReply(ApiError::clusterNotFound(job.targetCluster, job.targetProjectId));
        if (auto error = checkNoRestoreRunningInto(context, *target))
            return errorReply(*error);
    }
    if (job.delivery == u"pointInTime") {
        const qint64 moment = job.pointInTimeSeconds.value_or(job.oplogTs.value_or(0));
        if (auto error = checkPointInTime(moment, pitSourceOf(context, source, serverless), context.now()))
            return errorReply(*error);
        snapshot = baseSnapshot(context, source, moment);
    }
    if (target && snapshot) {
        if (auto error = checkTarget(*snapshot, source, *target))
            return errorReply(*error);
    }
    job.snapshotId = snapshot ? snapshot->id : QString();
    job.plannedSeconds = plannedRestoreSeconds(snapshot ? snapshot->sizeBytes : 0, job.delivery);
    job.id = context.ids.objectId();
    if (job.delivery == u"download")
        job.deliveryUrls = restoreDownloadUrls(request, job, source);
    if (!startRestoreJob(context, source, job))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(restoreJobJson(request, job, source, snapshot, serverless));
}

void registerRestoreHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupClusterBackupRestoreJobs", listJobs);
    dispatcher.handle("getGroupClusterBackupRestoreJob", getJob);
    dispatcher.handle("cancelGroupClusterBackupRestoreJob", cancelJob);
    dispatcher.handle("createGroupClusterBackupRestoreJob",
                      [](const ApiRequest &request, const Caller &caller, SandboxContext &context) {
                          std::optional<ClusterRow> source;
                          if (ApiReply refusal = sourceOr404(context, request, source); !source)
                              return refusal;
                          return createRestoreJob(request, caller, context, *source, false);
                      });
}

} // namespace snapline::sandbox
