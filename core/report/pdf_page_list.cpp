#include "report/pdf_page_list.h"

namespace snapline {

namespace {

// Margins in points: wide enough for binding and for printers that cannot
// print to the edge.
constexpr qreal kSideMargin = 54;
constexpr qreal kHeaderBaseline = 34;
constexpr qreal kHeaderRule = 40;
constexpr qreal kBodyTop = 58;
constexpr qreal kBodyBottom = 56; // from the page's bottom edge
constexpr qreal kFooterRule = 44;
constexpr qreal kFooterBaseline = 32;

} // namespace

PdfGeometry PdfGeometry::forPage(const QSizeF &pagePoints, qreal unit)
{
    PdfGeometry geometry;
    geometry.unit = unit;
    geometry.page = pagePoints * unit;
    const qreal height = pagePoints.height();
    geometry.body = QRectF(QPointF(kSideMargin, kBodyTop),
                           QPointF(pagePoints.width() - kSideMargin, height - kBodyBottom));
    geometry.body = QRectF(geometry.body.topLeft() * unit, geometry.body.size() * unit);
    geometry.headerBaseline = kHeaderBaseline * unit;
    geometry.headerRule = kHeaderRule * unit;
    geometry.footerRule = (height - kFooterRule) * unit;
    geometry.footerBaseline = (height - kFooterBaseline) * unit;
    return geometry;
}

PdfPageList::PdfPageList(const PdfGeometry &geometry)
    : m_geometry(geometry)
{}

void PdfPageList::newPage()
{
    m_pages.append(PdfPage{});
    m_y = m_geometry.body.top();
}

void PdfPageList::ensureRoom(qreal height)
{
    if (m_pages.isEmpty() || (!fits(height) && !atPageTop()))
        newPage();
}

void PdfPageList::text(qreal x, qreal baseline, const QString &text, PdfFonts::Role font, const QColor &color)
{
    PdfItem item;
    item.kind = PdfItem::Kind::Text;
    item.font = font;
    item.rect = QRectF(x, baseline, 0, 0);
    item.color = color;
    item.text = text;
    m_pages.last().items.append(std::move(item));
}

void PdfPageList::fill(const QRectF &rect, const QColor &color)
{
    PdfItem item;
    item.kind = PdfItem::Kind::Fill;
    item.rect = rect;
    item.color = color;
    m_pages.last().items.append(std::move(item));
}

void PdfPageList::line(const QPointF &from, const QPointF &to, const QColor &color, Qt::PenStyle style)
{
    PdfItem item;
    item.kind = PdfItem::Kind::Line;
    item.rect = QRectF(from, to);
    item.color = color;
    item.penStyle = style;
    m_pages.last().items.append(std::move(item));
}

void PdfPageList::chart(const QRectF &rect, const ReportChart &chart)
{
    PdfItem item;
    item.kind = PdfItem::Kind::Chart;
    item.rect = rect;
    item.chart = &chart;
    m_pages.last().items.append(std::move(item));
}

void PdfPageList::tocPage(qreal right, qreal baseline, int section, PdfFonts::Role font)
{
    PdfItem item;
    item.kind = PdfItem::Kind::TocPage;
    item.font = font;
    item.rect = QRectF(right, baseline, 0, 0);
    item.section = section;
    m_pages.last().items.append(std::move(item));
}

} // namespace snapline
