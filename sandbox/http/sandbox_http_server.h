#pragma once

#include "http/api_exchange.h"
#include "http/fault_plan.h"

#include <QAbstractHttpServer>

#include <functional>

namespace snapline::sandbox {

// The sandbox's HTTP(S) front: Qt's HTTP server does the protocol; this
// class turns each request into an ApiRequest, refuses oversized bodies, and
// hands everything else to one dispatcher, so every answer — errors and
// unknown paths included — comes from the sandbox's own code.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Dispatcher = std::function<ApiReply(const ApiRequest &)>;

    explicit SandboxHttpServer(Dispatcher dispatcher, QObject *parent = nullptr);

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // Faults to inject (not owned); nullptr: none.
    void setFaultPlan(FaultPlan *plan) { m_faults = plan; }

Q_SIGNALS:
    // After each answer, for the request log and the tests.
    void answered(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply answer(const ApiRequest &request);

    Dispatcher m_dispatcher;
    FaultPlan *m_faults = nullptr;
};

// Turns Qt's request into ours (exposed for tests).
ApiRequest toApiRequest(const QHttpServerRequest &request);

} // namespace snapline::sandbox
