// Requests per second the sandbox answers over HTTPS with keep-alive, for a
// 500-item snapshot page, against a tiny answer (the root) as the baseline in
// the same run. The sandbox runs on its own thread, the client on this one.
#include "seed/organization_seeder.h"
#include "service/embedded_sandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>

using namespace snapline::sandbox;

namespace {

struct Client
{
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QByteArray token;

    QByteArray get(const QUrl &url, int *status)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Accept", "application/vnd.atlas.2023-01-01+json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }
};

double requestsPerSecond(Client &client, const QUrl &url, int count, qint64 *bytes)
{
    int status = 0;
    client.get(url, &status); // warm the connection and the TLS session
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        *bytes = client.get(url, &status).size();
        if (status != 200)
            qFatal("GET %s answered %d", qPrintable(url.toString()), status);
    }
    return count / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    {
        // Four clusters with about 500 snapshots each.
        auto store = SandboxStore::open(QDir(dir.path()).filePath(QStringLiteral("sandbox.db")));
        OrganizationSeeder(**store, 42, QDateTime::currentSecsSinceEpoch())
                .seed(Scenario::large(4), true)
                .value();
    }
    EmbeddedSandbox sandbox;
    SandboxOptions options;
    options.dataDir = dir.path();
    const auto endpoint = sandbox.startAndWait(options);
    if (!endpoint)
        qFatal("%s", qPrintable(endpoint.error().message));

    Client client;
    client.tls.setCaCertificates(QSslCertificate::fromPath(endpoint->certificatePath));
    CredentialRow account;
    for (const auto &c : sandbox.credentials()) {
        if (c.kind == u"serviceAccount" && c.description.startsWith(u"Owner"))
            account = c;
    }
    QNetworkRequest tokenRequest(QUrl(endpoint->url.toString() + u"/api/oauth/token"_qs));
    tokenRequest.setSslConfiguration(client.tls);
    tokenRequest.setRawHeader("Authorization",
                              "Basic " + (account.id + u':' + account.secret).toUtf8().toBase64());
    tokenRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QNetworkReply *tokenReply = client.network.post(tokenRequest, "grant_type=client_credentials");
    QEventLoop wait;
    QObject::connect(tokenReply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    client.token = QJsonDocument::fromJson(tokenReply->readAll())
                           .object()
                           .value(u"access_token")
                           .toString()
                           .toLatin1();

    int status = 0;
    const QJsonObject projects
            = QJsonDocument::fromJson(
                      client.get(QUrl(endpoint->url.toString() + u"/api/atlas/v2/groups"_qs), &status))
                      .object();
    const QString project = projects.value(u"results").toArray().first().toObject().value(u"id").toString();
    const QUrl root(endpoint->url.toString() + u"/api/atlas/v2"_qs);
    const QUrl page(
            endpoint->url.toString()
            + QStringLiteral(
                      "/api/atlas/v2/groups/%1/clusters/cluster-0001/backup/snapshots?itemsPerPage=500")
                      .arg(project));

    qint64 rootBytes = 0, pageBytes = 0;
    const double baseline = requestsPerSecond(client, root, 400, &rootBytes);
    const double pages = requestsPerSecond(client, page, 100, &pageBytes);
    QTextStream out(stdout);
    out << "sandbox over HTTPS, keep-alive, one client (baseline = GET /api/atlas/v2)\n";
    out << QStringLiteral("  baseline: root            %1 req/s (%2 bytes)\n")
                    .arg(baseline, 0, 'f', 0)
                    .arg(rootBytes);
    out << QStringLiteral("  500-snapshot page         %1 req/s (%2 KiB, %3 MiB/s, %4x baseline)\n")
                    .arg(pages, 0, 'f', 1)
                    .arg(pageBytes / 1024)
                    .arg(pages * double(pageBytes) / 1048576.0, 0, 'f', 1)
                    .arg(pages / baseline, 0, 'f', 3);
    return 0;
}
