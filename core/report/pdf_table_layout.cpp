#include "report/pdf_table_layout.h"

#include "report/report_display_value.h"
#include "report/report_render_text.h"

#include <algorithm>
#include <numeric>

namespace snapline {

namespace {

constexpr qreal kCellPadX = 3;    // points
constexpr qreal kCellPadY = 2.5;  // points
constexpr qreal kTitleGap = 4;    // points under the title
constexpr qreal kAfterTable = 16; // points
constexpr qreal kMinColumn = 30;  // points: no column narrower
constexpr int kCancelEvery = 64;  // rows between looks at the cancel flag

QColor headerFill()
{
    return {0xd9, 0xd9, 0xd9};
}
QColor zebraFill()
{
    return {0xf2, 0xf2, 0xf2};
}
QColor ruleColor()
{
    return {0x80, 0x80, 0x80};
}
QColor noteColor()
{
    return {0x40, 0x40, 0x40};
}

// `from` grown towards `to`, each column by the same share of its growth, so
// that the total is `width` (to's total must be larger than from's).
QList<qreal> growTowards(const QList<qreal> &from, const QList<qreal> &to, qreal width)
{
    const qreal start = std::accumulate(from.cbegin(), from.cend(), 0.0);
    const qreal end = std::accumulate(to.cbegin(), to.cend(), 0.0);
    const qreal share = end > start ? (width - start) / (end - start) : 0;
    QList<qreal> widths;
    for (int c = 0; c < from.size(); ++c)
        widths.append(from[c] + (to[c] - from[c]) * share);
    return widths;
}

// Columns narrowed from `fit` down to no less than `least`, the widest first:
// each is cut to a common cap, so as few columns as can be wrap.
QList<qreal> capWidest(const QList<qreal> &least, const QList<qreal> &fit, qreal width)
{
    const auto capped = [&](qreal cap) {
        QList<qreal> widths;
        for (int c = 0; c < fit.size(); ++c)
            widths.append(std::max(least[c], std::min(fit[c], cap)));
        return widths;
    };
    qreal low = 0;
    qreal high = *std::max_element(fit.cbegin(), fit.cend());
    for (int i = 0; i < 40; ++i) { // bisection: well under a point after 40 halvings
        const qreal cap = (low + high) / 2;
        const QList<qreal> widths = capped(cap);
        (std::accumulate(widths.cbegin(), widths.cend(), 0.0) > width ? high : low) = cap;
    }
    return capped(low);
}

} // namespace

PdfTableLayout::PdfTableLayout(const ReportTable &table, const PdfFonts &fonts, qreal unit, qreal width)
    : m_table(table)
    , m_fonts(fonts)
    , m_unit(unit)
{
    if (table.isDataOnly())
        return;
    const QLocale locale;
    QList<int> shown; // the columns for people, in order
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns[c];
        if (column.dataOnly)
            continue;
        shown.append(c);
        m_headers.append(column.title);
        m_rightAligned.append(isNumericReportType(column.type));
    }
    m_text.reserve(table.rowCount());
    table.forEachRow([&](const QVariantList &row) {
        QStringList cells;
        cells.reserve(shown.size());
        for (const int c : std::as_const(shown))
            cells.append(formatReportValue(row.value(c), table.columns[c].type, locale));
        m_text.append(cells);
        return true;
    });
    computeWidths(width);
}

// Three widths per column: what its header's longest word needs (`least`),
// what its widest cell needs (`fit`), and what the header on one line needs
// (`ideal`). The page gets the ideal widths when they fit; else headers wrap
// before cells do; only when even that is too wide do the widest cells wrap.
void PdfTableLayout::computeWidths(qreal width)
{
    const int count = int(m_headers.size());
    if (count == 0)
        return;
    const qreal pad = pt(2 * kCellPadX);
    QList<qreal> least(count);
    QList<qreal> fit(count);
    QList<qreal> ideal(count);
    for (int c = 0; c < count; ++c) {
        least[c] = std::max(pt(kMinColumn), m_fonts.widestWord(PdfFonts::TableHead, m_headers[c]) + pad);
        fit[c] = least[c];
    }
    for (const QStringList &row : std::as_const(m_text)) {
        for (int c = 0; c < count; ++c)
            fit[c] = std::max(fit[c], m_fonts.width(PdfFonts::TableCell, row[c]) + pad);
    }
    for (int c = 0; c < count; ++c)
        ideal[c] = std::max(fit[c], m_fonts.width(PdfFonts::TableHead, m_headers[c]) + pad);

    const auto total
            = [](const QList<qreal> &widths) { return std::accumulate(widths.cbegin(), widths.cend(), 0.0); };
    if (total(ideal) <= width) {
        const qreal extra = (width - total(ideal)) / count;
        for (int c = 0; c < count; ++c)
            m_widths.append(ideal[c] + extra);
    } else if (total(fit) <= width) {
        m_widths = growTowards(fit, ideal, width);
    } else if (total(least) <= width) {
        m_widths = capWidest(least, fit, width);
    } else { // not even the headers' words fit: everything shrinks alike and words break
        const qreal scale = width / total(least);
        for (int c = 0; c < count; ++c)
            m_widths.append(least[c] * scale);
    }
}

PdfTableLayout::Row PdfTableLayout::makeRow(const QStringList &texts, PdfFonts::Role font,
                                            qreal maxHeight) const
{
    Row row;
    const qreal line = m_fonts.lineHeight(font);
    const int maxLines = std::max(1, int((maxHeight - pt(2 * kCellPadY)) / line));
    int lines = 1;
    row.cells.reserve(texts.size());
    for (int c = 0; c < texts.size(); ++c) {
        QStringList cell = m_fonts.wrap(font, texts[c], m_widths[c] - pt(2 * kCellPadX));
        // A cell longer than a page is cut rather than lost off the page's edge.
        if (cell.size() > maxLines)
            cell = cell.mid(0, maxLines);
        lines = std::max(lines, int(cell.size()));
        row.cells.append(cell);
    }
    row.height = lines * line + pt(2 * kCellPadY);
    return row;
}

