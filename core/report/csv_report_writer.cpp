#include "report/csv_report_writer.h"

#include "report/report_files.h"
#include "report/report_value_format.h"
#include "report/zip_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace snapline {

namespace {

using Sink = std::function<Status(const QByteArray &bytes)>;
constexpr qsizetype kFlushAt = 1 << 20;
constexpr qint64 kCancelEvery = 4096; // rows between looks at the cancel flag

// One CSV file to write: its name and how to fill it.
struct CsvFile
{
    QString name;
    const ReportSection *section = nullptr;
    const ReportTable *table = nullptr; // null: the section's figures
};

QList<CsvFile> filesOf(const ReportDocument &document)
{
    QList<CsvFile> out;
    for (const ReportSection &section : document.sections) {
        if (!section.figures.isEmpty())
            out << CsvFile{CsvReportWriter::figuresFileName(section), &section, nullptr};
        for (const ReportTable &table : section.tables)
            out << CsvFile{CsvReportWriter::fileName(section, table), &section, &table};
    }
    return out;
}

// Counts rows written across the files, for progress and cancel.
class Pacer
{
public:
    Pacer(qint64 total, const std::atomic_bool *cancel, const ReportWriter::Progress &progress)
        : m_total(std::max<qint64>(total, 1))
        , m_cancel(cancel)
        , m_progress(progress)
    {}
    // False when cancelled.
    bool row()
    {
        if (++m_done % kCancelEvery != 0)
            return true;
        if (m_progress)
            m_progress(int(m_done * 100 / m_total));
        return !(m_cancel && m_cancel->load());
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    qint64 m_total;
    qint64 m_done = 0;
    const std::atomic_bool *m_cancel;
    const ReportWriter::Progress &m_progress;
};

bool needsQuotes(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void endRecord(QByteArray &out)
{
    out.chop(1); // the comma after the last field
    out.append("\r\n");
}

Status writeFigures(const ReportSection &section, const Sink &sink)
{
    QByteArray out("key,label,type,value\r\n");
    static const char *const kTypes[]
            = {"text", "integer", "number", "percent", "bytes", "dateTime", "duration", "boolean"};
    for (const ReportFigure &f : section.figures) {
        CsvReportWriter::appendField(out, f.key.toUtf8());
        out.append(',');
        CsvReportWriter::appendField(out, f.label.toUtf8());
        out.append(',');
        out.append(kTypes[int(f.type)]);
        out.append(',');
        QByteArray value;
        ReportValueFormat::appendPlain(value, f.value, f.type);
        CsvReportWriter::appendField(out, value);
        out.append("\r\n");
    }
    return sink(out);
}

Status writeTable(const ReportTable &table, const Sink &sink, Pacer &pacer)
{
    QByteArray out;
    out.reserve(kFlushAt + 4096);
    for (const ReportColumn &c : table.columns) {
        CsvReportWriter::appendField(out, c.key.toUtf8());
        out.append(',');
    }
    endRecord(out);
    Status status = Done{};
    bool stopped = false;
    const QVariant none;
    table.forEachRow([&](const QVariantList &row) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            // Written in place, and quoted afterwards in the rare case it needs it.
            const qsizetype start = out.size();
            ReportValueFormat::appendPlain(out, i < row.size() ? row.at(i) : none, table.columns[i].type);
            if (needsQuotes(out.constData() + start, out.size() - start)) {
                const QByteArray plain = out.mid(start);
                out.truncate(start);
                CsvReportWriter::appendField(out, plain);
            }
            out.append(',');
        }
        endRecord(out);
        if (out.size() >= kFlushAt) {
            status = sink(out);
            out.clear();
            if (!status)
                return false;
        }
        if (!pacer.row()) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!status)
        return status;
    if (stopped)
        return ReportFiles::cancelled();
    return sink(out);
}

Status writeFile(const CsvFile &file, const Sink &sink, Pacer &pacer)
{
    return file.table ? writeTable(*file.table, sink, pacer) : writeFigures(*file.section, sink);
}

Sink fileSink(QFile &file)
{
    return [&file](const QByteArray &bytes) -> Status {
        if (file.write(bytes) == bytes.size())
            return Done{};
        return ReportFiles::writeError(file.fileName(), file.errorString());
    };
}

Status closeFile(QFile &file)
{
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return ReportFiles::writeError(file.fileName(), file.errorString());
    file.close();
    return Done{};
}

Status writeFolder(const QString &folder, const QList<CsvFile> &files, Pacer &pacer)
{
    if (!QDir().mkpath(folder))
        return ReportFiles::writeError(folder, CsvReportWriter::tr("the folder cannot be made"));
    for (const CsvFile &f : files) {
        QFile file(QDir(folder).filePath(f.name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ReportFiles::writeError(file.fileName(), file.errorString());
        if (auto written = writeFile(f, fileSink(file), pacer); !written)
            return written;
        if (auto closed = closeFile(file); !closed)
            return closed;
    }
    return Done{};
}

Status writeZip(const QString &zipPath, const QList<CsvFile> &files, const QDateTime &stamp, Pacer &pacer)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ReportFiles::writeError(zipPath, file.errorString());
    ZipWriter zip(&file,
                  1); // reports are written once and archived: the fastest level already shrinks CSV ~6x
    for (const CsvFile &f : files) {
        if (auto begun = zip.beginEntry(f.name, stamp); !begun)
            return begun;
        if (auto written = writeFile(
                    f, [&zip](const QByteArray &bytes) { return zip.write(bytes); }, pacer);
            !written)
            return written;
    }
    if (auto finished = zip.finish(); !finished)
        return finished;
    return closeFile(file);
}

} // namespace

QString CsvReportWriter::fileName(const ReportSection &section, const ReportTable &table)
{
    return section.key + u'-' + table.key + QStringLiteral(".csv");
}

QString CsvReportWriter::figuresFileName(const ReportSection &section)
{
    return section.key + QStringLiteral("-figures.csv");
}

void CsvReportWriter::appendField(QByteArray &out, const QByteArray &utf8)
{
    if (!needsQuotes(utf8.constData(), utf8.size())) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

Result<QStringList> CsvReportWriter::write(const ReportDocument &document, const QString &path,
                                           const std::atomic_bool *cancel, const Progress &progress)
{
    const QString destination = QFileInfo(path).absoluteFilePath();
    const bool zip = destination.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    const bool single = destination.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    QList<CsvFile> files = filesOf(document);
    if (single) {
        files.removeIf([](const CsvFile &f) { return f.table == nullptr; });
        if (files.size() != 1)
            return Error{QStringLiteral("report.csv.tables"),
                         tr("This report has %n table(s); write it to a folder or a .zip file, not to one "
                            ".csv file.",
                            nullptr, int(files.size()))};
    }
    qint64 rows = 0;
    for (const CsvFile &f : files)
        rows += f.table ? f.table->rowCount() : 1;
    Pacer pacer(rows, cancel, progress);
    if (pacer.cancelled())
        return ReportFiles::cancelled();

    const auto staging = ReportFiles::makeStaging(destination);
    if (!staging)
        return staging.error();
    const QString staged = QDir(*staging).filePath(QFileInfo(destination).fileName());
    Status written = Done{};
    if (zip) {
        written = writeZip(staged, files, document.spec.generatedAt, pacer);
    } else if (single) {
        QFile file(staged);
        written = file.open(QIODevice::WriteOnly)
                ? writeFile(files.first(), fileSink(file), pacer)
                : Status(ReportFiles::writeError(destination, file.errorString()));
        if (written)
            written = closeFile(file);
    } else {
        written = writeFolder(staged, files, pacer);
    }
    if (written && pacer.cancelled())
        written = ReportFiles::cancelled();
    if (written)
        written = ReportFiles::moveIntoPlace(staged, destination);
    ReportFiles::remove(*staging);
    if (!written)
        return written.error();
    if (progress)
        progress(100);
    if (zip || single)
        return QStringList{destination};
    QStringList out;
    for (const CsvFile &f : std::as_const(files))
        out << QDir(destination).filePath(f.name);
    return out;
}

} // namespace snapline
