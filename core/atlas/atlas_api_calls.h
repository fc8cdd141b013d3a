#pragma once

// The three shapes every typed call reduces to, shared by the atlas_api_*.cpp files.
#include "atlas/atlas_api.h"

namespace snapline {

template<typename T>
AtlasApi::Call<QList<T>> AtlasApi::collect(const ApiEndpoint &endpoint, const QStringList &arguments,
                                           const QString &what,
                                           const std::function<T(const QJsonObject &)> &map, Cancel cancel,
                                           const QUrlQuery &query)
{
    QList<T> out;
    auto listed = m_client->listAll(
            endpoint, arguments, query, what,
            [&](ApiPage &&page) {
                for (const QJsonValue &item : std::as_const(page.results))
                    out.append(map(item.toObject()));
                return Status(Done{});
            },
            cancel);
    if (!listed)
        return listed.error();
    return out;
}

template<typename T>
AtlasApi::Call<T> AtlasApi::fetch(const ApiEndpoint &endpoint, const QStringList &arguments,
                                  const QString &what, const std::function<T(const QJsonObject &)> &map,
                                  Cancel cancel, const QJsonObject &body)
{
    auto object = m_client->sendJson(endpoint, arguments, what, cancel, {}, body);
    if (!object)
        return object.error();
    return map(*object);
}

} // namespace snapline
