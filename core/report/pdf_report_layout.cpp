#include "report/pdf_report_layout.h"

#include "console/display_format.h"
#include "report/pdf_table_layout.h"
#include "report/report_display_value.h"
#include "report/report_render_text.h"

namespace snapline {

namespace {

constexpr qreal kChartHeight = 230;    // points
constexpr qreal kBlockGap = 12;        // points between blocks of a section
constexpr int kFigureColumns = 3;      // at most; fewer when a value would wrap
constexpr qreal kFigurePad = 6;        // points
constexpr qreal kTitleTop = 150;       // points from the body's top to the report's title
constexpr qreal kFieldLabelWidth = 90; // points
constexpr qreal kTocGap = 5;           // points between contents entries

QColor grayText()
{
    return {0x55, 0x55, 0x55};
}
QColor figureFill()
{
    return {0xf3, 0xf3, 0xf3};
}
QColor figureRule()
{
    return {0xb0, 0xb0, 0xb0};
}

} // namespace

PdfReportLayout::PdfReportLayout(const ReportDocument &document, const PdfFonts &fonts,
                                 const PdfGeometry &geometry)
    : m_document(document)
    , m_fonts(fonts)
    , m_pages(geometry)
{}

bool PdfReportLayout::layOut(const std::atomic_bool *cancel, const std::function<void(int)> &progress)
{
    // Work is counted in table rows, plus one for each section.
    qint64 total = 1;
    for (const ReportSection &s : m_document.sections) {
        total += 1;
        for (const ReportTable &table : s.tables)
            total += table.isDataOnly() ? 0 : table.rowCount();
    }
    qint64 done = 0;
    int reported = -1;
    const auto step = [&] {
        ++done;
        const int percent = int(done * 100 / total);
        if (progress && percent != reported) {
            reported = percent;
            progress(percent);
        }
    };
    titlePage();
    contents();
    for (const ReportSection &s : m_document.sections) {
        if (cancel && cancel->load())
            return false;
        if (!section(s, cancel, step))
            return false;
        step();
    }
    step();
    return true;
}

void PdfReportLayout::paragraph(const QString &text, PdfFonts::Role font, const QColor &color)
{
    const qreal line = m_fonts.lineHeight(font);
    const qreal ascent = m_fonts.metrics(font).ascent();
    for (const QString &part : m_fonts.wrap(font, text, m_pages.width())) {
        m_pages.ensureRoom(line);
        m_pages.text(m_pages.left(), m_pages.y() + ascent, part, font, color);
        m_pages.advance(line);
    }
}

void PdfReportLayout::titlePage()
{
    m_pages.newPage();
    m_pages.withoutRunningHeader();
    m_pages.advance(pt(kTitleTop));
    paragraph(m_document.title, PdfFonts::Title);
    m_pages.advance(pt(10));
    m_pages.line(QPointF(m_pages.left(), m_pages.y()), QPointF(m_pages.left() + m_pages.width(), m_pages.y()),
                 Qt::black);
    m_pages.advance(pt(14));

    const ReportSpec &spec = m_document.spec;
    const QList<QPair<QString, QString>> fields{
            {ReportRenderText::scope(), m_document.scopeLabel},
            {ReportRenderText::period(), formatReportPeriod(spec.from, spec.to)},
            {ReportRenderText::generatedAt(), formatUtc(spec.generatedAt)},
            {ReportRenderText::profile(),
             spec.profileName.isEmpty() ? ReportRenderText::noValue() : spec.profileName},
    };
    const qreal valueLeft = m_pages.left() + pt(kFieldLabelWidth);
    const qreal valueWidth = m_pages.width() - pt(kFieldLabelWidth);
    const qreal line = m_fonts.lineHeight(PdfFonts::Body);
    const qreal ascent = m_fonts.metrics(PdfFonts::Body).ascent();
    for (const auto &[label, value] : fields) {
        m_pages.text(m_pages.left(), m_pages.y() + ascent, label, PdfFonts::BodyBold, grayText());
        for (const QString &part : m_fonts.wrap(PdfFonts::Body, value, valueWidth)) {
            m_pages.text(valueLeft, m_pages.y() + ascent, part, PdfFonts::Body);
            m_pages.advance(line);
        }
        m_pages.advance(pt(4));
    }
    m_pages.advance(pt(30));
    paragraph(ReportRenderText::madeBy(), PdfFonts::Small, grayText());
}

void PdfReportLayout::contents()
{
    m_pages.newPage();
    paragraph(ReportRenderText::contents(), PdfFonts::Heading);
    m_pages.advance(pt(kBlockGap));
    const auto &metrics = m_fonts.metrics(PdfFonts::Body);
    // Room on the right for a page number up to four digits.
    const qreal numberRoom = metrics.horizontalAdvance(QStringLiteral("0000")) + pt(6);
    const qreal right = m_pages.left() + m_pages.width();
    for (int i = 0; i < m_document.sections.size(); ++i) {
        const QString title = metrics.elidedText(m_document.sections[i].title, Qt::ElideRight,
                                                 m_pages.width() - numberRoom - pt(20));
        m_pages.ensureRoom(metrics.height() + pt(kTocGap));
        const qreal baseline = m_pages.y() + metrics.ascent();
        m_pages.text(m_pages.left(), baseline, title, PdfFonts::Body);
        // A dotted leader line (not text, so extracted text stays clean).
        const qreal leaderFrom = m_pages.left() + metrics.horizontalAdvance(title) + pt(4);
        m_pages.line(QPointF(leaderFrom, baseline), QPointF(right - numberRoom, baseline), figureRule(),
                     Qt::DotLine);
        m_pages.tocPage(right, baseline, i, PdfFonts::Body);
        m_pages.advance(metrics.height() + pt(kTocGap));
    }
}

bool PdfReportLayout::section(const ReportSection &s, const std::atomic_bool *cancel,
                              const std::function<void()> &step)
{
    m_pages.newPage();
    m_sectionPages.append(m_pages.pageIndex());
    paragraph(s.title, PdfFonts::Heading);
    m_pages.advance(pt(kBlockGap / 2));
    if (!s.text.isEmpty()) {
        paragraph(s.text, PdfFonts::Body);
        m_pages.advance(pt(kBlockGap));
    }
    if (!s.figures.isEmpty()) {
        figures(s.figures);
        m_pages.advance(pt(kBlockGap));
    }
    for (const ReportChart &chart : s.charts) {
        const qreal height = std::min(pt(kChartHeight), m_pages.geometry().body.height());
        m_pages.ensureRoom(height);
        m_pages.chart(QRectF(m_pages.left(), m_pages.y(), m_pages.width(), height), chart);
        m_pages.advance(height + pt(kBlockGap));
    }
    for (const ReportTable &table : s.tables) {
        const PdfTableLayout layout(table, m_fonts, m_pages.geometry().unit, m_pages.width());
        if (!layout.layOut(m_pages, cancel, step))
            return false;
    }
    return true;
}

// A grid of boxes, up to three to a row: the label small above the value large.
void PdfReportLayout::figures(const QList<ReportFigure> &list)
{
    const QLocale locale;
    const qreal gap = pt(kFigurePad);
    qreal widest = 0;
    for (const ReportFigure &figure : list)
        widest = std::max(
                widest,
                m_fonts.width(PdfFonts::FigureValue, formatReportValue(figure.value, figure.type, locale)));
    int columns = kFigureColumns;
    const auto innerWidth = [&](int n) { return (m_pages.width() - gap * (n - 1)) / n - 2 * gap; };
    while (columns > 1 && innerWidth(columns) < widest)
        --columns;
    const qreal width = (m_pages.width() - gap * (columns - 1)) / columns;
    const qreal inner = innerWidth(columns);
    for (int first = 0; first < list.size(); first += columns) {
        QList<QStringList> labels;
        QList<QStringList> values;
        int labelLines = 1;
        int valueLines = 1;
        for (int i = first; i < std::min<int>(first + columns, int(list.size())); ++i) {
            labels.append(m_fonts.wrap(PdfFonts::Small, list[i].label, inner));
            values.append(m_fonts.wrap(PdfFonts::FigureValue,
                                       formatReportValue(list[i].value, list[i].type, locale), inner));
            labelLines = std::max(labelLines, int(labels.last().size()));
            valueLines = std::max(valueLines, int(values.last().size()));
        }
        const qreal labelHeight = labelLines * m_fonts.lineHeight(PdfFonts::Small);
        const qreal height
                = labelHeight + valueLines * m_fonts.lineHeight(PdfFonts::FigureValue) + 2 * gap + pt(2);
        m_pages.ensureRoom(height + gap);
        for (int k = 0; k < labels.size(); ++k) {
            const QRectF box(m_pages.left() + k * (width + gap), m_pages.y(), width, height);
            m_pages.fill(box, figureFill());
            m_pages.line(box.topLeft(), box.bottomLeft(), figureRule());
            qreal y = box.top() + gap + m_fonts.metrics(PdfFonts::Small).ascent();
            for (const QString &text : labels[k]) {
                m_pages.text(box.left() + gap, y, text, PdfFonts::Small, grayText());
                y += m_fonts.lineHeight(PdfFonts::Small);
            }
            y = box.top() + gap + labelHeight + pt(2) + m_fonts.metrics(PdfFonts::FigureValue).ascent();
            for (const QString &text : values[k]) {
                m_pages.text(box.left() + gap, y, text, PdfFonts::FigureValue);
                y += m_fonts.lineHeight(PdfFonts::FigureValue);
            }
        }
        m_pages.advance(height + gap);
    }
}

} // namespace snapline
