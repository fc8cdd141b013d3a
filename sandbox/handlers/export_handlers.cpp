#include "handlers/export_handlers.h"

#include "handlers/json_render.h"
#include "handlers/misc_handlers_registry.h"

#include <QRegularExpression>

namespace snapline::sandbox {

namespace {

const QString kBuckets = QStringLiteral("buckets");

// The fields each provider's request accepts (DiskBackupSnapshot*ExportBucketRequest).
QStringList requestFields(const QString &provider)
{
    if (provider == u"AWS")
        return {QStringLiteral("cloudProvider"), QStringLiteral("bucketName"), QStringLiteral("iamRoleId"),
                QStringLiteral("requirePrivateNetworking")};
    if (provider == u"AZURE")
        return {QStringLiteral("cloudProvider"), QStringLiteral("bucketName"), QStringLiteral("roleId"),
                QStringLiteral("serviceUrl"), QStringLiteral("tenantId")};
    return {QStringLiteral("cloudProvider"), QStringLiteral("bucketName"), QStringLiteral("roleId")};
}

QString bucketPath(const QString &projectId, const QString &bucketId)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/backup/exportBuckets/%2").arg(projectId, bucketId);
}

QJsonObject bucketJson(const ApiRequest &request, const DocumentRow &row)
{
    QJsonObject out = row.doc;
    out.insert(QStringLiteral("links"), selfLinks(request, bucketPath(row.scopeId, row.id)));
    return out;
}

// The 2023-01-01 version of the bucket endpoints knows AWS buckets only.
bool visibleIn(const ApiRequest &request, const DocumentRow &row)
{
    return request.version != u"2023-01-01" || row.kind == u"AWS";
}

ApiReply fieldError(const QString &field, const QString &description)
{
    return errorReply(ApiError::invalidAttribute(field).addFieldViolation(field, description));
}

std::optional<DocumentRow> findBucket(const ApiRequest &request, SandboxContext &context, ApiReply &refusal)
{
    const QString id = request.param(QStringLiteral("exportBucketId"));
    auto row = context.store.document(kBuckets, id);
    if (!row || row->scopeId != request.param(QStringLiteral("groupId")) || !visibleIn(request, *row)) {
        refusal = errorReply(ApiError::resourceNotFound(QStringLiteral("export bucket %1").arg(id)));
        return std::nullopt;
    }
    return row;
}

ApiReply listBuckets(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    QJsonArray items;
    for (const DocumentRow &row :
         context.store.documents(kBuckets, request.param(QStringLiteral("groupId")))) {
        if (visibleIn(request, row))
            items.append(bucketJson(request, row));
    }
    return pagedReply(request, items);
}

ApiReply getBucket(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto row = findBucket(request, context, refusal);
    return row ? jsonReply(bucketJson(request, *row)) : refusal;
}

// Validates a create body; answers the stored document or sets `refusal`.
std::optional<QJsonObject> bucketFromBody(const ApiRequest &request, const QJsonObject &body,
                                          ApiReply &refusal)
{
    static const QRegularExpression hex24(QStringLiteral("^[a-f0-9]{24}$"));
    static const QRegularExpression azureUrl(QStringLiteral(
            "^https://([a-z0-9]{3,24})\\.blob\\.core\\.windows\\.net(?:/([a-z0-9-]{3,63}))?/?$"));
    const QJsonValue providerValue = body.value(u"cloudProvider");
    const QString provider = providerValue.toString();
    const QStringList providers = request.version == u"2023-01-01"
            ? QStringList{QStringLiteral("AWS")}
            : QStringList{QStringLiteral("AWS"), QStringLiteral("AZURE"), QStringLiteral("GCP")};
    if (!providerValue.isString() || !providers.contains(provider)) {
        refusal = fieldError(QStringLiteral("cloudProvider"),
                             QStringLiteral("is required and must be one of %1").arg(providers.join(u", ")));
        return std::nullopt;
    }
    const QStringList allowed = requestFields(provider);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key())) {
            refusal = fieldError(it.key(),
                                 QStringLiteral("is not a field of a %1 export bucket").arg(provider));
            return std::nullopt;
        }
        const bool isBool = it.key() == u"requirePrivateNetworking";
        if (isBool ? !it.value().isBool() : !it.value().isString()) {
            refusal = wrongType(it.key(), isBool ? QStringLiteral("a boolean") : QStringLiteral("a string"));
            return std::nullopt;
        }
    }
    QJsonObject doc{{QStringLiteral("cloudProvider"), provider}};
    QString bucketName = body.value(u"bucketName").toString();
    const QString roleField = provider == u"AWS" ? QStringLiteral("iamRoleId") : QStringLiteral("roleId");
    const QString role = body.value(roleField).toString();
    if (!hex24.match(role).hasMatch()) {
        refusal = fieldError(roleField, QStringLiteral("is required and must be 24 hexadecimal digits"));
        return std::nullopt;
    }
    doc.insert(roleField, role);
    if (provider == u"AZURE") {
        const QString url = body.value(u"serviceUrl").toString();
        const auto match = azureUrl.match(url);
        if (url.size() < 33 || url.size() > 2048 || !match.hasMatch()) {
            refusal = fieldError(
                    QStringLiteral("serviceUrl"),
                    QStringLiteral("is required: https://<account>.blob.core.windows.net[/<container>], "
                                   "33 to 2048 characters"));
            return std::nullopt;
        }
        if (!body.contains(u"bucketName"))
            bucketName = match.captured(2); // the container named in the URL
        doc.insert(QStringLiteral("serviceUrl"), url);
        if (body.contains(u"tenantId"))
            doc.insert(QStringLiteral("tenantId"), body.value(u"tenantId"));
    }
    if (bucketName.size() < 3 || bucketName.size() > 63) {
        refusal = fieldError(QStringLiteral("bucketName"),
                             QStringLiteral("is required and must be 3 to 63 characters"));
        return std::nullopt;
    }
    doc.insert(QStringLiteral("bucketName"), bucketName);
    if (provider == u"AWS") {
        doc.insert(QStringLiteral("requirePrivateNetworking"),
                   body.value(u"requirePrivateNetworking").toBool(false));
        doc.insert(QStringLiteral("region"), QStringLiteral("us-east-1"));
    }
    return doc;
}

