#pragma once

#include "report/report_writer.h"

#include <QCoreApplication>

namespace snapline {

// Writes a report as CSV (RFC 4180): one file per table, named
// "<section>-<table>.csv", plus "<section>-figures.csv" for a section's
// summary figures. UTF-8 without a byte-order mark, CRLF after every record
// (the last too), a header record of the columns' stable keys, fields quoted
// only when they hold a comma, a double quote, CR or LF (quotes doubled),
// values as ReportValueFormat spells them. `path` is a folder (created, or
// replaced when it holds an earlier report), a ".zip" archive of the same
// files, or a ".csv" file when the document has exactly one table (a table
// exported from the GUI).
class CsvReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvReportWriter)

public:
    Result<QStringList> write(const ReportDocument &document, const QString &path,
                              const std::atomic_bool *cancel, const Progress &progress) override;

    static QString fileName(const ReportSection &section, const ReportTable &table);
    static QString figuresFileName(const ReportSection &section);
    // Appends one field, quoted when RFC 4180 needs it.
    static void appendField(QByteArray &out, const QByteArray &utf8);
};

} // namespace snapline
