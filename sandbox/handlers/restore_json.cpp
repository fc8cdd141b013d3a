// Restore jobs and backup snapshots in the contract's shapes, and body parsing.
#include "handlers/restore_json.h"

#include "handlers/json_render.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace snapline::sandbox {

namespace {

QString groupPath(const ClusterRow &c, const QString &rest)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/%2").arg(c.projectId, rest);
}

std::optional<QString> kindProblem(const QJsonValue &value, BodyFieldKind kind)
{
    static const QRegularExpression objectId(QStringLiteral("^[a-f0-9]{24}$"));
    static const QRegularExpression clusterName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9-]*$"));
    static const QRegularExpression itemName(QStringLiteral(R"(^[\p{L}\p{N}\-_.(),:&@+']{1,64}$)"));
    switch (kind) {
    case BodyFieldKind::ReadOnly:
        return std::nullopt;
    case BodyFieldKind::Int32: {
        const double d = value.toDouble();
        if (!value.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0)
            return QStringLiteral("must be a 32-bit integer");
        return std::nullopt;
    }
    default:
        break;
    }
    if (!value.isString())
        return QStringLiteral("must be a string");
    const QString text = value.toString();
    if (kind == BodyFieldKind::ObjectId && !objectId.match(text).hasMatch())
        return QStringLiteral("must be a 24-hexadecimal-digit id");
    if (kind == BodyFieldKind::ClusterName && !clusterName.match(text).hasMatch())
        return QStringLiteral("must be a cluster name (letters, digits and hyphens)");
    if (kind == BodyFieldKind::ItemName && !itemName.match(text).hasMatch())
        return QStringLiteral("must be 1 to 64 letters, digits or -_.(),:&@+'");
    return std::nullopt;
}

QString flexStatus(const QString &status)
{
    if (status == u"queued")
        return QStringLiteral("QUEUED");
    if (status == u"inProgress")
        return QStringLiteral("RUNNING");
    if (status == u"failed")
        return QStringLiteral("FAILED");
    return QStringLiteral("COMPLETED");
}

} // namespace

std::optional<ApiError> parseBody(const QByteArray &body, std::span<const BodyField> fields, QJsonObject &out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError::invalidJson();
    const QJsonObject object = document.object();
    out = {};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const BodyField &f) {
            return it.key() == QLatin1String(f.name);
        });
        if (field == fields.end()) {
            ApiError error = ApiError::invalidAttribute(it.key());
            error.addFieldViolation(it.key(), QStringLiteral("is not a field of this request"));
            return error;
        }
        if (field->kind == BodyFieldKind::ReadOnly || it.value().isNull())
            continue;
        if (const auto problem = kindProblem(it.value(), field->kind)) {
            ApiError error = ApiError::invalidAttribute(it.key());
            error.addFieldViolation(it.key(), *problem);
            return error;
        }
        out.insert(it.key(), it.value());
    }
    return std::nullopt;
}

ApiError missingAttribute(const QString &field)
{
    ApiError error(400, QStringLiteral("MISSING_ATTRIBUTE"),
                   QStringLiteral("The required attribute %1 was not specified.").arg(field));
    error.addFieldViolation(field, QStringLiteral("is required"));
    return error;
}

QStringList restoreDownloadUrls(const ApiRequest &request, const RestoreJobRow &job, const ClusterRow &source)
{
    QUrl base = request.url;
    base.setQuery(QString());
    QStringList names;
    if (source.topology == u"SHARDED") {
        for (int shard = 0; shard < source.shardCount; ++shard)
            names << QStringLiteral("%1-shard-%2").arg(source.name).arg(shard);
        names << QStringLiteral("%1-config-0").arg(source.name);
    } else {
        names << QStringLiteral("%1-shard-0").arg(source.name);
    }
    QStringList urls;
    for (const auto &name : names) {
        base.setPath(QStringLiteral("/backup/restore/%1/%2.tar.gz").arg(job.id, name));
        urls << base.toString();
    }
    return urls;
}

QJsonObject restoreJobJson(const ApiRequest &request, const RestoreJobRow &job, const ClusterRow &source,
                           const std::optional<SnapshotRow> &snapshot, bool serverless)
{
    QJsonObject out{{QStringLiteral("id"), job.id},
                    {QStringLiteral("deliveryType"), job.delivery},
                    {QStringLiteral("cancelled"), job.cancelled},
                    {QStringLiteral("failed"), job.failed},
                    {QStringLiteral("expired"), job.expired}};
    if (!job.snapshotId.isEmpty())
        out.insert(QStringLiteral("snapshotId"), job.snapshotId);
    if (snapshot)
        out.insert(QStringLiteral("timestamp"), isoTime(snapshot->created));
    if (job.expires > 0)
        out.insert(QStringLiteral("expiresAt"), isoTime(job.expires));
    if (job.finished > 0)
        out.insert(QStringLiteral("finishedAt"), isoTime(job.finished));
    if (job.delivery != u"download") {
        out.insert(QStringLiteral("targetClusterName"), job.targetCluster);
        out.insert(QStringLiteral("targetGroupId"), job.targetProjectId);
    }
    if (job.delivery == u"pointInTime") {
        if (job.pointInTimeSeconds.value_or(0) > 0)
            out.insert(QStringLiteral("pointInTimeUTCSeconds"), *job.pointInTimeSeconds);
        if (job.oplogTs.value_or(0) > 0) {
            out.insert(QStringLiteral("oplogTs"), *job.oplogTs);
            out.insert(QStringLiteral("oplogInc"), job.oplogInc.value_or(1));
            out.insert(QStringLiteral("desiredTimestamp"),
                       QJsonObject{{QStringLiteral("date"), isoTime(*job.oplogTs)},
                                   {QStringLiteral("increment"), job.oplogInc.value_or(1)}});
        }
    }
    // Links appear once the files are ready, and stop with the job's expiry.
    const bool ready = job.delivery == u"download" && job.finished > 0 && !job.failed && !job.cancelled
            && !job.expired;
    if (ready) {
        out.insert(QStringLiteral("deliveryUrl"), QJsonArray::fromStringList(job.deliveryUrls));
        if (!serverless && source.topology == u"SHARDED") {
            QJsonArray components;
            for (const auto &url : job.deliveryUrls) {
                const QString name = url.section(u'/', -1).section(u'.', 0, 0);
                components.append(QJsonObject{{QStringLiteral("replicaSetName"), name},
                                              {QStringLiteral("downloadUrl"), url},
                                              {QStringLiteral("privateDownloadDeliveryUrls"), QJsonArray()}});
            }
            out.insert(QStringLiteral("components"), components);
        }
    }
    const QString collection = serverless ? QStringLiteral("serverless") : QStringLiteral("clusters");
    out.insert(QStringLiteral("links"),
               selfLinks(request,
                         groupPath(source,
                                   QStringLiteral("%1/%2/backup/restoreJobs/%3")
                                           .arg(collection, source.name, job.id))));
    return out;
}

