#include "http/sandbox_http_server.h"

#include "api/api_error.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

ApiReply SandboxHttpServer::answer(const ApiRequest &request)
{
    if (request.body.size() > kMaxBodyBytes) {
        const ApiError tooLarge = ApiError::requestTooLarge(kMaxBodyBytes);
        ApiReply reply;
        reply.status = tooLarge.status();
        reply.body = tooLarge.toBytes();
        return reply;
    }
    return m_dispatcher(request);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiRequest apiRequest = toApiRequest(request);
    const auto fault = m_faults ? m_faults->take(apiRequest.method, apiRequest.path) : std::nullopt;
    if (fault && fault->kind == FaultRule::Kind::Reset) {
        socket->abort();
        Q_EMIT answered(apiRequest.method, apiRequest.path, 0);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    const auto respond = [this, apiRequest, responder, alive, fault] {
        if (!alive)
            return; // the client went away while the answer was delayed
        ApiReply reply;
        if (fault && fault->kind == FaultRule::Kind::Status) {
            const ApiError injected(fault->status, QStringLiteral("SANDBOX_INJECTED_FAULT"),
                                    QStringLiteral("A fault injected by the sandbox's fault switch."));
            reply.status = injected.status();
            reply.body = injected.toBytes();
            if (!fault->retryAfter.isEmpty())
                reply.withHeader("Retry-After", fault->retryAfter);
        } else {
            reply = answer(apiRequest);
        }
        if (fault && fault->kind == FaultRule::Kind::Malformed)
            reply.body = QByteArrayLiteral("{\"results\": [{\"id\": \"5f0d\", ") + QByteArray(7, '\x01');
        if (fault && fault->kind == FaultRule::Kind::Truncate) {
            // Announce the whole body, send half of it, hang up.
            responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
            responder->writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
            responder->writeHeader(QByteArrayLiteral("Content-Length"),
                                   QByteArray::number(reply.body.size()));
            responder->writeBody(reply.body.left(reply.body.size() / 2));
            alive->disconnectFromHost();
        } else {
            writeReply(*responder, reply);
        }
        Q_EMIT answered(apiRequest.method, apiRequest.path, reply.status);
    };
    if (fault && fault->kind == FaultRule::Kind::Delay)
        QTimer::singleShot(fault->delayMs, this, respond);
    else
        respond();
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if it declines.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace snapline::sandbox
