// How long `snapline-sandbox --scale large` takes to seed its organization
// (target: under a minute for ~2,000 clusters and ~1,000,000 snapshots), with
// the default organization as the baseline measured in the same run.
#include "seed/organization_seeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace snapline::sandbox;

namespace {

struct Run
{
    double seconds = 0;
    SeedSummary summary;
};

Run seedInto(const QString &path, const Scenario &scenario, bool dense)
{
    auto store = SandboxStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    QElapsedTimer timer;
    timer.start();
    auto result = OrganizationSeeder(**store, 42, QDateTime::currentSecsSinceEpoch()).seed(scenario, dense);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return {double(timer.nsecsElapsed()) / 1e9, *result};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int clusters = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    QTextStream out(stdout);
    const Run baseline
            = seedInto(dir.filePath(QStringLiteral("default.db")), Scenario::defaultOrganization(), false);
    const Run large = seedInto(dir.filePath(QStringLiteral("large.db")), Scenario::large(clusters), true);
    out << "sandbox seeding (baseline = the default organization)\n";
    out << QStringLiteral("  baseline: default org   %1 clusters, %2 snapshots in %3 s\n")
                    .arg(baseline.summary.clusters)
                    .arg(baseline.summary.snapshots)
                    .arg(baseline.seconds, 0, 'f', 3);
    out << QStringLiteral("  --scale large           %1 clusters, %2 snapshots in %3 s (%4x baseline, %5 "
                          "snapshots/s)\n")
                    .arg(large.summary.clusters)
                    .arg(large.summary.snapshots)
                    .arg(large.seconds, 0, 'f', 2)
                    .arg(large.seconds / baseline.seconds, 0, 'f', 1)
                    .arg(double(large.summary.snapshots) / large.seconds, 0, 'f', 0);
    return 0;
}
