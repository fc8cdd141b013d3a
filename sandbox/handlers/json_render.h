#pragma once

#include "api/pagination.h"
#include "handlers/json_writer.h"
#include "http/api_exchange.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace snapline::sandbox {

// Shared pieces of the JSON the sandbox answers with.
QString isoTime(qint64 seconds);
// [{href, rel: "self"}] for the resource at `path` under the request's origin.
QJsonArray selfLinks(const ApiRequest &request, const QString &path);
ApiReply jsonReply(const QJsonObject &object, int status = 200);

// A paginated list answer: reads itemsPerPage/pageNum/includeCount, asks
// `page(offset, limit)` for the items and `total()` for the count.
ApiReply pagedReply(const ApiRequest &request, const std::function<QJsonArray(int offset, int limit)> &page,
                    const std::function<qint64()> &total);
// The same for a list already in memory.
ApiReply pagedReply(const ApiRequest &request, const QJsonArray &all);
// The same envelope, byte for byte, for pages too large to build as QJson first:
// `writeItems(json, offset, limit)` writes this page's results into the open array.
ApiReply pagedBytesReply(const ApiRequest &request,
                         const std::function<void(JsonWriter &json, int offset, int limit)> &writeItems,
                         const std::function<qint64()> &total);

} // namespace snapline::sandbox
