#include "report/html_report_writer.h"

#include "console/display_format.h"
#include "report/html_report_style.h"
#include "report/report_chart_painter.h"
#include "report/report_display_value.h"
#include "report/report_output_file.h"
#include "report/report_render_text.h"

#include <QLocale>

namespace snapline {

namespace {

const QSizeF kChartSize(720, 260); // points; the image is twice as many pixels
constexpr int kCancelEvery = 256;  // rows between looks at the cancel flag

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// An anchor that is unique (the index) and still readable (the key).
QString anchorFor(const ReportSection &section, int index)
{
    QString id = QStringLiteral("s%1").arg(index + 1);
    QString key;
    for (const QChar c : section.key) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key.append(c);
        else if (c == u'-' || c == u'_')
            key.append(c);
    }
    return key.isEmpty() ? id : id + u'-' + key;
}

// Writes the HTML piece by piece, so a big report never sits whole in memory.
class HtmlOutput
{
public:
    explicit HtmlOutput(QIODevice *device)
        : m_device(device)
    {}

    HtmlOutput &operator<<(const QString &text)
    {
        m_buffer += text;
        return *this;
    }

    bool flush()
    {
        const QByteArray bytes = m_buffer.toUtf8();
        m_buffer.clear();
        return m_device->write(bytes) == bytes.size();
    }

private:
    QIODevice *m_device;
    QString m_buffer;
};

void writeHead(HtmlOutput &out, const ReportDocument &document)
{
    out << QStringLiteral("<!DOCTYPE html>\n<html lang=\"") << esc(QLocale().bcp47Name())
        << QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        << QStringLiteral("<meta name=\"generator\" content=\"Snapline\"/>\n<title>") << esc(document.title)
        << QStringLiteral("</title>\n<style>") << htmlReportStyle(document.spec.pageSize)
        << QStringLiteral("</style>\n</head>\n<body>\n");
}

void writeTitle(HtmlOutput &out, const ReportDocument &document)
{
    const ReportSpec &spec = document.spec;
    out << QStringLiteral("<header class=\"title-page\">\n<h1>") << esc(document.title)
        << QStringLiteral("</h1>\n<table class=\"fields\"><tbody>\n");
    const QList<QPair<QString, QString>> fields{
            {ReportRenderText::scope(), document.scopeLabel},
            {ReportRenderText::period(), formatReportPeriod(spec.from, spec.to)},
            {ReportRenderText::generatedAt(), formatUtc(spec.generatedAt)},
            {ReportRenderText::profile(),
             spec.profileName.isEmpty() ? ReportRenderText::noValue() : spec.profileName},
    };
    for (const auto &[label, value] : fields)
        out << QStringLiteral("<tr><th scope=\"row\">") << esc(label) << QStringLiteral("</th><td>")
            << esc(value) << QStringLiteral("</td></tr>\n");
    out << QStringLiteral("</tbody></table>\n<p class=\"made-by\">") << esc(ReportRenderText::madeBy())
        << QStringLiteral("</p>\n</header>\n");
}

void writeContents(HtmlOutput &out, const ReportDocument &document)
{
    out << QStringLiteral("<nav class=\"contents\">\n<h2>") << esc(ReportRenderText::contents())
        << QStringLiteral("</h2>\n<ol>\n");
    for (int i = 0; i < document.sections.size(); ++i)
        out << QStringLiteral("<li><a href=\"#") << anchorFor(document.sections[i], i)
            << QStringLiteral("\">") << esc(document.sections[i].title) << QStringLiteral("</a></li>\n");
    out << QStringLiteral("</ol>\n</nav>\n");
}

void writeFigures(HtmlOutput &out, const QList<ReportFigure> &figures)
{
    if (figures.isEmpty())
        return;
    const QLocale locale;
    out << QStringLiteral("<div class=\"figures\">\n");
    for (const ReportFigure &figure : figures)
        out << QStringLiteral("<div class=\"figure\" data-key=\"") << esc(figure.key)
            << QStringLiteral("\"><div class=\"label\">") << esc(figure.label)
            << QStringLiteral("</div><div class=\"value\">")
            << esc(formatReportValue(figure.value, figure.type, locale)) << QStringLiteral("</div></div>\n");
    out << QStringLiteral("</div>\n");
}

void writeChart(HtmlOutput &out, const ReportChart &chart)
{
    // The title is real text in the caption, not pixels in the image.
    ReportChart untitled = chart;
    untitled.title.clear();
    const QByteArray png = ReportChartPainter::toPng(untitled, kChartSize);
    out << QStringLiteral("<figure class=\"chart\">\n<figcaption>") << esc(chart.title)
        << QStringLiteral("</figcaption>\n<img alt=\"") << esc(chart.title) << QStringLiteral("\" width=\"")
        << QString::number(int(kChartSize.width())) << QStringLiteral("\" height=\"")
        << QString::number(int(kChartSize.height())) << QStringLiteral("\" src=\"data:image/png;base64,")
        << QString::fromLatin1(png.toBase64()) << QStringLiteral("\"/>\n</figure>\n");
}

// A data-only table: its title, row count and note, no rows.
void writeDataOnlyTable(HtmlOutput &out, const ReportTable &table)
{
    out << QStringLiteral("<div class=\"data-only\" data-key=\"") << esc(table.key)
        << QStringLiteral("\">\n");
    if (!table.title.isEmpty())
        out << QStringLiteral("<h3>") << esc(table.title) << QStringLiteral("</h3>\n");
    out << QStringLiteral("<p class=\"note\">")
        << esc(ReportRenderText::dataOnlyRows(QLocale().toString(table.rowCount())))
        << QStringLiteral("</p>\n");
    if (!table.note.isEmpty())
        out << QStringLiteral("<p class=\"note\">") << esc(table.note) << QStringLiteral("</p>\n");
    out << QStringLiteral("</div>\n");
}

bool writeTable(HtmlOutput &out, const ReportTable &table, const std::atomic_bool *cancel,
                const std::function<void()> &rowDone)
{
    if (table.isDataOnly()) {
        writeDataOnlyTable(out, table);
        return true;
    }
    const QLocale locale;
    QList<int> shown; // the columns for people, in order
    out << QStringLiteral("<table class=\"data\" data-key=\"") << esc(table.key) << QStringLiteral("\">\n");
    if (!table.title.isEmpty())
        out << QStringLiteral("<caption>") << esc(table.title) << QStringLiteral("</caption>\n");
    out << QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns[c];
        if (column.dataOnly)
            continue;
        shown.append(c);
        out << (isNumericReportType(column.type) ? QStringLiteral("<th scope=\"col\" class=\"num\">")
                                                 : QStringLiteral("<th scope=\"col\">"))
            << esc(column.title) << QStringLiteral("</th>");
    }
    out << QStringLiteral("</tr></thead>\n<tbody>\n");
    if (table.rowCount() == 0)
        out << QStringLiteral("<tr><td colspan=\"") << QString::number(std::max<qsizetype>(1, shown.size()))
            << QStringLiteral("\">") << esc(ReportRenderText::noRows()) << QStringLiteral("</td></tr>\n");
    qint64 r = 0;
    bool stopped = false;
    table.forEachRow([&](const QVariantList &row) {
        if (cancel && r++ % kCancelEvery == 0 && cancel->load()) {
            stopped = true;
            return false;
        }
        out << QStringLiteral("<tr>");
        for (const int c : std::as_const(shown)) {
            const ReportColumn::Type type = table.columns[c].type;
            out << (isNumericReportType(type) ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>"))
                << esc(formatReportValue(row.value(c), type, locale)) << QStringLiteral("</td>");
        }
        out << QStringLiteral("</tr>\n");
        if (rowDone)
            rowDone();
        return true;
    });
    if (stopped)
        return false;
    out << QStringLiteral("</tbody>\n</table>\n");
    if (!table.note.isEmpty())
        out << QStringLiteral("<p class=\"note\">") << esc(table.note) << QStringLiteral("</p>\n");
    return true;
}

} // namespace

