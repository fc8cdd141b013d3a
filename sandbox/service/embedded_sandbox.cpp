#include "service/embedded_sandbox.h"

#include <QEventLoop>
#include <QTimer>

namespace snapline::sandbox {

namespace {

// Owns the service on the worker thread, so it is created and destroyed there.
class ServiceHost : public QObject
{
public:
    std::unique_ptr<SandboxService> service;
};

} // namespace

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("snapline-sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_host) {
        QObject *host = m_host;
        QMetaObject::invokeMethod(
                host, [host] { delete host; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start(const SandboxOptions &options)
{
    if (!m_thread.isRunning())
        m_thread.start();
    auto *host = new ServiceHost;
    host->moveToThread(&m_thread);
    m_host = host;
    QMetaObject::invokeMethod(host, [this, host, options] {
        auto service = SandboxService::start(options);
        if (!service) {
            const QString message = service.error().message;
            QMetaObject::invokeMethod(
                    this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            return;
        }
        host->service = std::move(service).value();
        const SandboxEndpoint endpoint = host->service->endpoint();
        const QList<CredentialRow> credentials = host->service->credentials();
        QMetaObject::invokeMethod(
                this,
                [this, endpoint, credentials] {
                    m_endpoint = endpoint;
                    m_credentials = credentials;
                    Q_EMIT started(endpoint);
                },
                Qt::QueuedConnection);
    });
}

Result<SandboxEndpoint> EmbeddedSandbox::startAndWait(const SandboxOptions &options, int timeoutMs)
{
    QEventLoop loop;
    QString failure = QStringLiteral("The sandbox did not start within %1 s.").arg(timeoutMs / 1000);
    connect(this, &EmbeddedSandbox::started, &loop, &QEventLoop::quit);
    connect(this, &EmbeddedSandbox::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start(options);
    loop.exec();
    if (!isRunning())
        return Result<SandboxEndpoint>::failure(QStringLiteral("SANDBOX_NOT_STARTED"), failure);
    return m_endpoint;
}

} // namespace snapline::sandbox
