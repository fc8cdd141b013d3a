#include "sandbox_test_client.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace snapline::sandbox::test {

QByteArray SandboxFixture::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxFixture::SandboxFixture(bool https, quint64 seed)
    : SandboxFixture(Configured{[https, seed](SandboxOptions &options) {
        options.plainHttp = !https;
        options.seed = seed;
    }})
{}

std::unique_ptr<SandboxFixture> SandboxFixture::with(const std::function<void(SandboxOptions &)> &configure)
{
    return std::unique_ptr<SandboxFixture>(new SandboxFixture(Configured{configure}));
}

SandboxFixture::SandboxFixture(const Configured &configured)
{
    SandboxOptions options;
    options.dataDir = m_dir.path();
    options.plainHttp = true;
    configured.configure(options);
    auto service = SandboxService::start(options);
    if (!service)
        qFatal("sandbox did not start: %s", qPrintable(service.error().message));
    m_service = std::move(service).value();
}

QUrl SandboxFixture::url(const QString &path) const
{
    QUrl url = m_service->endpoint().url;
    const QUrl relative = QUrl(path);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    return url;
}

CredentialRow SandboxFixture::credential(Who who) const
{
    static const QHash<int, QString> descriptions{
            {int(Who::Owner), QStringLiteral("Owner key")},
            {int(Who::BackupManager), QStringLiteral("Backup manager key")},
            {int(Who::ReadOnly), QStringLiteral("Read-only key")},
            {int(Who::OrgOwnerOnly), QStringLiteral("Organization Owner without project roles")},
            {int(Who::OwnerServiceAccount), QStringLiteral("Owner service account")},
            {int(Who::ReadOnlyServiceAccount), QStringLiteral("Read-only service account")},
    };
    for (const auto &c : m_service->credentials()) {
        if (c.description.startsWith(descriptions.value(int(who))))
            return c;
    }
    qFatal("no such credential");
}

QString SandboxFixture::projectId(const QString &name) const
{
    for (const auto &p : m_service->store().projects()) {
        if (p.name == name)
            return p.id;
    }
    return {};
}

SandboxFixture::Response SandboxFixture::raw(const QByteArray &method, const QString &path,
                                             const QList<std::pair<QByteArray, QByteArray>> &headers,
                                             const QByteArray &body, QNetworkAccessManager *network)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_service->endpoint().url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_service->endpoint().certificatePath));
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = (network ? network : &m_network)->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

QByteArray SandboxFixture::bearerFor(const CredentialRow &credential)
{
    if (m_tokens.contains(credential.id))
        return m_tokens.value(credential.id);
    const QByteArray basic = (credential.id + u':' + credential.secret).toUtf8().toBase64();
    const Response token = raw(
            "POST", QStringLiteral("/api/oauth/token"),
            {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}},
            "grant_type=client_credentials");
    const QByteArray value = token.object().value(u"access_token").toString().toLatin1();
    m_tokens.insert(credential.id, value);
    return value;
}

SandboxFixture::Response SandboxFixture::request(const QByteArray &method, const QString &path, Who who,
                                                 const QByteArray &body, const QByteArray &version)
{
    const CredentialRow credential = this->credential(who);
    QList<std::pair<QByteArray, QByteArray>> headers{
            {"Accept", "application/vnd.atlas." + version + "+json"}};
    if (!body.isEmpty())
        headers.append({"Content-Type", "application/vnd.atlas." + version + "+json"});
    if (credential.kind == u"serviceAccount") {
        headers.append({"Authorization", "Bearer " + bearerFor(credential)});
        return raw(method, path, headers, body);
    }
    // Digest: QNetworkAccessManager answers the challenge itself.
    auto &network = m_digestNetworks[credential.id];
    if (!network) {
        network = std::make_shared<QNetworkAccessManager>();
        QObject::connect(network.get(), &QNetworkAccessManager::authenticationRequired,
                         [credential](QNetworkReply *, QAuthenticator *auth) {
                             auth->setUser(credential.id);
                             auth->setPassword(credential.secret);
                         });
    }
    return raw(method, path, headers, body, network.get());
}

} // namespace snapline::sandbox::test