qreal PdfTableLayout::titleHeight(bool continued) const
{
    if (m_table.title.isEmpty() && !continued)
        return 0;
    return m_fonts.lineHeight(PdfFonts::SubHeading) + pt(kTitleGap);
}

void PdfTableLayout::drawTitle(PdfPageList &pages, bool continued) const
{
    if (m_table.title.isEmpty() && !continued)
        return;
    const QString title = continued ? ReportRenderText::continued(m_table.title) : m_table.title;
    const auto &metrics = m_fonts.metrics(PdfFonts::SubHeading);
    pages.text(pages.left(), pages.y() + metrics.ascent(),
               metrics.elidedText(title, Qt::ElideRight, pages.width()), PdfFonts::SubHeading);
    pages.advance(titleHeight(continued));
}

void PdfTableLayout::drawRow(PdfPageList &pages, const Row &row, PdfFonts::Role font,
                             const QColor &background) const
{
    const qreal top = pages.y();
    if (background.isValid())
        pages.fill(QRectF(pages.left(), top, pages.width(), row.height), background);
    const auto &metrics = m_fonts.metrics(font);
    const qreal line = metrics.height();
    qreal x = pages.left();
    for (int c = 0; c < row.cells.size(); ++c) {
        const qreal inner = m_widths[c] - pt(2 * kCellPadX);
        qreal baseline = top + pt(kCellPadY) + metrics.ascent();
        for (const QString &text : row.cells[c]) {
            const qreal offset = m_rightAligned[c] ? inner - metrics.horizontalAdvance(text) : 0;
            pages.text(x + pt(kCellPadX) + std::max<qreal>(offset, 0), baseline, text, font);
            baseline += line;
        }
        x += m_widths[c];
    }
    pages.advance(row.height);
}

void PdfTableLayout::drawLines(PdfPageList &pages, const QString &text) const
{
    const qreal line = m_fonts.lineHeight(PdfFonts::SmallItalic);
    for (const QString &part : m_fonts.wrap(PdfFonts::SmallItalic, text, pages.width())) {
        pages.ensureRoom(line);
        pages.text(pages.left(), pages.y() + m_fonts.metrics(PdfFonts::SmallItalic).ascent(), part,
                   PdfFonts::SmallItalic, noteColor());
        pages.advance(line);
    }
}

bool PdfTableLayout::layOut(PdfPageList &pages, const std::atomic_bool *cancel,
                            const std::function<void()> &rowDone) const
{
    if (m_table.isDataOnly()) {
        pages.ensureRoom(titleHeight(false) + 3 * m_fonts.lineHeight(PdfFonts::SmallItalic));
        drawTitle(pages, false);
        drawLines(pages, ReportRenderText::dataOnlyRows(QLocale().toString(m_table.rowCount())));
    } else if (!layOutRows(pages, cancel, rowDone)) {
        return false;
    }
    if (!m_table.note.isEmpty()) {
        pages.advance(pt(3));
        drawLines(pages, m_table.note);
    }
    pages.advance(pt(kAfterTable));
    return true;
}

bool PdfTableLayout::layOutRows(PdfPageList &pages, const std::atomic_bool *cancel,
                                const std::function<void()> &rowDone) const
{
    const PdfGeometry &geometry = pages.geometry();
    const qreal pageRoom = geometry.body.height() - titleHeight(true);
    const Row header = makeRow(m_headers, PdfFonts::TableHead, pageRoom / 3);
    const qreal rowRoom = pageRoom - header.height;
    const auto startPage = [&](bool continued) {
        drawTitle(pages, continued);
        drawRow(pages, header, PdfFonts::TableHead, headerFill());
        pages.line(QPointF(pages.left(), pages.y()), QPointF(pages.left() + pages.width(), pages.y()),
                   ruleColor());
    };
    const auto endPage = [&] {
        pages.line(QPointF(pages.left(), pages.y()), QPointF(pages.left() + pages.width(), pages.y()),
                   ruleColor());
    };

    // The title stays with the header and the first row.
    const Row first = m_text.isEmpty() ? Row{{}, m_fonts.lineHeight(PdfFonts::TableCell) + pt(2 * kCellPadY)}
                                       : makeRow(m_text.first(), PdfFonts::TableCell, rowRoom);
    pages.ensureRoom(titleHeight(false) + header.height + first.height);
    startPage(false);
    if (m_text.isEmpty()) {
        pages.text(pages.left() + pt(kCellPadX),
                   pages.y() + pt(kCellPadY) + m_fonts.metrics(PdfFonts::TableCell).ascent(),
                   ReportRenderText::noRows(), PdfFonts::TableCell);
        pages.advance(first.height);
    }
    for (int r = 0; r < m_text.size(); ++r) {
        if (cancel && r % kCancelEvery == 0 && cancel->load())
            return false;
        const Row row = r == 0 ? first : makeRow(m_text[r], PdfFonts::TableCell, rowRoom);
        if (!pages.fits(row.height)) {
            endPage();
            pages.newPage();
            startPage(true);
        }
        drawRow(pages, row, PdfFonts::TableCell, r % 2 == 1 ? zebraFill() : QColor());
        if (rowDone)
            rowDone();
    }
    endPage();
    return true;
}

} // namespace snapline
