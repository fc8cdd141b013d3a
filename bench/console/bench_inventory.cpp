// How fast the console reads a large organization: 2,000 clusters in 40
// projects with 1,000,000 snapshots in a file catalog. Timed: the inventory
// read (InventoryReader::read, with every cluster's snapshot summary from one
// aggregate query), the posture grid's setInventory and a full sort of its
// proxy, and a reload merged into a populated, sorted grid. The baseline
// reads the same summaries by loading every cluster's snapshots with
// Catalog::snapshots(). Each figure is the median of several rounds, as wall
// and as CPU time (the machine may be shared); peak RSS is counted from after
// the catalog was filled, since filling is not what the console does.
//
//   bench_inventory [--clusters N] [--snapshots N] [--rounds N] [--catalog FILE]
// With --catalog, an existing file is reused and a new one is kept.
#include "console/inventory_reader.h"
#include "large_catalog.h"
#include "models/posture_filter_proxy.h"
#include "models/posture_model.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>

using namespace snapline;

namespace {

struct Options
{
    int clusters = 2000;
    int snapshots = 1'000'000;
    int rounds = 7;
    QString catalog;
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--clusters")
            o.clusters = args[i + 1].toInt();
        else if (args[i] == u"--snapshots")
            o.snapshots = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            o.rounds = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--catalog")
            o.catalog = args[i + 1];
    }
    return o;
}

struct Timing
{
    double wall = 0; // ms
    double cpu = 0;  // ms of this process
};

Timing timed(const std::function<void()> &work)
{
    const auto wall = std::chrono::steady_clock::now();
    const std::clock_t cpu = std::clock();
    work();
    return {std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall).count(),
            double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

Timing medianOf(int rounds, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        const Timing t = timed(work);
        wall << t.wall;
        cpu << t.cpu;
    }
    return {median(wall), median(cpu)};
}

