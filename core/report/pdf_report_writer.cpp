#include "report/pdf_report_writer.h"

#include "report/pdf_page_painter.h"
#include "report/pdf_report_layout.h"
#include "report/report_output_file.h"
#include "report/report_render_text.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace snapline {

namespace {

// Share of the progress the layout takes; drawing the pages takes the rest.
constexpr int kLayoutShare = 40;

} // namespace

Result<QStringList> PdfReportWriter::write(const ReportDocument &document, const QString &path,
                                           const std::atomic_bool *cancel, const Progress &progress)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (cancelled())
        return ReportOutputFile::cancelledError();
    ReportOutputFile file(path);
    if (const Status opened = file.open(); !opened)
        return opened.error();

    QPdfWriter writer(file.device());
    const PdfFonts fonts(&writer);
    const PdfGeometry geometry = setUp(writer, document);
    PdfReportLayout layout(document, fonts, geometry);
    int reported = -1;
    const auto report = [&](int percent) {
        if (progress && percent > reported) {
            reported = percent;
            progress(percent);
        }
    };
    if (!layout.layOut(cancel, [&](int percent) { report(percent * kLayoutShare / 100); }))
        return ReportOutputFile::cancelledError();

    QList<PdfPage> &pages = layout.pages();
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("report.write"),
                     ReportRenderText::tr("Cannot start the PDF file %1.").arg(path)};
    PdfPagePainter pagePainter(painter, fonts, geometry, document, layout.sectionPages(), int(pages.size()));
    for (int i = 0; i < pages.size(); ++i) {
        if (cancelled()) {
            painter.end();
            return ReportOutputFile::cancelledError();
        }
        if (i > 0)
            writer.newPage();
        pagePainter.paint(pages[i], i);
        pages[i].items.clear(); // drawn: the memory can go
        report(kLayoutShare + (i + 1) * (100 - kLayoutShare) / int(pages.size()) - 1);
    }
    painter.end();
    auto written = file.commit();
    if (!written)
        return written.error();
    report(100);
    return QStringList{written.value()};
}

PdfGeometry PdfReportWriter::setUp(QPdfWriter &writer, const ReportDocument &document)
{
    const QPageSize pageSize(document.spec.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(kResolution);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Snapline"));
    return PdfGeometry::forPage(pageSize.sizePoints(), kResolution / 72.0);
}

std::unique_ptr<ReportWriter> makePdfReportWriter()
{
    return std::make_unique<PdfReportWriter>();
}

} // namespace snapline
