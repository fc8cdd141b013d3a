#include "report/pdf_page_painter.h"

#include "console/display_format.h"
#include "report/report_chart_painter.h"
#include "report/report_render_text.h"

#include <QPainter>

namespace snapline {

namespace {

QColor headerText()
{
    return {0x55, 0x55, 0x55};
}
QColor headerRule()
{
    return {0xa0, 0xa0, 0xa0};
}

} // namespace

PdfPagePainter::PdfPagePainter(QPainter &painter, const PdfFonts &fonts, const PdfGeometry &geometry,
                               const ReportDocument &document, const QList<int> &sectionPages, int pageCount)
    : m_painter(painter)
    , m_fonts(fonts)
    , m_geometry(geometry)
    , m_document(document)
    , m_sectionPages(sectionPages)
    , m_pageCount(pageCount)
    , m_generated(ReportRenderText::generatedFooter(formatUtc(document.spec.generatedAt)))
{}

void PdfPagePainter::paint(const PdfPage &page, int index)
{
    for (const PdfItem &item : page.items)
        paintItem(item);
    if (page.runningHeader)
        paintHeader();
    paintFooter(index);
}

void PdfPagePainter::setFont(PdfFonts::Role role)
{
    if (role != m_font) {
        m_font = role;
        m_painter.setFont(m_fonts.font(role));
    }
}

void PdfPagePainter::setPen(const QColor &color)
{
    if (color != m_color) {
        m_color = color;
        m_painter.setPen(color);
    }
}

void PdfPagePainter::paintItem(const PdfItem &item)
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

void PdfPagePainter::paintBand(qreal baseline, const QString &left, const QString &right)
{
    setFont(PdfFonts::Small);
    setPen(headerText());
    const qreal rightWidth = m_fonts.width(PdfFonts::Small, right);
    const QString leftText = m_fonts.metrics(PdfFonts::Small)
                                     .elidedText(left, Qt::ElideRight,
                                                 m_geometry.body.width() - rightWidth - m_geometry.pt(12));
    m_painter.drawText(QPointF(m_geometry.body.left(), baseline), leftText);
    m_painter.drawText(QPointF(m_geometry.body.right() - rightWidth, baseline), right);
}

void PdfPagePainter::rule(qreal y)
{
    m_painter.setPen(QPen(headerRule(), m_geometry.pt(0.5)));
    m_color = QColor();
    m_painter.drawLine(QPointF(m_geometry.body.left(), y), QPointF(m_geometry.body.right(), y));
}

void PdfPagePainter::paintHeader()
{
    paintBand(m_geometry.headerBaseline, m_document.title, m_document.scopeLabel);
    rule(m_geometry.headerRule);
}

void PdfPagePainter::paintFooter(int index)
{
    rule(m_geometry.footerRule);
    paintBand(m_geometry.footerBaseline, m_generated, ReportRenderText::pageOf(index + 1, m_pageCount));
}

} // namespace snapline
