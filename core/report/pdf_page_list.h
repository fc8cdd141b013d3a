#pragma once

#include "report/pdf_fonts.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

namespace snapline {

struct ReportChart;

// Where things go on a PDF page, in device units: the body between the
// running header and footer, and one point (`unit`) for every other length.
struct PdfGeometry
{
    qreal unit = 1;
    QSizeF page;
    QRectF body;
    qreal headerBaseline = 0;
    qreal headerRule = 0;
    qreal footerRule = 0;
    qreal footerBaseline = 0;

    // `pagePoints`: the page in points; `unit`: device units per point.
    static PdfGeometry forPage(const QSizeF &pagePoints, qreal unit);
    qreal pt(qreal points) const { return points * unit; }
};

// One thing drawn on a page. A text's position is its baseline's start.
struct PdfItem
{
    enum class Kind : quint8 { Text, Fill, Line, Chart, TocPage };

    Kind kind = Kind::Text;
    PdfFonts::Role font = PdfFonts::Body;
    QRectF rect; // Line: from topLeft to bottomRight; TocPage: right edge and baseline
    QColor color;
    Qt::PenStyle penStyle = Qt::SolidLine; // Line
    QString text;
    const ReportChart *chart = nullptr;
    int section = -1; // TocPage: the section whose first page it shows
};

// One laid-out page: what is drawn on it, in order.
struct PdfPage
{
    QList<PdfItem> items;
    bool runningHeader = true; // the title page has none
};

// The pages of a report as they are laid out, and the place where the next
// block goes. Blocks ask for room first; a block that does not fit on the
// rest of a page starts the next one.
class PdfPageList
{
public:
    explicit PdfPageList(const PdfGeometry &geometry);

    const PdfGeometry &geometry() const { return m_geometry; }
    QList<PdfPage> &pages() { return m_pages; }
    int pageIndex() const { return int(m_pages.size()) - 1; }

    void newPage();
    // Starts a new page unless `height` still fits on this one (or the page is empty).
    void ensureRoom(qreal height);
    bool fits(qreal height) const { return m_y + height <= m_geometry.body.bottom(); }
    bool atPageTop() const { return m_y <= m_geometry.body.top(); }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal left() const { return m_geometry.body.left(); }
    qreal width() const { return m_geometry.body.width(); }

    void text(qreal x, qreal baseline, const QString &text, PdfFonts::Role font,
              const QColor &color = Qt::black);
    void fill(const QRectF &rect, const QColor &color);
    void line(const QPointF &from, const QPointF &to, const QColor &color,
              Qt::PenStyle style = Qt::SolidLine);
    void chart(const QRectF &rect, const ReportChart &chart);
    void tocPage(qreal right, qreal baseline, int section, PdfFonts::Role font);
    void withoutRunningHeader() { m_pages.last().runningHeader = false; }

private:
    PdfGeometry m_geometry;
    QList<PdfPage> m_pages;
    qreal m_y = 0;
};

} // namespace snapline
