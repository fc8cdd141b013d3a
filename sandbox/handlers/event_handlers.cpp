#include "handlers/event_handlers.h"

#include "handlers/json_render.h"
#include "handlers/misc_handlers_registry.h"

#include <QDateTime>
#include <QJsonArray>

namespace snapline::sandbox {

namespace {

// Fields of the event views the contract defines for the backup types (DefaultEventViewForNdsGroup);
// the stored `clusterName` and ids such as `snapshotId` are the sandbox's bookkeeping, not the view's.
const QStringList &viewFields()
{
    static const QStringList fields{
            QStringLiteral("apiKeyId"),      QStringLiteral("created"), QStringLiteral("delegatePrincipal"),
            QStringLiteral("eventTypeName"), QStringLiteral("groupId"), QStringLiteral("id"),
            QStringLiteral("isGlobalAdmin"), QStringLiteral("orgId"),   QStringLiteral("publicKey"),
            QStringLiteral("remoteAddress"), QStringLiteral("userId"),  QStringLiteral("username"),
    };
    return fields;
}

QJsonObject eventJson(const ApiRequest &request, const DocumentRow &row, bool includeRaw)
{
    QJsonObject out;
    for (const QString &field : viewFields()) {
        if (row.doc.contains(field))
            out.insert(field, row.doc.value(field));
    }
    if (includeRaw) {
        // `raw` is the internal document Atlas stored; the sandbox's is the whole record.
        QJsonObject raw = row.doc;
        raw.insert(QStringLiteral("_t"), QStringLiteral("NDS_BACKUP_AUDIT"));
        out.insert(QStringLiteral("raw"), raw);
    }
    out.insert(
            QStringLiteral("links"),
            selfLinks(request, QStringLiteral("/api/atlas/v2/groups/%1/events/%2").arg(row.scopeId, row.id)));
    return out;
}

std::optional<bool> boolParam(const ApiRequest &request, const QString &name, ApiReply &refusal)
{
    if (!request.query.hasQueryItem(name))
        return false;
    const QString value = request.query.queryItemValue(name).toLower();
    if (value == u"true")
        return true;
    if (value == u"false")
        return false;
    refusal = errorReply(ApiError::invalidAttribute(name).addFieldViolation(
            name, QStringLiteral("must be true or false")));
    return std::nullopt;
}

std::optional<qint64> dateParam(const ApiRequest &request, const QString &name, ApiReply &refusal)
{
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        refusal = errorReply(
                ApiError::validationError(
                        QStringLiteral("Query parameter %1 is not an ISO 8601 date-time: %2.")
                                .arg(name, text))
                        .addFieldViolation(name, QStringLiteral("must be an ISO 8601 date-time")));
        return std::nullopt;
    }
    return at.toSecsSinceEpoch();
}

QStringList listParam(const ApiRequest &request, const QString &name)
{
    QStringList out;
    for (const QString &value : request.query.allQueryItemValues(name, QUrl::FullyDecoded))
        out << value.split(u',', Qt::SkipEmptyParts); // form style: repeated or comma-separated
    return out;
}

ApiReply listGroupEvents(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto includeRaw = boolParam(request, QStringLiteral("includeRaw"), refusal);
    if (!includeRaw)
        return refusal;
    qint64 minDate = std::numeric_limits<qint64>::min();
    qint64 maxDate = std::numeric_limits<qint64>::max();
    if (request.query.hasQueryItem(QStringLiteral("minDate"))) {
        const auto date = dateParam(request, QStringLiteral("minDate"), refusal);
        if (!date)
            return refusal;
        minDate = *date;
    }
    if (request.query.hasQueryItem(QStringLiteral("maxDate"))) {
        const auto date = dateParam(request, QStringLiteral("maxDate"), refusal);
        if (!date)
            return refusal;
        maxDate = *date;
    }
    if (minDate > maxDate) {
        return errorReply(
                ApiError::validationError(QStringLiteral("minDate must not be later than maxDate.")));
    }
    DocumentFilter filter;
    filter.kinds = listParam(request, QStringLiteral("eventType"));
    filter.excludedKinds = listParam(request, QStringLiteral("excludedEventType"));
    filter.clusterNames = listParam(request, QStringLiteral("clusterNames"));
    filter.from = minDate;
    filter.to = std::min(maxDate, context.now()); // events the simulation scheduled ahead are not visible yet
    const QString events = QStringLiteral("events");
    const QString projectId = request.param(QStringLiteral("groupId"));
    return pagedReply(
            request,
            [&](int offset, int limit) {
                QJsonArray items;
                for (const DocumentRow &row :
                     context.store.documents(events, projectId, filter, offset, limit))
                    items.append(eventJson(request, row, *includeRaw));
                return items;
            },
            [&] { return context.store.documentCount(events, projectId, filter); });
}

ApiReply getGroupEvent(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    ApiReply refusal;
    const auto includeRaw = boolParam(request, QStringLiteral("includeRaw"), refusal);
    if (!includeRaw)
        return refusal;
    const QString eventId = request.param(QStringLiteral("eventId"));
    const auto row = context.store.document(QStringLiteral("events"), eventId);
    if (!row || row->scopeId != request.param(QStringLiteral("groupId")) || row->created > context.now())
        return errorReply(ApiError::resourceNotFound(QStringLiteral("event %1").arg(eventId)));
    return jsonReply(eventJson(request, *row, *includeRaw));
}

} // namespace

bool recordEvent(SandboxContext &context, const QString &projectId, const QString &clusterName,
                 const QString &type, qint64 at, const QJsonObject &extra)
{
    const QString id = context.ids.objectId();
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("created"), isoTime(at)},
                    {QStringLiteral("eventTypeName"), type},
                    {QStringLiteral("groupId"), projectId},
                    {QStringLiteral("orgId"), context.orgId},
                    {QStringLiteral("isGlobalAdmin"), false}};
    if (!clusterName.isEmpty())
        doc.insert(QStringLiteral("clusterName"), clusterName);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        doc.insert(it.key(), it.value());
    return context.store.putDocument(QStringLiteral("events"), {id, projectId, type, at, doc});
}

void registerEventHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("listGroupEvents", listGroupEvents);
    dispatcher.handle("getGroupEvent", getGroupEvent);
}

} // namespace snapline::sandbox
