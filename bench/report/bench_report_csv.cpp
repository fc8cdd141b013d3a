// How fast a coverage report of a large organization (2,000 clusters,
// 1,000,000 snapshots in a file catalog) is exported as CSV: one row per
// snapshot in evidence-snapshots.csv, plus the per-cluster tables, the
// manifest and its SHA-256 hashes. Timed: the whole export (ReportJob::
// runHere: build + write + manifest) to a folder and to a .zip, and its
// parts (building the document; writing the folder). The baseline, measured
// in the same run, is the floor any export pays: reading every snapshot out
// of the catalog with Catalog::snapshots(). Peak RSS counts from after the
// catalog was filled.
//
//   bench_report_csv [--clusters N] [--snapshots N] [--rounds N] [--catalog FILE]
// With --catalog, an existing file is reused and a new one is kept.
#include "large_catalog.h"
#include "report/csv_report_writer.h"
#include "report/report_builder.h"
#include "report/report_job.h"

#include <QCoreApplication>
#include <QDir>
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
    int rounds = 3;
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

Timing medianOf(int rounds, const std::function<void()> &work)
{
    QList<double> wall, cpu;
    for (int i = 0; i < rounds; ++i) {
        const Timing t = timed(work);
        wall << t.wall;
        cpu << t.cpu;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

QString line(const char *label, Timing t)
{
    return QStringLiteral("  %1 %2 ms wall %3 ms cpu\n")
            .arg(QLatin1String(label), -44)
            .arg(t.wall, 8, 'f', 1)
            .arg(t.cpu, 8, 'f', 1);
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

// Linux: writing 5 to clear_refs starts peak RSS (VmHWM) over from now.
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

QString megabytes(qint64 kb)
{
    return QString::number(kb / 1024.0, 'f', 0) + QStringLiteral(" MB");
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    const QFileInfo info(path);
    if (info.isFile())
        return info.size();
    for (const QFileInfo &f : QDir(path).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Options options = parse(app.arguments());
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    ManualClock clock(now);

    QTemporaryDir dir;
    const QString path
            = options.catalog.isEmpty() ? dir.filePath(QStringLiteral("catalog.db")) : options.catalog;
    if (!QFileInfo::exists(path)) {
        auto writer = Catalog::open(path, std::make_shared<ManualClock>(now));
        if (!writer) {
            out << "cannot open the catalog: " << writer.error().message << Qt::endl;
            return 1;
        }
        Status filled = Done{};
        const Timing t = timed([&] {
            filled = bench::fillLargeCatalog(*writer.value(), options.clusters, options.snapshots, now);
        });
        if (!filled) {
            out << "cannot fill the catalog: " << filled.error().message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("filled %1 in %2 s\n").arg(path).arg(t.wall / 1000, 0, 'f', 1);
    }
    resetPeakRss();
    const qint64 rssBefore = statusKb("VmRSS:");

    auto reader = Catalog::openReader(path, std::make_shared<ManualClock>(now));
    if (!reader) {
        out << "cannot open a reader: " << reader.error().message << Qt::endl;
        return 1;
    }
    const Catalog &catalog = **reader;
    ReportRequest request;
    request.catalogPath = path;
    request.spec.kind = ReportKind::Coverage;
    request.spec.scope = ReportScope::organization(QStringLiteral("6a00000000000000000000aa"));
    request.spec.from = now.addDays(-60);
    request.spec.to = now.addSecs(1);
    request.spec.generatedAt = now;
    request.format = ReportFormat::Csv;

    // The baseline: every snapshot read out of the catalog, nothing else.
    qint64 read = 0;
    const Timing baseline = medianOf(options.rounds, [&] {
        read = 0;
        for (const Project &p : catalog.projects(request.spec.scope.id).valueOr({})) {
            for (const Cluster &c : catalog.clusters(p.id).valueOr({}))
                read += catalog.snapshots(p.id, c.name).valueOr({}).size();
        }
    });
    const qint64 peakBaseline = statusKb("VmHWM:");

    const qint64 anonymousBaseline = statusKb("RssAnon:");
    resetPeakRss();
    qint64 rows = 0;
    const Timing build = medianOf(options.rounds, [&] {
        const auto document = ReportBuilder::build(catalog, request.spec);
        const ReportSection *evidence = document ? document->section(u"evidence") : nullptr;
        const ReportTable *table = evidence ? evidence->table(u"snapshots") : nullptr;
        rows = table ? table->rowCount() : -1;
    });
    const qint64 peakBuild = statusKb("VmHWM:");
    Timing write;
    qint64 documentKb = 0;
    {
        const qint64 before = statusKb("RssAnon:");
        const auto document = ReportBuilder::build(catalog, request.spec).value();
        documentKb = statusKb("RssAnon:") - before;
        const QString writeOnly = dir.filePath(QStringLiteral("write-only"));
        write = medianOf(options.rounds,
                         [&] { (void)CsvReportWriter().write(document, writeOnly, nullptr, {}); });
    }

    resetPeakRss();
    request.outputPath = dir.filePath(QStringLiteral("coverage"));
    bool ok = true;
    const Timing exportFolder
            = medianOf(options.rounds, [&] { ok = ok && ReportJob::runHere(request, clock).ok(); });
    const qint64 peakExport = statusKb("VmHWM:");
    const qint64 anonymousExport = statusKb("RssAnon:");
    const qint64 mappedExport = statusKb("RssFile:");
    const qint64 folderSize = folderBytes(request.outputPath);
    request.outputPath = dir.filePath(QStringLiteral("coverage.zip"));
    const Timing exportZip
            = medianOf(options.rounds, [&] { ok = ok && ReportJob::runHere(request, clock).ok(); });
    const qint64 zipSize = folderBytes(request.outputPath);

    out << QStringLiteral(
                   "coverage report as CSV: %1 clusters, %2 snapshots read, %3 snapshot rows; median of %4 "
                   "rounds%5\n")
                    .arg(options.clusters)
                    .arg(read)
                    .arg(rows)
                    .arg(options.rounds)
                    .arg(ok ? QString() : QStringLiteral(" (AN EXPORT FAILED)"));
    out << line("baseline: Catalog::snapshots() for every cluster", baseline);
    out << line("ReportBuilder::build (coverage)", build);
    out << line("CsvReportWriter::write (folder)", write);
    out << line("export to a folder (build + write + manifest)", exportFolder);
    out << line("export to a .zip (build + write + manifest)", exportZip);
    out << QStringLiteral(
                   "  the folder export takes %1x the baseline's wall time (target: at most 2000 ms)\n")
                    .arg(exportFolder.wall / baseline.wall, 0, 'f', 2);
    out << QStringLiteral("  folder %1 MB, zip %2 MB\n")
                    .arg(folderSize / 1e6, 0, 'f', 1)
                    .arg(zipSize / 1e6, 0, 'f', 1);
    out << QStringLiteral("RSS before %1; peak during the baseline %2, the build %3, the export %4\n")
                    .arg(megabytes(rssBefore), megabytes(peakBaseline), megabytes(peakBuild),
                         megabytes(peakExport));
    out << QStringLiteral(
                   "  after the export: %1 anonymous (%2 after the baseline), %3 mapped catalog and report "
                   "files; a built document holds %4\n")
                    .arg(megabytes(anonymousExport), megabytes(anonymousBaseline), megabytes(mappedExport),
                         megabytes(documentKb));
    out.flush();
    return ok ? 0 : 1;
}
