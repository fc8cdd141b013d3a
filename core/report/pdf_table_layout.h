#pragma once

#include "report/pdf_page_list.h"
#include "report/report_document.h"

#include <atomic>
#include <functional>

namespace snapline {

// Lays one report table onto PDF pages: column widths from the content,
// long cells wrapped, rows that break across pages with the header row (and
// the table's title, marked "continued") repeated on every page. Data-only
// columns are left out; a data-only table shows its title, row count and
// note only.
class PdfTableLayout
{
public:
    // `unit`: device units per point; `width`: the body's width in device units.
    PdfTableLayout(const ReportTable &table, const PdfFonts &fonts, qreal unit, qreal width);

    // Adds the table at the list's current place. Calls `rowDone` after each
    // row; stops early (answering false) when `cancel` is set.
    bool layOut(PdfPageList &pages, const std::atomic_bool *cancel,
                const std::function<void()> &rowDone) const;

    const QList<qreal> &columnWidths() const { return m_widths; }

private:
    struct Row
    {
        QList<QStringList> cells; // the lines of each cell
        qreal height = 0;
    };

    qreal pt(qreal points) const { return points * m_unit; }
    void computeWidths(qreal width);
    Row makeRow(const QStringList &texts, PdfFonts::Role font, qreal maxHeight) const;
    qreal titleHeight(bool continued) const;
    void drawTitle(PdfPageList &pages, bool continued) const;
    void drawRow(PdfPageList &pages, const Row &row, PdfFonts::Role font, const QColor &background) const;
    void drawLines(PdfPageList &pages, const QString &text) const;
    bool layOutRows(PdfPageList &pages, const std::atomic_bool *cancel,
                    const std::function<void()> &rowDone) const;

    const ReportTable &m_table;
    const PdfFonts &m_fonts;
    qreal m_unit;
    QList<QStringList> m_text; // the formatted cells, row by row
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<qreal> m_widths;
};

} // namespace snapline
