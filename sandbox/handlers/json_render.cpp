#include "handlers/json_render.h"

#include "handlers/iso_time.h"
#include "service/api_dispatcher.h"

namespace snapline::sandbox {

QString isoTime(qint64 seconds)
{
    return QString::fromLatin1(IsoTimeText(seconds).view());
}

QJsonArray selfLinks(const ApiRequest &request, const QString &path)
{
    QUrl url = request.url;
    url.setPath(path);
    url.setQuery(QString());
    return QJsonArray{QJsonObject{{QStringLiteral("href"), url.toString()},
                                  {QStringLiteral("rel"), QStringLiteral("self")}}};
}

ApiReply jsonReply(const QJsonObject &object, int status)
{
    return ApiReply::json(status, QJsonDocument(object));
}

ApiReply pagedReply(const ApiRequest &request, const std::function<QJsonArray(int, int)> &page,
                    const std::function<qint64()> &total)
{
    const Pagination pagination = Pagination::fromQuery(request.query);
    if (!pagination.isValid())
        return errorReply(pagination.apiError());
    const QJsonArray items = page(int(pagination.offset()), pagination.itemsPerPage());
    return jsonReply(pagination.envelope(items, total(), request.url));
}

ApiReply pagedBytesReply(const ApiRequest &request,
                         const std::function<void(JsonWriter &json, int offset, int limit)> &writeItems,
                         const std::function<qint64()> &total)
{
    const Pagination pagination = Pagination::fromQuery(request.query);
    if (!pagination.isValid())
        return errorReply(pagination.apiError());
    const qint64 count = total();
    // A snapshot takes about 900 bytes.
    JsonWriter json(qsizetype(pagination.itemsPerPage()) * 1024);
    // Keys in the order QJsonObject gives them, as Pagination::envelope() would.
    json.beginObject();
    json.key("links");
    json.raw(QJsonDocument(pagination.links(count, request.url)).toJson(QJsonDocument::Compact));
    json.key("results");
    json.beginArray();
    writeItems(json, int(pagination.offset()), pagination.itemsPerPage());
    json.endArray();
    // The contract: "MongoDB Cloud omits this value if includeCount is set to false."
    if (pagination.includeCount()) {
        json.key("totalCount");
        json.number(count);
    }
    json.endObject();
    ApiReply reply;
    reply.body = json.take();
    return reply;
}

ApiReply pagedReply(const ApiRequest &request, const QJsonArray &all)
{
    const Pagination pagination = Pagination::fromQuery(request.query);
    if (!pagination.isValid())
        return errorReply(pagination.apiError());
    return jsonReply(pagination.paginate(all, request.url));
}

} // namespace snapline::sandbox
