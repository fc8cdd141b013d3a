#pragma once

#include "service/sandbox_service.h"

#include <QObject>
#include <QThread>

namespace snapline::sandbox {

// A sandbox running inside another program (the console's built-in "Local
// sandbox" profile, benchmarks) on its own thread, so its HTTP server,
// SQLite connection and lifecycle never share the caller's thread.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the sandbox and joins its thread

    // Starts it on the worker thread; `started` or `failed` follows.
    void start(const SandboxOptions &options);
    // Blocks until started or failed (for command-line tools and tests).
    Result<SandboxEndpoint> startAndWait(const SandboxOptions &options, int timeoutMs = 60000);

    bool isRunning() const { return m_endpoint.port != 0; }
    SandboxEndpoint endpoint() const { return m_endpoint; }
    QList<CredentialRow> credentials() const { return m_credentials; }

Q_SIGNALS:
    void started(const snapline::sandbox::SandboxEndpoint &endpoint);
    void failed(const QString &message);

private:
    QThread m_thread;
    QObject *m_host = nullptr; // lives on m_thread, owns the service
    SandboxEndpoint m_endpoint;
    QList<CredentialRow> m_credentials;
};

} // namespace snapline::sandbox
