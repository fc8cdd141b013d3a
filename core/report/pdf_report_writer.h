#pragma once

#include "report/report_writer.h"

#include <memory>

namespace snapline {

// Writes a report as a PDF (QPdfWriter, A4 or Letter as the spec says): a
// title page, a table of contents with page numbers, running headers and
// "page N of M" footers, tables that break across pages with their header
// repeated, and the charts drawn in. Text stays text (searchable, with the
// fonts embedded). Needs a QGuiApplication (offscreen will do).
class PdfReportWriter final : public ReportWriter
{
public:
    Result<QStringList> write(const ReportDocument &document, const QString &path,
                              const std::atomic_bool *cancel, const Progress &progress) override;
};

std::unique_ptr<ReportWriter> makePdfReportWriter();

} // namespace snapline
