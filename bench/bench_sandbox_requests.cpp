// How fast the sandbox answers over HTTPS with keep-alive: a 500-snapshot
// page over one connection and over four at once, against a tiny answer (the
// root) as the baseline in the same run. The sandbox runs on its own thread;
// the clients are the console's own libcurl transport, one per thread and
// connection, reading bodies without parsing them. On a shared machine the
// wall-clock rates move with other load; the sandbox thread's CPU time per
// request (from /proc, Linux) is the steadier figure of its own cost.
#include "atlas/http_transport.h"
#include "seed/organization_seeder.h"
#include "service/embedded_sandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <thread>
#include <vector>

#include <unistd.h>

using namespace snapline;
using namespace snapline::sandbox;

namespace {

constexpr int kClusters = 4; // about 500 snapshots each
const QByteArray kAccept = "application/vnd.atlas.2023-01-01+json";

HttpResponse get(HttpTransport &transport, const QString &path)
{
    HttpRequest request;
    request.path = path;
    request.headers = {{"Accept", kAccept}};
    request.what = QStringLiteral("benchmark");
    auto response = transport.send(request);
    if (!response || response->status != 200)
        qFatal("GET %s failed: %s", qPrintable(path),
               response ? qPrintable(QString::number(response->status))
                        : qPrintable(response.error().message));
    return std::move(response).value();
}

// CPU seconds used so far by the sandbox's thread (named by EmbeddedSandbox), or -1 where /proc
// does not tell.
double sandboxCpuSeconds()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + u"/stat"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // "tid (name) state …": utime and stime are the 14th and 15th fields.
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (stat.mid(open + 1, close - open - 1) != "snapline-sandbo") // names are cut at 15 bytes
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
                / double(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

struct Run
{
    int requests = 0;
    double seconds = 0;
    double serverCpuSeconds = 0;
    double perSecond() const { return requests / seconds; }
    double serverCpuMsPerRequest() const { return serverCpuSeconds * 1000.0 / requests; }
};

// `connections` threads, each with its own transport (one keep-alive connection), each sending
// `perConnection` requests for its own path, all started together.
Run hammer(const TransportSettings &settings, const QStringList &paths, int connections, int perConnection)
{
    std::vector<std::unique_ptr<HttpTransport>> transports;
    for (int i = 0; i < connections; ++i) {
        transports.push_back(std::make_unique<HttpTransport>(settings));
        get(*transports.back(), paths.at(i % paths.size())); // connect and warm up outside the clock
    }
    const double cpuBefore = sandboxCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back([&, i] {
            for (int n = 0; n < perConnection; ++n)
                get(*transports[size_t(i)], paths.at(i % paths.size()));
        });
    }
    for (auto &thread : threads)
        thread.join();
    return {connections * perConnection, double(timer.nsecsElapsed()) / 1e9, sandboxCpuSeconds() - cpuBefore};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    {
        auto store = SandboxStore::open(QDir(dir.path()).filePath(QStringLiteral("sandbox.db")));
        OrganizationSeeder(**store, 42, QDateTime::currentSecsSinceEpoch())
                .seed(Scenario::large(kClusters), true)
                .value();
    }
    EmbeddedSandbox sandbox;
    SandboxOptions options;
    options.dataDir = dir.path();
    const auto endpoint = sandbox.startAndWait(options);
    if (!endpoint)
        qFatal("%s", qPrintable(endpoint.error().message));

    TransportSettings settings;
    settings.baseUrl = endpoint->url;
    settings.pinnedSha256 = endpoint->certificateFingerprint;
    CredentialRow account;
    for (const auto &c : sandbox.credentials()) {
        if (c.kind == u"serviceAccount" && c.description.startsWith(u"Owner"))
            account = c;
    }
    {
        HttpTransport signIn(settings);
        HttpRequest tokenRequest;
        tokenRequest.method = "POST";
        tokenRequest.path = QStringLiteral("/api/oauth/token");
        tokenRequest.headers
                = {{"Authorization", "Basic " + (account.id + u':' + account.secret).toUtf8().toBase64()},
                   {"Content-Type", "application/x-www-form-urlencoded"}};
        tokenRequest.body = "grant_type=client_credentials";
        const auto token = signIn.send(tokenRequest);
        if (!token || token->status != 200)
            qFatal("no token");
        settings.auth = TransportSettings::Auth::Bearer;
        settings.bearerToken
                = QJsonDocument::fromJson(token->body).object().value(u"access_token").toString().toLatin1();
    }

    HttpTransport probe(settings);
    const QString project = QJsonDocument::fromJson(get(probe, QStringLiteral("/api/atlas/v2/groups")).body)
                                    .object()
                                    .value(u"results")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"id")
                                    .toString();
    QStringList pages;
    for (int i = 1; i <= kClusters; ++i)
        pages << QStringLiteral(
                         "/api/atlas/v2/groups/%1/clusters/cluster-%2/backup/snapshots?itemsPerPage=500")
                         .arg(project)
                         .arg(i, 4, 10, QLatin1Char('0'));
    const HttpResponse page = get(probe, pages.first());
    const qsizetype perPage = QJsonDocument::fromJson(page.body).object().value(u"results").toArray().size();

    const Run root = hammer(settings, {QStringLiteral("/api/atlas/v2")}, 1, 2000);
    const Run one = hammer(settings, pages, 1, 500);
    const Run four = hammer(settings, pages, 4, 150);

    QTextStream out(stdout);
    out << "sandbox over HTTPS, keep-alive, libcurl clients (baseline = GET /api/atlas/v2)\n";
    out << QStringLiteral("  baseline: root, 1 connection   %1 req/s  (sandbox CPU %2 ms/request)\n")
                    .arg(root.perSecond(), 0, 'f', 0)
                    .arg(root.serverCpuMsPerRequest(), 0, 'f', 3);
    const auto report = [&](const char *label, const Run &run) {
        out << QStringLiteral(
                       "  %1  %2 pages/s  %3 snapshots/s  (%4 ms/page, %5 MiB/s; sandbox CPU %6 ms/page)\n")
                        .arg(QLatin1String(label))
                        .arg(run.perSecond(), 6, 'f', 1)
                        .arg(run.perSecond() * double(perPage), 8, 'f', 0)
                        .arg(1000.0 / run.perSecond(), 0, 'f', 2)
                        .arg(run.perSecond() * double(page.body.size()) / 1048576.0, 0, 'f', 1)
                        .arg(run.serverCpuMsPerRequest(), 0, 'f', 2);
    };
    out << QStringLiteral("  page of %1 snapshots, %2 KiB:\n").arg(perPage).arg(page.body.size() / 1024);
    report("  1 connection ", one);
    report("  4 connections", four);
    return 0;
}
