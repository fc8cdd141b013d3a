#pragma once

#include "api/api_versions.h"
#include "http/sandbox_http_server.h"
#include "security/digest_authenticator.h"
#include "security/token_issuer.h"
#include "service/api_dispatcher.h"
#include "service/sandbox_context.h"
#include "sim/backup_lifecycle.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace snapline::sandbox {

// How to run a sandbox (the command line, or the console embedding one).
struct SandboxOptions
{
    QString dataDir;        // state, certificate and credentials
    quint16 port = 0;       // 0: any free port
    bool plainHttp = false; // loopback HTTP, for the validating proxy
    bool reset = false;     // throw the state away and seed anew
    quint64 seed = 42;
    QString scale = QStringLiteral("default"); // or "large"
    double timeScale = 1.0;
    QString faultsFile;       // faults to inject from the start (JSON, see FaultPlan)
    int rateLimit = 0;        // requests per rateLimitPeriod per endpoint set; 0: off
    int rateLimitPeriod = 60; // seconds
    qint64 startSeconds = 0;  // the sandbox clock's start; 0: now (or where it stopped)
};

// Where a running sandbox listens and how a client trusts it.
struct SandboxEndpoint
{
    QUrl url;
    quint16 port = 0;
    QString certificateFingerprint; // SHA-256, "AB:CD:…"; empty over plain HTTP
    QString certificatePath;
    QString credentialsPath;
};

// A running snapline-sandbox: state, seeded organization, TLS, the API.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    ~SandboxService() override;

    static Result<std::unique_ptr<SandboxService>> start(const SandboxOptions &options);

    SandboxEndpoint endpoint() const { return m_endpoint; }
    QList<CredentialRow> credentials() const { return m_store->credentials(); }
    SandboxStore &store() { return *m_store; }
    ApiDispatcher &dispatcher() { return *m_dispatcher; }
    BackupLifecycle &lifecycle() { return *m_lifecycle; }
    SandboxContext &context() { return *m_context; }
    FaultPlan &faults() { return m_faults; }
    TokenIssuer &tokens() { return *m_tokens; }
    ScaledClock &clock() { return *m_clock; }
    // The last requests answered (method, path, status, credential, time), for tests.
    QList<QJsonObject> recentRequests() const { return m_recentRequests; }
    static constexpr int kRecentRequests = 2000;

    // Writes the seeded credentials where only this user can read them.
    static Status writeCredentialsFile(const QString &path, const QList<CredentialRow> &credentials,
                                       const QUrl &url);

Q_SIGNALS:
    void answered(const QByteArray &method, const QString &path, int status);

private:
    SandboxService() = default;

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<IdSource> m_ids;
    std::shared_ptr<ScaledClock> m_clock;
    FaultPlan m_faults;
    std::unique_ptr<RateLimiter> m_limiter;
    QList<QJsonObject> m_recentRequests; // newest last, at most kRecentRequests
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<ApiVersions> m_versions;
    std::unique_ptr<DigestAuthenticator> m_digest;
    std::unique_ptr<TokenIssuer> m_tokens;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    std::unique_ptr<SandboxHttpServer> m_server;
    std::unique_ptr<BackupLifecycle> m_lifecycle;
    SandboxEndpoint m_endpoint;
};

} // namespace snapline::sandbox
