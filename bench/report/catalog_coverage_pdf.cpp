#include "catalog_coverage_pdf.h"

#include "bench_support.h"
#include "large_catalog.h"
#include "report/pdf_report_writer.h"
#include "report/report_builder.h"
#include "report/report_job.h"
#include "report/report_preview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace snapline::bench {

namespace {

struct Seconds
{
    double wall = 0;
    double cpu = 0;
    long peakRssMb = 0; // the process's peak so far, after the step
};

Seconds timed(const std::function<void()> &work)
{
    QElapsedTimer wall;
    const double cpu = cpuSeconds();
    wall.start();
    work();
    return {double(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu, peakRssMb()};
}

void print(const char *what, const Seconds &s, const QString &more = {})
{
    std::printf("  %-48s %6.2f s wall %6.2f s cpu  peak RSS %4ld MB  %s\n", what, s.wall, s.cpu, s.peakRssMb,
                qPrintable(more));
}

} // namespace

bool benchCatalogCoveragePdf(int clusters, int snapshots, const QString &catalog, const QString &folder)
{
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QTemporaryDir temporary;
    const QString path = catalog.isEmpty() ? temporary.filePath(QStringLiteral("catalog.db")) : catalog;
    if (!QFileInfo::exists(path)) {
        auto writer = Catalog::open(path, std::make_shared<ManualClock>(now));
        Status filled = writer ? Status(Done{}) : Status(writer.error());
        const Seconds fill = timed([&] {
            if (filled)
                filled = fillLargeCatalog(*writer.value(), clusters, snapshots, now);
        });
        if (!filled) {
            std::fprintf(stderr, "cannot fill the catalog: %s\n", qPrintable(filled.error().message));
            return false;
        }
        std::printf("catalog filled in %.1f s: %s\n", fill.wall, qPrintable(path));
    }
    auto reader = Catalog::openReader(path, std::make_shared<ManualClock>(now));
    if (!reader) {
        std::fprintf(stderr, "cannot read the catalog: %s\n", qPrintable(reader.error().message));
        return false;
    }
    ReportRequest request;
    request.catalogPath = path;
    request.spec.kind = ReportKind::Coverage;
    request.spec.scope = ReportScope::organization(QStringLiteral("6a00000000000000000000aa"));
    request.spec.from = now.addDays(-30);
    request.spec.to = now;
    request.spec.generatedAt = now;
    request.spec.profileName = QStringLiteral("bench");
    request.format = ReportFormat::Pdf;
    request.outputPath = QDir(folder).filePath(QStringLiteral("catalog-coverage.pdf"));

    const long rssBefore = peakRssMb();
    std::optional<ReportDocument> document;
    const Seconds build = timed([&] {
        auto built = ReportBuilder::build(**reader, request.spec);
        if (built)
            document = std::move(built).value();
    });
    if (!document)
        return false;
    const QString pdf = QDir(folder).filePath(QStringLiteral("catalog-coverage-write.pdf"));
    bool ok = true;
    const Seconds write = timed([&] { ok = makePdfReportWriter()->write(*document, pdf, nullptr, {}).ok(); });
    document.reset();
    const Seconds whole = timed([&] { ok = ok && ReportJob::runHere(request, ManualClock(now)).ok(); });
    const long rssExport = peakRssMb();
    int pages = 0;
    const Seconds preview = timed([&] {
        const auto page = ReportPreview::firstPage(path, request.spec, 600);
        ok = ok && page.ok();
        pages = page ? page->pageCount : 0;
    });

    std::printf("real coverage report as PDF, from a catalog of %d clusters and %d snapshots, 30 days%s\n",
                clusters, snapshots, ok ? "" : " (A STEP FAILED)");
    print("ReportBuilder::build (coverage)", build);
    print("PdfReportWriter::write", write,
          QStringLiteral("%1 pages, %2 bytes").arg(pages).arg(QFileInfo(pdf).size()));
    print("whole export (ReportJob: build + PDF + manifest)", whole,
          whole.wall <= 5.0 ? QStringLiteral("target <= 5 s: met") : QStringLiteral("target <= 5 s: MISSED"));
    print("export dialog's preview of page 1", preview);
    std::printf("  peak RSS %ld MB before the report, %ld MB after the exports\n", rssBefore, rssExport);
    return ok;
}

} // namespace snapline::bench