QJsonObject flexRestoreJobJson(const ApiRequest &request, const RestoreJobRow &job, const ClusterRow &source,
                               const std::optional<SnapshotRow> &snapshot, qint64 now)
{
    const bool download = job.delivery == u"download";
    QString status = QStringLiteral("RUNNING");
    if (job.failed)
        status = QStringLiteral("FAILED");
    else if (job.finished > 0)
        status = QStringLiteral("COMPLETED");
    else if (now - job.created < 5) // Atlas queues a job for a moment before it runs
        status = QStringLiteral("QUEUED");
    QJsonObject out{{QStringLiteral("id"), job.id},
                    {QStringLiteral("deliveryType"),
                     download ? QStringLiteral("DOWNLOAD") : QStringLiteral("RESTORE")},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("snapshotId"), job.snapshotId},
                    {QStringLiteral("instanceName"), source.name},
                    {QStringLiteral("projectId"), source.projectId},
                    {QStringLiteral("restoreScheduledDate"), isoTime(job.created)}};
    if (!download) {
        out.insert(QStringLiteral("targetDeploymentItemName"), job.targetCluster);
        out.insert(QStringLiteral("targetProjectId"), job.targetProjectId);
    }
    if (job.expires > 0)
        out.insert(QStringLiteral("expirationDate"), isoTime(job.expires));
    if (job.finished > 0)
        out.insert(QStringLiteral("restoreFinishedDate"), isoTime(job.finished));
    if (snapshot)
        out.insert(QStringLiteral("snapshotFinishedDate"), isoTime(snapshot->created + 5 * 60));
    if (download && job.finished > 0 && !job.failed && !job.deliveryUrls.isEmpty())
        out.insert(QStringLiteral("snapshotUrl"), job.deliveryUrls.first());
    out.insert(QStringLiteral("links"),
               selfLinks(request,
                         groupPath(source,
                                   QStringLiteral("flexClusters/%1/backup/restoreJobs/%2")
                                           .arg(source.name, job.id))));
    return out;
}

QJsonObject flexSnapshotJson(const ApiRequest &request, const SnapshotRow &s, const ClusterRow &cluster)
{
    QJsonObject out{{QStringLiteral("id"), s.id},
                    {QStringLiteral("status"), flexStatus(s.status)},
                    {QStringLiteral("mongoDBVersion"), s.mongodVersion},
                    {QStringLiteral("scheduledTime"), isoTime(s.created)},
                    {QStringLiteral("startTime"), isoTime(s.created)}};
    if (s.status == u"completed")
        out.insert(QStringLiteral("finishTime"), isoTime(s.created + 5 * 60));
    if (s.expires > 0)
        out.insert(QStringLiteral("expiration"), isoTime(s.expires));
    out.insert(QStringLiteral("links"),
               selfLinks(request,
                         groupPath(cluster,
                                   QStringLiteral("flexClusters/%1/backup/snapshots/%2")
                                           .arg(cluster.name, s.id))));
    return out;
}

QJsonObject serverlessSnapshotJson(const ApiRequest &request, const SnapshotRow &s, const ClusterRow &cluster)
{
    QJsonObject out{{QStringLiteral("id"), s.id},
                    {QStringLiteral("createdAt"), isoTime(s.created)},
                    {QStringLiteral("frequencyType"),
                     s.frequency == u"daily" ? QStringLiteral("daily") : QStringLiteral("hourly")},
                    {QStringLiteral("mongodVersion"), s.mongodVersion},
                    {QStringLiteral("serverlessInstanceName"), cluster.name},
                    {QStringLiteral("snapshotType"),
                     s.origin == u"onDemand" ? QStringLiteral("onDemand") : QStringLiteral("scheduled")},
                    {QStringLiteral("status"), s.status},
                    {QStringLiteral("storageSizeBytes"), s.sizeBytes}};
    if (s.expires > 0)
        out.insert(QStringLiteral("expiresAt"), isoTime(s.expires));
    out.insert(
            QStringLiteral("links"),
            selfLinks(
                    request,
                    groupPath(cluster,
                              QStringLiteral("serverless/%1/backup/snapshots/%2").arg(cluster.name, s.id))));
    return out;
}

} // namespace snapline::sandbox
