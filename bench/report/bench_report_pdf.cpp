// How fast a PDF coverage report of a large organization is written: 2,000
// clusters, three tables of one row per cluster and two charts over 90 days
// (largeCoverageReport). Timed: PdfReportWriter::write, layout and drawing
// (the document is built beforehand, as a ReportJob hands it over). Printed:
// seconds (wall and CPU), pages, bytes and peak RSS, against two baselines
// measured in the same run: the same document as HTML, and a tenth of it
// (200 clusters) as PDF times ten, which shows whether pages cost the same
// at the end of a big report as at the start. Target: ≤ 5 s for 2,000.
//
// Then a real report: the coverage of the large organization built by
// ReportBuilder from a file catalog (fillLargeCatalog, --snapshots of them)
// and exported through ReportJob, as the GUI and the command line do.
//
//   bench_report_pdf [--clusters N] [--snapshots N] [--catalog FILE] [--out FOLDER]
// With --out, the reports are kept there; with --catalog, the catalog is
// reused (made there the first time).
#include "bench_support.h"
#include "catalog_coverage_pdf.h"
#include "large_report_document.h"
#include "report/html_report_writer.h"
#include "report/pdf_report_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace snapline;

namespace {

struct Figures
{
    double wall = 0; // s
    double cpu = 0;  // s
    qint64 bytes = 0;
    int pages = 0;
};

// The page count from the PDF's page tree ("/Count N" of the root /Pages).
int pageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int pages = 0;
    const QRegularExpression count(QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*/Count (\\d+)"));
    auto matches = count.globalMatch(QString::fromLatin1(file.readAll()));
    while (matches.hasNext())
        pages = std::max(pages, matches.next().captured(1).toInt());
    return pages;
}

bool run(ReportWriter &writer, const ReportDocument &document, const QString &path, Figures &figures)
{
    QElapsedTimer wall;
    const double cpu = bench::cpuSeconds();
    wall.start();
    const auto written = writer.write(document, path, nullptr, {});
    figures.wall = double(wall.nsecsElapsed()) / 1e9;
    figures.cpu = bench::cpuSeconds() - cpu;
    if (!written) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(written.error().message));
        return false;
    }
    figures.bytes = QFileInfo(path).size();
    figures.pages = path.endsWith(QStringLiteral(".pdf")) ? pageCount(path) : 0;
    return true;
}

void print(const char *what, const Figures &f)
{
    std::printf("%-34s %7.2f s wall %7.2f s cpu %6d pages %10lld bytes\n", what, f.wall, f.cpu, f.pages,
                static_cast<long long>(f.bytes));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int clusters = 2000;
    int snapshots = 1'000'000;
    QString out;
    QString catalog;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--clusters")
            clusters = std::max(10, args[i + 1].toInt());
        else if (args[i] == u"--out")
            out = args[i + 1];
        else if (args[i] == u"--snapshots")
            snapshots = std::max(0, args[i + 1].toInt());
        else if (args[i] == u"--catalog")
            catalog = args[i + 1];
    }
    QTemporaryDir temporary;
    const QDir folder(out.isEmpty() ? temporary.path() : out);
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return 1;

    const ReportDocument large = bench::largeCoverageReport(clusters);
    const ReportDocument tenth = bench::largeCoverageReport(clusters / 10);
    const long rssBefore = bench::peakRssMb();
    std::printf("PDF coverage report, %d clusters (3 tables x %d rows, 2 charts); documents built, peak RSS "
                "%ld MB\n",
                clusters, clusters, rssBefore);

    Figures small;
    Figures pdf;
    Figures html;
    const auto pdfWriter = makePdfReportWriter();
    const auto htmlWriter = makeHtmlReportWriter();
    // The tenth first: it also loads the fonts, which the big run then reuses.
    if (!run(*pdfWriter, tenth, folder.filePath(QStringLiteral("coverage-tenth.pdf")), small))
        return 1;
    if (!run(*pdfWriter, large, folder.filePath(QStringLiteral("coverage.pdf")), pdf))
        return 1;
    const long rssPdf = bench::peakRssMb();
    if (!run(*htmlWriter, large, folder.filePath(QStringLiteral("coverage.html")), html))
        return 1;

    print(qPrintable(QStringLiteral("PDF, %1 clusters").arg(clusters)), pdf);
    print(qPrintable(QStringLiteral("baseline: HTML, %1 clusters").arg(clusters)), html);
    print(qPrintable(QStringLiteral("baseline: PDF, %1 clusters").arg(clusters / 10)), small);
    std::printf("peak RSS %ld MB (+%ld MB while writing the PDF)\n", rssPdf, rssPdf - rssBefore);
    std::printf("ratio PDF / HTML            %.1fx\n", pdf.wall / std::max(html.wall, 1e-6));
    std::printf("ratio PDF / (10 x tenth)    %.2fx (1.00 = pages cost the same throughout)\n",
                pdf.wall / std::max(10 * small.wall, 1e-6));
    std::printf("%.0f pages/s; target <= 5 s: %s\n", pdf.pages / std::max(pdf.wall, 1e-6),
                pdf.wall <= 5.0 ? "met" : "MISSED");
    std::fflush(stdout);
    if (!bench::benchCatalogCoveragePdf(clusters, snapshots, catalog, folder.path()))
        return 1;
    if (!out.isEmpty())
        std::printf("reports kept in %s\n", qPrintable(folder.path()));
    return 0;
}
