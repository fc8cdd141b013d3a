#pragma once

#include "report/pdf_page_list.h"
#include "report/report_document.h"

#include <atomic>
#include <functional>

namespace snapline {

// Lays a whole report out on PDF pages: the title page, the table of
// contents (its page numbers are filled in when the pages are drawn), then
// each section on a new page with its text, figures, charts and tables.
class PdfReportLayout
{
public:
    PdfReportLayout(const ReportDocument &document, const PdfFonts &fonts, const PdfGeometry &geometry);

    // False when `cancel` was set before the layout was done. `progress`
    // gets 0–100 as the work goes.
    bool layOut(const std::atomic_bool *cancel, const std::function<void(int)> &progress);

    QList<PdfPage> &pages() { return m_pages.pages(); }
    // The index of the page each section starts on.
    const QList<int> &sectionPages() const { return m_sectionPages; }

private:
    qreal pt(qreal points) const { return m_pages.geometry().pt(points); }
    void paragraph(const QString &text, PdfFonts::Role font, const QColor &color = Qt::black);
    void titlePage();
    void contents();
    bool section(const ReportSection &section, const std::atomic_bool *cancel,
                 const std::function<void()> &step);
    void figures(const QList<ReportFigure> &figures);

    const ReportDocument &m_document;
    const PdfFonts &m_fonts;
    PdfPageList m_pages;
    QList<int> m_sectionPages;
};

} // namespace snapline
