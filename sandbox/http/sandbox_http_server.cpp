#include "http/sandbox_http_server.h"

#include "api/api_error.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

namespace snapline::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

// Writes the reply by hand: Qt 6.4's responder takes headers only as an
// initializer list, and ours are built at run time.
void writeReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path(QUrl::FullyDecoded);
    out.url = request.url();
    out.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers())
        out.headers.insert(name.toLower(), value);
    out.body = request.body();
    out.remoteAddress = request.remoteAddress().toString();
    return out;
}

SandboxHttpServer::SandboxHttpServer(Dispatcher dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
{}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiRequest apiRequest = toApiRequest(request);
    ApiReply reply;
    if (apiRequest.body.size() > kMaxBodyBytes) {
        const ApiError tooLarge = ApiError::requestTooLarge(kMaxBodyBytes);
        reply.status = tooLarge.status();
        reply.body = tooLarge.toBytes();
    } else {
        reply = m_dispatcher(apiRequest);
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, reply);
    Q_EMIT answered(apiRequest.method, apiRequest.path, reply.status);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if it declines.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace snapline::sandbox