ApiReply createBucket(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto body = requestObject(request, refusal);
    if (!body)
        return refusal;
    auto doc = bucketFromBody(request, *body, refusal);
    if (!doc)
        return refusal;
    const QString projectId = request.param(QStringLiteral("groupId"));
    for (const DocumentRow &row : context.store.documents(kBuckets, projectId)) {
        if (row.kind == doc->value(u"cloudProvider").toString()
            && row.doc.value(u"bucketName") == doc->value(u"bucketName")) {
            return errorReply(ApiError(400, QStringLiteral("EXPORT_BUCKET_ALREADY_EXISTS"),
                                       QStringLiteral("Export bucket %1 is already set up in this project.")
                                               .arg(doc->value(u"bucketName").toString())));
        }
    }
    const QString id = context.ids.objectId();
    doc->insert(QStringLiteral("_id"), id);
    const DocumentRow row{id, projectId, doc->value(u"cloudProvider").toString(), context.now(), *doc};
    if (!context.store.putDocument(kBuckets, row))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(bucketJson(request, row));
}

ApiReply updateBucket(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto body = requestObject(request, refusal);
    if (!body)
        return refusal;
    auto row = findBucket(request, context, refusal);
    if (!row)
        return refusal;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"requirePrivateNetworking")
            return fieldError(it.key(),
                              QStringLiteral("cannot be changed; only requirePrivateNetworking can"));
    }
    const QJsonValue value = body->value(u"requirePrivateNetworking");
    if (!value.isBool())
        return wrongType(QStringLiteral("requirePrivateNetworking"), QStringLiteral("a boolean (required)"));
    if (row->kind != u"AWS")
        return fieldError(QStringLiteral("requirePrivateNetworking"),
                          QStringLiteral("applies to AWS buckets only"));
    row->doc.insert(QStringLiteral("requirePrivateNetworking"), value.toBool());
    if (!context.store.putDocument(kBuckets, *row))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(bucketJson(request, *row));
}

ApiReply deleteBucket(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto row = findBucket(request, context, refusal);
    if (!row)
        return refusal;
    for (const ClusterRow &cluster : context.store.clusters(row->scopeId)) {
        for (const DocumentRow &stored : context.store.documents(QStringLiteral("exports"), cluster.id)) {
            if (stored.doc.value(u"exportBucketId").toString() != row->id)
                continue;
            const DocumentRow job = refreshExportJob(context, stored);
            if (job.kind == u"Queued" || job.kind == u"InProgress") {
                return errorReply(
                        ApiError(400, QStringLiteral("EXPORT_BUCKET_IN_USE"),
                                 QStringLiteral("Export job %1 of cluster %2 is still writing to bucket %3.")
                                         .arg(job.id, cluster.name, row->id)));
            }
        }
    }
    if (!context.store.deleteDocument(kBuckets, row->id))
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return ApiReply::noContent();
}

} // namespace

void registerExportHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupBackupExportBuckets", listBuckets);
    dispatcher.handle("createGroupBackupExportBucket", createBucket);
    dispatcher.handle("getGroupBackupExportBucket", getBucket);
    dispatcher.handle("updateGroupBackupExportBucket", updateBucket);
    dispatcher.handle("deleteGroupBackupExportBucket", deleteBucket);
    registerExportJobHandlers(dispatcher);
}

} // namespace snapline::sandbox
