#include "report/pdf_page_preview.h"

#include "report/pdf_page_painter.h"
#include "report/pdf_report_layout.h"
#include "report/pdf_report_writer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace snapline {

std::optional<PdfPagePreview::Page> PdfPagePreview::render(const ReportDocument &document, int pageIndex,
                                                           int widthPixels, const std::atomic_bool *cancel)
{
    // A PDF device that is never drawn on: the fonts are measured on it so
    // that lines break where they will in the exported file.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    const PdfGeometry geometry = PdfReportWriter::setUp(writer, document);
    const PdfFonts fonts(&writer);
    PdfReportLayout layout(document, fonts, geometry);
    if (!layout.layOut(cancel, {}))
        return std::nullopt;
    QList<PdfPage> &pages = layout.pages();
    Page out;
    out.pageCount = int(pages.size());
    out.index = std::clamp(pageIndex, 0, out.pageCount - 1);

    const qreal scale = widthPixels / geometry.page.width();
    out.image = QImage(QSize(widthPixels, qRound(geometry.page.height() * scale)), QImage::Format_RGB32);
    // Points become pixels at the PDF's resolution, as on the PDF device;
    // the painter's scale then shrinks the page to the image.
    const int dotsPerMeter = qRound(PdfReportWriter::kResolution / 0.0254);
    out.image.setDotsPerMeterX(dotsPerMeter);
    out.image.setDotsPerMeterY(dotsPerMeter);
    out.image.fill(Qt::white);
    QPainter painter(&out.image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    PdfPagePainter(painter, fonts, geometry, document, layout.sectionPages(), out.pageCount)
            .paint(pages[out.index], out.index);
    painter.end();
    return out;
}

} // namespace snapline
