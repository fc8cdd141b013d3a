#pragma once

#include "report/pdf_page_list.h"
#include "report/report_document.h"

#include <QColor>

class QPainter;

namespace snapline {

// Draws laid-out PDF pages with the running header and the "page N of M"
// footer, which need the page count: onto the PDF, or onto an image for a
// preview of a page.
class PdfPagePainter
{
public:
    PdfPagePainter(QPainter &painter, const PdfFonts &fonts, const PdfGeometry &geometry,
                   const ReportDocument &document, const QList<int> &sectionPages, int pageCount);

    void paint(const PdfPage &page, int index);

private:
    void setFont(PdfFonts::Role role);
    void setPen(const QColor &color);
    void paintItem(const PdfItem &item);
    // Left and right texts on one line, the left one cut to leave room.
    void paintBand(qreal baseline, const QString &left, const QString &right);
    void rule(qreal y);
    void paintHeader();
    void paintFooter(int index);

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

} // namespace snapline