QString line(const char *label, Timing t)
{
    return QStringLiteral("  %1 %2 ms wall %3 ms cpu\n")
            .arg(QLatin1String(label), -40)
            .arg(t.wall, 7, 'f', 1)
            .arg(t.cpu, 7, 'f', 1);
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &row : status.readAll().split('\n')) {
        if (row.startsWith(field))
            return row.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString megabytes(qint64 kb)
{
    return QString::number(kb / 1024.0, 'f', 0) + QStringLiteral(" MB");
}

// Linux: writing 5 to clear_refs starts peak RSS (VmHWM) over from now.
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// The baseline: every cluster's snapshots read into domain values, summed here.
QHash<QString, SnapshotSummary> summariesByLoading(const Catalog &catalog, const Inventory &inventory)
{
    QHash<QString, SnapshotSummary> out;
    const QDateTime failedSince = inventory.readAt.addSecs(-24 * 3600);
    for (const auto &org : inventory.organizations) {
        for (const auto &project : org.projects) {
            for (const auto &cluster : project.clusters) {
                const auto snapshots = catalog.snapshots(project.project.id, cluster.where.cluster.name);
                if (!snapshots || snapshots->isEmpty())
                    continue;
                SnapshotSummary s;
                for (const Snapshot &snapshot : *snapshots) {
                    ++s.count;
                    s.totalBytes += snapshot.storageSizeBytes;
                    if (snapshot.status == SnapshotStatus::Failed && snapshot.createdAt >= failedSince)
                        ++s.failedRecently;
                    if (!snapshot.isCompleted())
                        continue;
                    if (!s.oldestCompletedAt)
                        s.oldestCompletedAt = snapshot.createdAt;
                    s.lastCompletedAt = snapshot.createdAt;
                    s.copyRegions = snapshot.copyRegions;
                }
                out.insert(InventoryReader::summaryKey(project.project.id, cluster.where.cluster.name), s);
            }
        }
    }
    return out;
}

bool fill(const QString &path, const Options &options, const QDateTime &now, QTextStream &out)
{
    auto writer = Catalog::open(path, std::make_shared<ManualClock>(now));
    if (!writer) {
        out << "cannot open the catalog: " << writer.error().message << Qt::endl;
        return false;
    }
    Status filled = Done{};
    const Timing t = timed([&] {
        filled = bench::fillLargeCatalog(*writer.value(), options.clusters, options.snapshots, now);
    });
    if (!filled) {
        out << "cannot fill the catalog: " << filled.error().message << Qt::endl;
        return false;
    }
    out << QStringLiteral("filled %1 in %2 s\n").arg(path).arg(t.wall / 1000, 0, 'f', 1);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Options options = parse(app.arguments());
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

    QTemporaryDir dir;
    const QString path
            = options.catalog.isEmpty() ? dir.filePath(QStringLiteral("catalog.db")) : options.catalog;
    if (!QFileInfo::exists(path) && !fill(path, options, now, out))
        return 1;
    resetPeakRss();
    const qint64 rssBefore = statusKb("VmRSS:");

    auto reader = Catalog::openReader(path, std::make_shared<ManualClock>(now));
    if (!reader) {
        out << "cannot open a reader: " << reader.error().message << Qt::endl;
        return 1;
    }
    const Catalog &catalog = *reader.value();
    std::shared_ptr<const Inventory> inventory;
    const Timing first = timed([&] {
        inventory = std::make_shared<const Inventory>(InventoryReader::read(catalog, now).value());
    });
    const Timing read = medianOf(options.rounds, [&] { (void)InventoryReader::read(catalog, now); });
    const Timing summaries
            = medianOf(options.rounds, [&] { (void)catalog.snapshotSummaries(now.addSecs(-86400)); });
    const qint64 peakReading = statusKb("VmHWM:");
    // SQLite maps the catalog file, and the kernel maps the neighbours of each
    // page touched: most of that peak is file pages, shared and reclaimable.
    const qint64 anonymous = statusKb("RssAnon:");
    const qint64 mapped = statusKb("RssFile:");

    const Timing setInventory = medianOf(options.rounds, [&] {
        PostureModel model;
        model.setInventory(inventory);
    });
    const Timing setAndSort = medianOf(options.rounds, [&] {
        PostureModel model;
        PostureFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setInventory(inventory);
        proxy.sort(PostureModel::LastSnapshotColumn, Qt::DescendingOrder);
    });
    PostureModel model;
    PostureFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setInventory(inventory);
    QList<double> sorts;
    for (int column = 0; column < PostureModel::ColumnCount; ++column)
        sorts << timed([&] { proxy.sort(column, Qt::AscendingOrder); }).wall;
    const Timing reload = medianOf(options.rounds, [&] {
        model.setInventory(std::make_shared<const Inventory>(*inventory)); // the same clusters, new values
    });
    const qint64 peakModelling = statusKb("VmHWM:");

    QHash<QString, SnapshotSummary> loaded;
    const Timing baseline = medianOf(std::min(options.rounds, 3),
                                     [&] { loaded = summariesByLoading(catalog, *inventory); });
    const bool agree = loaded == catalog.snapshotSummaries(now.addSecs(-86400)).value();

    out << QStringLiteral("console inventory: %1 clusters, %2 snapshots, file catalog; median of %3 rounds\n")
                    .arg(inventory->clusterCount())
                    .arg(options.snapshots)
                    .arg(options.rounds);
    out << line("InventoryReader::read", read);
    out << line("  the first read, on a new connection", first);
    out << line("  of which snapshotSummaries()", summaries);
    out << line("baseline: snapshots() per cluster", baseline);
    out << QStringLiteral("  the aggregate query takes 1/%1 of the baseline's cpu; same figures: %2\n")
                    .arg(baseline.cpu / summaries.cpu, 0, 'f', 0)
                    .arg(agree ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << line("PostureModel::setInventory", setInventory);
    out << line("setInventory + proxy sort (last snapshot)", setAndSort);
    out << QStringLiteral("  proxy sort, per column: median %1 ms, slowest %2 ms wall\n")
                    .arg(median(sorts), 0, 'f', 1)
                    .arg(*std::max_element(sorts.cbegin(), sorts.cend()), 0, 'f', 1);
    out << line("reload merged into a sorted grid", reload);
    out << QStringLiteral("RSS before reading %1; peak after the reads %2 (%3 anonymous, %4 mapped catalog "
                          "file), after the grid %5, after the baseline %6\n")
                    .arg(megabytes(rssBefore), megabytes(peakReading), megabytes(anonymous),
                         megabytes(mapped), megabytes(peakModelling), megabytes(statusKb("VmHWM:")));
    out.flush();
    return agree ? 0 : 1;
}
