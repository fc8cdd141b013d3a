#include "service/sandbox_service.h"

#include "handlers/compliance_handlers.h"
#include "handlers/flex_serverless_backup_handlers.h"
#include "handlers/inventory_handlers.h"
#include "handlers/misc_handlers_registry.h"
#include "handlers/restore_handlers.h"
#include "handlers/schedule_handlers.h"
#include "handlers/snapshot_handlers.h"
#include "security/self_signed_certificate.h"
#include "seed/organization_seeder.h"
#include "service/admin_endpoint.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslConfiguration>

namespace snapline::sandbox {

namespace {

const QString kDatabaseFile = QStringLiteral("sandbox.db");
const QString kCredentialsFile = QStringLiteral("credentials.txt");

Result<std::unique_ptr<SandboxStore>> openStore(const SandboxOptions &options)
{
    const QString path = QDir(options.dataDir).filePath(kDatabaseFile);
    if (options.reset) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return SandboxStore::open(path);
}

} // namespace

SandboxService::~SandboxService() = default;

Result<std::unique_ptr<SandboxService>> SandboxService::start(const SandboxOptions &options)
{
    using R = Result<std::unique_ptr<SandboxService>>;
    if (!QDir().mkpath(options.dataDir))
        return R::failure(QStringLiteral("SANDBOX_DATA_DIR"),
                          QStringLiteral("Cannot create the data directory %1.").arg(options.dataDir));
    std::unique_ptr<SandboxService> service(new SandboxService);
    auto store = openStore(options);
    if (!store)
        return store.error();
    service->m_store = std::move(store).value();
    SandboxStore &db = *service->m_store;

    // Sandbox time continues from where it stopped, at the chosen speed.
    const qint64 wall = QDateTime::currentSecsSinceEpoch();
    const qint64 resumed = db.meta(QStringLiteral("clock")).toLongLong();
    const qint64 start = options.startSeconds > 0 ? options.startSeconds : std::max(wall, resumed);
    service->m_clock = std::make_shared<ScaledClock>(start, options.timeScale);

    if (db.orgs().isEmpty()) {
        const bool large = options.scale == u"large";
        const auto seeded = OrganizationSeeder(db, options.seed, service->m_clock->nowSeconds())
                                    .seed(large ? Scenario::large() : Scenario::defaultOrganization(), large);
        if (!seeded)
            return seeded.error();
        db.setMeta(QStringLiteral("seed"), QString::number(options.seed));
        db.setMeta(QStringLiteral("scale"), options.scale);
    }
    service->m_ids = std::make_unique<IdSource>(quint64(wall) ^ options.seed);
    service->m_context = std::make_unique<SandboxContext>(
            SandboxContext{db, service->m_clock, *service->m_ids, db.orgs().value(0).id});

    // Authentication runs on wall time: nonces and tokens last real minutes.
    service->m_versions = std::make_unique<ApiVersions>(service->m_clock);
    service->m_digest = std::make_unique<DigestAuthenticator>(Clock::system());
    service->m_tokens = std::make_unique<TokenIssuer>(db, Clock::system());
    service->m_dispatcher = std::make_unique<ApiDispatcher>(*service->m_context, *service->m_versions,
                                                            *service->m_digest, *service->m_tokens);
    registerInventoryHandlers(*service->m_dispatcher);
    // handlers: snapshots, schedule, compliance policy
    registerSnapshotHandlers(*service->m_dispatcher);
    registerScheduleHandlers(*service->m_dispatcher);
    registerComplianceHandlers(*service->m_dispatcher);
    // handlers: restore jobs
    registerRestoreHandlers(*service->m_dispatcher);
    registerFlexServerlessBackupHandlers(*service->m_dispatcher);
    // handlers: cluster changes, exports, events, flex, serverless, legacy
    registerMiscHandlers(*service->m_dispatcher);

    service->m_lifecycle = std::make_unique<BackupLifecycle>(*service->m_context);
    service->m_lifecycle->start();

    if (!options.faultsFile.isEmpty()) {
        QFile faults(options.faultsFile);
        if (!faults.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("SANDBOX_FAULTS_INVALID"),
                              QStringLiteral("Cannot read the faults file %1.").arg(options.faultsFile));
        auto rules = FaultPlan::parse(faults.readAll());
        if (!rules)
            return rules.error();
        service->m_faults.replace(*rules);
    }
    if (options.rateLimit > 0) {
        service->m_limiter = std::make_unique<RateLimiter>(options.rateLimit, options.rateLimitPeriod);
        service->m_dispatcher->setRateLimiter(service->m_limiter.get());
    }

    SandboxService *self = service.get();
    service->m_server = std::make_unique<SandboxHttpServer>([self](const ApiRequest &request) {
        if (request.path.startsWith(u"/sandbox-admin/"))
            return handleAdminRequest(request, *self);
        if (request.method == "POST" && request.path == u"/api/oauth/token")
            return self->m_tokens->issue(request);
        ApiReply reply = self->m_dispatcher->dispatch(request);
        self->m_recentRequests.append({{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                       {QStringLiteral("path"), request.path},
                                       {QStringLiteral("status"), reply.status},
                                       {QStringLiteral("at"), self->m_clock->nowSeconds()}});
        if (self->m_recentRequests.size() > kRecentRequests)
            self->m_recentRequests.removeFirst();
        return reply;
    });
    service->m_server->setFaultPlan(&service->m_faults);
    connect(service->m_server.get(), &SandboxHttpServer::answered, self, &SandboxService::answered);

    SandboxEndpoint &endpoint = service->m_endpoint;
    if (!options.plainHttp) {
        auto certificate = SelfSignedCertificate::loadOrCreate(options.dataDir);
        if (!certificate)
            return certificate.error();
        service->m_server->sslSetup(certificate->certificate(), certificate->privateKey());
        endpoint.certificateFingerprint = certificate->sha256Fingerprint();
        endpoint.certificatePath = certificate->certificatePath();
    }
    endpoint.port = service->m_server->listen(QHostAddress::LocalHost, options.port);
    if (endpoint.port == 0)
        return R::failure(
                QStringLiteral("SANDBOX_PORT"),
                QStringLiteral("Cannot listen on 127.0.0.1:%1 (in use or not allowed).").arg(options.port));
    endpoint.url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                                .arg(options.plainHttp ? u"http" : u"https")
                                .arg(endpoint.port));
    endpoint.credentialsPath = QDir(options.dataDir).filePath(kCredentialsFile);
    if (const Status written = writeCredentialsFile(endpoint.credentialsPath, db.credentials(), endpoint.url);
        !written)
        return written.error();
    return service;
}

Status SandboxService::writeCredentialsFile(const QString &path, const QList<CredentialRow> &credentials,
                                            const QUrl &url)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(QStringLiteral("SANDBOX_CREDENTIALS"),
                               QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString text = QStringLiteral("# snapline-sandbox credentials for %1\n").arg(url.toString());
    for (const auto &c : credentials) {
        text += QStringLiteral("\n# %1\n").arg(c.description);
        if (c.kind == u"apiKey")
            text += QStringLiteral("public_api_key = %1\nprivate_api_key = %2\n").arg(c.id, c.secret);
        else
            text += QStringLiteral("client_id = %1\nclient_secret = %2\n").arg(c.id, c.secret);
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        return Status::failure(QStringLiteral("SANDBOX_CREDENTIALS"),
                               QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Done{};
}

} // namespace snapline::sandbox
