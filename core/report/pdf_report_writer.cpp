#include "report/pdf_report_writer.h"

#include "console/display_format.h"
#include "report/pdf_report_layout.h"
#include "report/report_chart_painter.h"
#include "report/report_output_file.h"
#include "report/report_render_text.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace snapline {

namespace {

// Device units per inch: fine enough that rounding never shows, and the
// layout works in points times kResolution / 72.
constexpr int kResolution = 1200;
// Share of the progress the layout takes; drawing the pages takes the rest.
constexpr int kLayoutShare = 40;

QColor headerText()
{
    return {0x55, 0x55, 0x55};
}
QColor headerRule()
{
    return {0xa0, 0xa0, 0xa0};
}

// Draws laid-out pages, with the running header and footer that need the
// page count.
class PdfPagePainter
{
public:
    PdfPagePainter(QPainter &painter, const PdfFonts &fonts, const PdfGeometry &geometry,
                   const ReportDocument &document, const QList<int> &sectionPages, int pageCount)
        : m_painter(painter)
        , m_fonts(fonts)
        , m_geometry(geometry)
        , m_document(document)
        , m_sectionPages(sectionPages)
        , m_pageCount(pageCount)
        , m_generated(ReportRenderText::generatedFooter(formatUtc(document.spec.generatedAt)))
    {}

    void paint(const PdfPage &page, int index)
    {
        for (const PdfItem &item : page.items)
            paintItem(item);
        if (page.runningHeader)
            paintHeader();
        paintFooter(index);
    }

private:
    void setFont(PdfFonts::Role role)
    {
        if (role != m_font) {
            m_font = role;
            m_painter.setFont(m_fonts.font(role));
        }
    }

    void setPen(const QColor &color)
    {
        if (color != m_color) {
            m_color = color;
            m_painter.setPen(color);
        }
    }

    void paintItem(const PdfItem &item)
    {
        switch (item.kind) {
        case PdfItem::Kind::Text:
            setFont(item.font);
            setPen(item.color);
            m_painter.drawText(item.rect.topLeft(), item.text);
            break;
        case PdfItem::Kind::Fill:
            m_painter.fillRect(item.rect, item.color);
            break;
        case PdfItem::Kind::Line:
            m_painter.setPen(QPen(item.color, m_geometry.pt(0.5), item.penStyle));
            m_color = QColor();
            m_painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case PdfItem::Kind::Chart:
            ReportChartPainter::paint(m_painter, item.rect, *item.chart);
            m_font = PdfFonts::RoleCount; // the chart set its own
            m_color = QColor();
            break;
        case PdfItem::Kind::TocPage: {
            const QString number = QString::number(m_sectionPages.value(item.section) + 1);
            setFont(item.font);
            setPen(Qt::black);
            const qreal width = m_fonts.width(item.font, number);
            m_painter.drawText(QPointF(item.rect.left() - width, item.rect.top()), number);
            break;
        }
        }
    }

    // Left and right texts on one line, the left one cut to leave room.
    void paintBand(qreal baseline, const QString &left, const QString &right)
    {
        setFont(PdfFonts::Small);
        setPen(headerText());
        const qreal rightWidth = m_fonts.width(PdfFonts::Small, right);
        const QString leftText
                = m_fonts.metrics(PdfFonts::Small)
                          .elidedText(left, Qt::ElideRight,
                                      m_geometry.body.width() - rightWidth - m_geometry.pt(12));
        m_painter.drawText(QPointF(m_geometry.body.left(), baseline), leftText);
        m_painter.drawText(QPointF(m_geometry.body.right() - rightWidth, baseline), right);
    }

    void rule(qreal y)
    {
        m_painter.setPen(QPen(headerRule(), m_geometry.pt(0.5)));
        m_color = QColor();
        m_painter.drawLine(QPointF(m_geometry.body.left(), y), QPointF(m_geometry.body.right(), y));
    }

    void paintHeader()
    {
        paintBand(m_geometry.headerBaseline, m_document.title, m_document.scopeLabel);
        rule(m_geometry.headerRule);
    }

    void paintFooter(int index)
    {
        rule(m_geometry.footerRule);
        paintBand(m_geometry.footerBaseline, m_generated, ReportRenderText::pageOf(index + 1, m_pageCount));
    }

    QPainter &m_painter;
    const PdfFonts &m_fonts;
    const PdfGeometry &m_geometry;
    const ReportDocument &m_document;
    const QList<int> &m_sectionPages;
    int m_pageCount;
    QString m_generated;
    PdfFonts::Role m_font = PdfFonts::RoleCount;
    QColor m_color;
};

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
    const QPageSize pageSize(document.spec.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(kResolution);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Snapline"));

    const PdfFonts fonts(&writer);
    const PdfGeometry geometry = PdfGeometry::forPage(pageSize.sizePoints(), kResolution / 72.0);
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

std::unique_ptr<ReportWriter> makePdfReportWriter()
{
    return std::make_unique<PdfReportWriter>();
}

} // namespace snapline
