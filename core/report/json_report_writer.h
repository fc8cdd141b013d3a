#pragma once

#include "report/report_writer.h"

#include <QCoreApplication>

namespace snapline {

// Writes a report as one JSON file in the documented schema
// (docs/report.schema.json): the spec, then the sections with their
// figures, tables (each row an object keyed by the columns' stable keys)
// and charts. Streamed, one table row per line, so a table of a million
// snapshots never sits in memory as JSON.
class JsonReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(JsonReportWriter)

public:
    static constexpr int kSchemaVersion = 1;

    Result<QStringList> write(const ReportDocument &document, const QString &path,
                              const std::atomic_bool *cancel, const Progress &progress) override;

    // The stable spelling of a column type and a chart kind in the JSON.
    static QString typeName(ReportColumn::Type type);        // "text", "integer", … "dateTime", "boolean"
    static QString chartKindName(ReportChart::Kind kind);    // "stackedBars", "lines"
    static QString scopeLevelName(ReportScope::Level level); // "organization", "project", "cluster"
};

} // namespace snapline
