#include "report/json_report_writer.h"

#include "report/report_files.h"
#include "report/report_value_format.h"

#include <QFileInfo>
#include <QSaveFile>

namespace snapline {

namespace {

using F = ReportValueFormat;
constexpr qsizetype kFlushAt = 1 << 20;
constexpr qint64 kCancelEvery = 4096;

// Buffered output to the save file, with progress and cancel per row.
class JsonOut
{
public:
    JsonOut(QSaveFile &file, qint64 totalRows, const std::atomic_bool *cancel,
            const ReportWriter::Progress &progress)
        : m_file(file)
        , m_total(std::max<qint64>(totalRows, 1))
        , m_cancel(cancel)
        , m_progress(progress)
    {
        m_buffer.reserve(kFlushAt + 4096);
    }

    QByteArray &buffer() { return m_buffer; }
    void raw(const char *text) { m_buffer.append(text); }
    void string(const QString &text) { F::appendJsonString(m_buffer, QStringView(text)); }
    void key(const char *name)
    {
        m_buffer.append('"');
        m_buffer.append(name);
        m_buffer.append("\": ");
    }
    void field(const char *name, const QString &text, bool last = false)
    {
        key(name);
        string(text);
        m_buffer.append(last ? "" : ", ");
    }
    void nullable(const char *name, const QString &text, bool last = false)
    {
        key(name);
        if (text.isEmpty())
            m_buffer.append("null");
        else
            string(text);
        m_buffer.append(last ? "" : ", ");
    }
    void time(const char *name, const QDateTime &moment, bool last = false)
    {
        key(name);
        F::appendJson(m_buffer, moment.isValid() ? QVariant(moment) : QVariant(),
                      ReportColumn::Type::DateTime);
        m_buffer.append(last ? "" : ", ");
    }
    // False when the file cannot be written or the run was cancelled.
    bool row()
    {
        if (m_buffer.size() >= kFlushAt && !flush())
            return false;
        if (++m_rows % kCancelEvery == 0) {
            if (m_progress)
                m_progress(int(m_rows * 100 / m_total));
            if (m_cancel && m_cancel->load()) {
                m_cancelled = true;
                return false;
            }
        }
        return true;
    }
    bool flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size()) {
            m_failed = true;
            return false;
        }
        m_buffer.clear();
        return true;
    }
    bool cancelled() const { return m_cancelled || (m_cancel && m_cancel->load()); }
    bool failed() const { return m_failed; }

private:
    QSaveFile &m_file;
    QByteArray m_buffer;
    qint64 m_total;
    qint64 m_rows = 0;
    const std::atomic_bool *m_cancel;
    const ReportWriter::Progress &m_progress;
    bool m_cancelled = false;
    bool m_failed = false;
};

void writeFigures(JsonOut &out, const ReportSection &section)
{
    out.raw("      \"figures\": [");
    for (qsizetype i = 0; i < section.figures.size(); ++i) {
        const ReportFigure &f = section.figures[i];
        out.raw(i == 0 ? "\n        {" : ",\n        {");
        out.field("key", f.key);
        out.field("label", f.label);
        out.field("type", JsonReportWriter::typeName(f.type));
        out.key("value");
        F::appendJson(out.buffer(), f.value, f.type);
        out.raw("}");
    }
    out.raw(section.figures.isEmpty() ? "],\n" : "\n      ],\n");
}

bool writeTable(JsonOut &out, const ReportTable &table)
{
    out.raw("        {");
    out.field("key", table.key);
    out.field("title", table.title);
    out.nullable("note", table.note);
    out.key("dataOnly");
    out.raw(table.dataOnly || table.source ? "true, " : "false, ");
    out.key("rowCount");
    out.buffer().append(QByteArray::number(table.rowCount()));
    out.raw(",\n          \"columns\": [");
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns[i];
        out.raw(i == 0 ? "\n            {" : ",\n            {");
        out.field("key", c.key);
        out.field("title", c.title);
        out.field("type", JsonReportWriter::typeName(c.type));
        out.key("dataOnly");
        out.raw(c.dataOnly ? "true}" : "false}");
    }
    out.raw(table.columns.isEmpty() ? "],\n          \"rows\": [" : "\n          ],\n          \"rows\": [");
    // Keys are written once per column, escaped, then reused for every row.
    QList<QByteArray> keys;
    for (const ReportColumn &c : table.columns) {
        QByteArray k;
        F::appendJsonString(k, c.key.toUtf8());
        keys << k + ": ";
    }
    bool first = true;
    bool ok = true;
    const QVariant none;
    table.forEachRow([&](const QVariantList &row) {
        QByteArray &b = out.buffer();
        b.append(first ? "\n            {" : ",\n            {");
        first = false;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (i > 0)
                b.append(", ");
            b.append(keys[i]);
            F::appendJson(b, i < row.size() ? row.at(i) : none, table.columns[i].type);
        }
        b.append('}');
        ok = out.row();
        return ok;
    });
    out.raw(first ? "]}" : "\n          ]}");
    return ok;
}

