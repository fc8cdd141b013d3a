#include "handlers/json_render.h"

#include "service/api_dispatcher.h"

#include <QDateTime>

namespace snapline::sandbox {

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
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

ApiReply pagedReply(const ApiRequest &request, const QJsonArray &all)
{
    const Pagination pagination = Pagination::fromQuery(request.query);
    if (!pagination.isValid())
        return errorReply(pagination.apiError());
    return jsonReply(pagination.paginate(all, request.url));
}

} // namespace snapline::sandbox