Result<QStringList> HtmlReportWriter::write(const ReportDocument &document, const QString &path,
                                            const std::atomic_bool *cancel, const Progress &progress)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (cancelled())
        return ReportOutputFile::cancelledError();
    ReportOutputFile file(path);
    if (const Status opened = file.open(); !opened)
        return opened.error();

    qint64 total = 1;
    for (const ReportSection &section : document.sections) {
        total += 1 + section.charts.size();
        for (const ReportTable &table : section.tables)
            total += table.isDataOnly() ? 0 : table.rowCount();
    }
    qint64 done = 0;
    int reported = -1;
    const auto step = [&] {
        ++done;
        const int percent = int(done * 99 / total);
        if (progress && percent > reported) {
            reported = percent;
            progress(percent);
        }
    };
    const auto writeFailed = [&] {
        return Error{QStringLiteral("report.write"),
                     ReportRenderText::tr("Cannot write the report to %1: %2")
                             .arg(path, file.device()->errorString())};
    };

    HtmlOutput out(file.device());
    writeHead(out, document);
    writeTitle(out, document);
    writeContents(out, document);
    out << QStringLiteral("<main>\n");
    for (int i = 0; i < document.sections.size(); ++i) {
        if (cancelled())
            return ReportOutputFile::cancelledError();
        const ReportSection &section = document.sections[i];
        out << QStringLiteral("<section id=\"") << anchorFor(section, i) << QStringLiteral("\">\n<h2>")
            << esc(section.title) << QStringLiteral("</h2>\n");
        if (!section.text.isEmpty())
            out << QStringLiteral("<p>") << esc(section.text).replace(u'\n', QStringLiteral("<br/>"))
                << QStringLiteral("</p>\n");
        writeFigures(out, section.figures);
        for (const ReportChart &chart : section.charts) {
            writeChart(out, chart);
            step();
        }
        for (const ReportTable &table : section.tables) {
            if (!writeTable(out, table, cancel, step))
                return ReportOutputFile::cancelledError();
            if (!out.flush())
                return writeFailed();
        }
        out << QStringLiteral("</section>\n");
        step();
    }
    out << QStringLiteral("</main>\n<footer><p>")
        << esc(ReportRenderText::generatedFooter(formatUtc(document.spec.generatedAt)))
        << QStringLiteral("</p></footer>\n</body>\n</html>\n");
    if (!out.flush())
        return writeFailed();
    auto written = file.commit();
    if (!written)
        return written.error();
    if (progress)
        progress(100);
    return QStringList{written.value()};
}

std::unique_ptr<ReportWriter> makeHtmlReportWriter()
{
    return std::make_unique<HtmlReportWriter>();
}

} // namespace snapline
