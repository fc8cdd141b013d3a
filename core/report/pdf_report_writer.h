#pragma once

#include "report/pdf_page_list.h"
#include "report/report_writer.h"

#include <memory>

class QPdfWriter;

namespace snapline {

// Writes a report as a PDF (QPdfWriter, A4 or Letter as the spec says): a
// title page, a table of contents with page numbers, running headers and
// "page N of M" footers, tables that break across pages with their header
// repeated, and the charts drawn in. Text stays text (searchable, with the
// fonts embedded). Needs a QGuiApplication (offscreen will do).
class PdfReportWriter final : public ReportWriter
{
public:
    // Device units per inch: fine enough that rounding never shows; the
    // layout works in points times kResolution / 72.
    static constexpr int kResolution = 1200;

    Result<QStringList> write(const ReportDocument &document, const QString &path,
                              const std::atomic_bool *cancel, const Progress &progress) override;

    // Sets `writer` up for `document` (page size, no margins, resolution,
    // title) and answers where things go on its pages.
    static PdfGeometry setUp(QPdfWriter &writer, const ReportDocument &document);
};

std::unique_ptr<ReportWriter> makePdfReportWriter();

} // namespace snapline
