// Full sync of the `--scale large` sandbox (2,000 clusters, ~1,000,000
// snapshots) into a fresh catalog over HTTPS loopback: snapshots per second
// and peak RSS. Measured in the same run: parsing alone and catalog inserts
// alone (what the sync is built from), and the same listing done by the Node
// package mongodb-atlas-api-client, as a ratio.
//
//   bench_sync [--data DIR] [--concurrency N] [--no-node] [--sync-only]
// DIR keeps the seeded sandbox between runs (default /tmp/snapline-bench-large);
// the sandbox runs as its own process so the RSS figure is the sync's.
#include "atlas/atlas_api.h"
#include "atlas/snapshot_json.h"
#include "atlas/snapshot_page_reader.h"
#include "bench_support.h"
#include "catalog/catalog_writer.h"
#include "security/self_signed_certificate.h"
#include "sync/sync_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace snapline;
using namespace snapline::bench;

namespace {

// Parsing alone and inserting alone, on one real 500-snapshot page.
void baselines(AtlasApi &api, const QString &dir, double syncRate)
{
    const auto projects = api.projects();
    const auto clusters = api.clusters(projects->first().id);
    const Cluster cluster = clusters->first();
    const auto body = api.client().send(
            cluster.isSharded() ? Endpoints::listGroupClusterBackupSnapshotShardedClusters
                                : Endpoints::listGroupClusterBackupSnapshots,
            {cluster.projectId, cluster.name}, QUrlQuery(QStringLiteral("itemsPerPage=500&pageNum=1")), {},
            QStringLiteral("read a page"));
    if (!body)
        return;
    const int rounds = 400;
    QList<Snapshot> page;
    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    for (int i = 0; i < rounds; ++i) {
        page.clear();
        const QJsonArray results = QJsonDocument::fromJson(*body).object().value(u"results").toArray();
        for (const QJsonValue &item : results)
            page.append(snapshotFromJson(item.toObject(), cluster.name));
        parsed += page.size();
    }
    const double qjsonRate = double(parsed) / (double(timer.nsecsElapsed()) / 1e9);
    timer.restart();
    parsed = 0;
    for (int i = 0; i < rounds; ++i) {
        auto read = readSnapshotPage(*body, cluster.name);
        parsed += read ? read->snapshots.size() : 0;
        if (read)
            page = std::move(read->snapshots);
    }
    const double parseRate = double(parsed) / (double(timer.nsecsElapsed()) / 1e9);
    std::printf("baseline QJsonDocument parse: %10.0f snapshots/s  (the page reader is %.1fx faster)\n",
                qjsonRate, parseRate / qjsonRate);

    auto catalog = Catalog::open(QDir(dir).filePath(QStringLiteral("inserts.sqlite")), Clock::system());
    if (!catalog)
        return;
    timer.restart();
    qint64 inserted = 0;
    // As in a sync: each page into a cluster of its own.
    for (int i = 0; i < rounds; ++i) {
        if (!catalog.value()->writeSnapshotPage(cluster.projectId, cluster.name + QString::number(i), page))
            return;
        inserted += page.size();
    }
    const double insertRate = double(inserted) / (double(timer.nsecsElapsed()) / 1e9);
    std::printf("baseline parse only:   %10.0f snapshots/s  (sync / parse  = %.2f)\n", parseRate,
                syncRate / parseRate);
    std::printf("baseline insert only:  %10.0f snapshots/s  (sync / insert = %.2f)\n", insertRate,
                syncRate / insertRate);
}

double nodeListing(const QString &script, const QString &dataDir)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("bash"), {script, QStringLiteral("--data-dir"), dataDir});
    if (!node.waitForFinished(1800000) || node.exitCode() != 0) {
        std::printf("node listing: failed (exit %d)\n", node.exitCode());
        return 0;
    }
    const QByteArray out = node.readAllStandardOutput();
    const QJsonObject json = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();
    std::printf("node mongodb-atlas-api-client: %lld snapshots in %.1f s = %.0f snapshots/s (%d requests)\n",
                json.value(u"snapshots").toInteger(), json.value(u"seconds").toDouble(),
                json.value(u"snapshotsPerSecond").toDouble(), json.value(u"requests").toInt());
    return json.value(u"snapshotsPerSecond").toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int dataAt = int(args.indexOf(QStringLiteral("--data")));
    const QString dataDir = dataAt > 0 ? args.value(dataAt + 1) : QStringLiteral("/tmp/snapline-bench-large");
    const QString binDir = QCoreApplication::applicationDirPath();
    Sandbox sandbox;
    if (!startSandbox(sandbox, QDir(binDir).filePath(QStringLiteral("../sandbox/snapline-sandbox")),
                      dataDir)) {
        std::printf("bench_sync: the sandbox did not start\n");
        return 1;
    }
    QTemporaryDir scratch;
    auto catalog
            = Catalog::open(QDir(scratch.path()).filePath(QStringLiteral("catalog.sqlite")), Clock::system());
    auto writer = std::make_shared<CatalogWriter>(std::move(catalog).value());
    auto api = apiFor(sandbox);
    Synchronizer::Options options;
    options.full = true;
    const int concurrencyAt = int(args.indexOf(QStringLiteral("--concurrency")));
    if (concurrencyAt > 0)
        options.clusterConcurrency = args.value(concurrencyAt + 1).toInt();
    std::printf("clusters synced at once: %d\n", options.clusterConcurrency);
    Synchronizer synchronizer(api, writer, Clock::system(), options);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const double sandboxCpuBefore = cpuSecondsOf(sandbox.process.processId());
    const auto report = SyncJob::runHere(SyncTarget::everything(), synchronizer, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double clientCpu = cpuSeconds() - cpuBefore;
    const double sandboxCpu = cpuSecondsOf(sandbox.process.processId()) - sandboxCpuBefore;
    if (!report) {
        std::printf("bench_sync: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const double rate = double(report->snapshotsRead) / seconds;
    std::printf("full sync: %d projects, %d clusters, %lld snapshots in %.2f s = %.0f snapshots/s (%d "
                "requests)\n",
                report->projects, report->clusters, report->snapshotsRead, seconds, rate, report->requests);
    std::printf("peak RSS of the sync: %ld MB; client CPU %.1f s of %.1f s wall (%.1f µs a snapshot)\n",
                peakRssMb(), clientCpu, seconds,
                clientCpu * 1e6 / double(std::max<qint64>(report->snapshotsRead, 1)));
    std::printf("sandbox CPU %.1f s (%.1f µs a snapshot); both on %d cores\n", sandboxCpu,
                sandboxCpu * 1e6 / double(std::max<qint64>(report->snapshotsRead, 1)),
                int(sysconf(_SC_NPROCESSORS_ONLN)));
    std::fflush(stdout);
    if (!args.contains(QStringLiteral("--sync-only")))
        baselines(*api, scratch.path(), rate);
    if (!args.contains(QStringLiteral("--no-node")) && !args.contains(QStringLiteral("--sync-only"))) {
        const QString script = QStringLiteral(SNAPLINE_SOURCE_DIR "/bench/node/run-node-listing.sh");
        const double node = nodeListing(script, dataDir);
        if (node > 0)
            std::printf("ratio snapline / node: %.1fx\n", rate / node);
    }
    sandbox.process.terminate();
    sandbox.process.waitForFinished(10000);
    return 0;
}