void writeChart(JsonOut &out, const ReportChart &chart)
{
    out.raw("        {");
    out.field("key", chart.key);
    out.field("title", chart.title);
    out.field("kind", JsonReportWriter::chartKindName(chart.kind));
    out.field("valueType", JsonReportWriter::typeName(chart.valueType));
    out.key("categories");
    out.raw("[");
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        if (i > 0)
            out.raw(", ");
        out.string(chart.categories[i]);
    }
    out.raw("],\n          \"series\": [");
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        out.raw(s == 0 ? "\n            {" : ",\n            {");
        out.field("name", chart.series[s].name);
        out.key("values");
        out.raw("[");
        for (qsizetype i = 0; i < chart.series[s].values.size(); ++i) {
            if (i > 0)
                out.raw(", ");
            F::appendJson(out.buffer(), chart.series[s].values[i], ReportColumn::Type::Number);
        }
        out.raw("]}");
    }
    out.raw(chart.series.isEmpty() ? "]}" : "\n          ]}");
}

bool writeSection(JsonOut &out, const ReportSection &section)
{
    out.raw("    {");
    out.field("key", section.key);
    out.field("title", section.title);
    out.nullable("text", section.text);
    out.raw("\n");
    writeFigures(out, section);
    out.raw("      \"tables\": [");
    for (qsizetype i = 0; i < section.tables.size(); ++i) {
        out.raw(i == 0 ? "\n" : ",\n");
        if (!writeTable(out, section.tables[i]))
            return false;
    }
    out.raw(section.tables.isEmpty() ? "],\n      \"charts\": [" : "\n      ],\n      \"charts\": [");
    for (qsizetype i = 0; i < section.charts.size(); ++i) {
        out.raw(i == 0 ? "\n" : ",\n");
        writeChart(out, section.charts[i]);
    }
    out.raw(section.charts.isEmpty() ? "]}" : "\n      ]}");
    return true;
}

void writeHead(JsonOut &out, const ReportDocument &document)
{
    const ReportSpec &spec = document.spec;
    out.raw("{\n  ");
    out.field("format", QStringLiteral("snapline-report"));
    out.key("schemaVersion");
    out.buffer().append(QByteArray::number(JsonReportWriter::kSchemaVersion));
    out.raw(",\n  ");
    out.field("title", document.title);
    out.field("kind", toString(spec.kind));
    out.raw("\n  \"scope\": {");
    out.field("level", JsonReportWriter::scopeLevelName(spec.scope.level));
    out.field("id", spec.scope.id);
    out.nullable("clusterName", spec.scope.clusterName);
    out.field("spec", spec.scope.toString());
    out.field("label", document.scopeLabel, true);
    out.raw("},\n  \"period\": {");
    out.time("from", spec.from);
    out.time("to", spec.to, true);
    out.raw("},\n  ");
    out.time("generatedAt", spec.generatedAt);
    out.nullable("profile", spec.profileName);
    out.field("pageSize", toString(spec.pageSize), true);
    out.raw(",\n  \"sections\": [");
}

} // namespace

QString JsonReportWriter::typeName(ReportColumn::Type type)
{
    switch (type) {
    case ReportColumn::Type::Text:
        return QStringLiteral("text");
    case ReportColumn::Type::Integer:
        return QStringLiteral("integer");
    case ReportColumn::Type::Number:
        return QStringLiteral("number");
    case ReportColumn::Type::Percent:
        return QStringLiteral("percent");
    case ReportColumn::Type::Bytes:
        return QStringLiteral("bytes");
    case ReportColumn::Type::DateTime:
        return QStringLiteral("dateTime");
    case ReportColumn::Type::Duration:
        return QStringLiteral("duration");
    case ReportColumn::Type::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

QString JsonReportWriter::chartKindName(ReportChart::Kind kind)
{
    return kind == ReportChart::Kind::Lines ? QStringLiteral("lines") : QStringLiteral("stackedBars");
}

QString JsonReportWriter::scopeLevelName(ReportScope::Level level)
{
    switch (level) {
    case ReportScope::Level::Organization:
        return QStringLiteral("organization");
    case ReportScope::Level::Project:
        return QStringLiteral("project");
    case ReportScope::Level::Cluster:
        return QStringLiteral("cluster");
    }
    return {};
}

Result<QStringList> JsonReportWriter::write(const ReportDocument &document, const QString &path,
                                            const std::atomic_bool *cancel, const Progress &progress)
{
    const QString destination = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(destination).isDir())
        return ReportFiles::writeError(destination, tr("it is a folder; a JSON report is one file"));
    if (!QFileInfo(QFileInfo(destination).absolutePath()).isDir())
        return ReportFiles::writeError(
                destination, tr("the folder %1 does not exist").arg(QFileInfo(destination).absolutePath()));
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly))
        return ReportFiles::writeError(destination, file.errorString());
    qint64 rows = 0;
    for (const ReportSection &s : document.sections)
        for (const ReportTable &t : s.tables)
            rows += t.rowCount();
    JsonOut out(file, rows, cancel, progress);
    writeHead(out, document);
    bool ok = true;
    for (qsizetype i = 0; ok && i < document.sections.size(); ++i) {
        out.raw(i == 0 ? "\n" : ",\n");
        ok = writeSection(out, document.sections[i]);
    }
    if (ok) {
        out.raw(document.sections.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        ok = out.flush();
    }
    if (out.cancelled()) {
        file.cancelWriting();
        return ReportFiles::cancelled();
    }
    if (!ok || out.failed() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ReportFiles::writeError(destination, reason);
    }
    if (progress)
        progress(100);
    return QStringList{destination};
}

} // namespace snapline
