#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace snapline::sandbox {

// One request as the sandbox's handlers see it: transport details stripped,
// path parameters and the caller filled in by the layers in front.
struct ApiRequest
{
    QByteArray method; // GET, POST, PATCH, PUT, DELETE
    QString path;      // decoded, without the query
    QUrl url;          // as requested (for pagination links)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHash<QString, QString> params; // path parameters, e.g. groupId
    QString operationId;            // the contract's operation
    QString version;                // chosen media-type date, e.g. 2024-08-05
    QString credentialId;           // who asked (API key or service account)
    QString remoteAddress;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString param(const QString &name) const { return params.value(name); }
};

// What a handler answers: status, body and extra headers.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiReply json(int status, const QJsonDocument &document)
    {
        ApiReply reply;
        reply.status = status;
        reply.body = document.toJson(QJsonDocument::Compact);
        return reply;
    }
    static ApiReply noContent(int status = 204)
    {
        ApiReply reply;
        reply.status = status;
        reply.contentType.clear();
        return reply;
    }
    ApiReply &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

} // namespace snapline::sandbox
