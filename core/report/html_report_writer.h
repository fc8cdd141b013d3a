#pragma once

#include "report/report_writer.h"

#include <memory>

namespace snapline {

// Writes a report as one self-contained HTML file: inline CSS, charts as
// inline PNG images, a table of contents with anchors, tables whose header
// repeats on every printed page, and a print stylesheet for A4 or Letter.
// Nothing is loaded from anywhere else, so the file can be mailed or archived
// as it is. Needs a QGuiApplication (offscreen will do) for the charts.
class HtmlReportWriter final : public ReportWriter
{
public:
    Result<QStringList> write(const ReportDocument &document, const QString &path,
                              const std::atomic_bool *cancel, const Progress &progress) override;
};

std::unique_ptr<ReportWriter> makeHtmlReportWriter();

} // namespace snapline
