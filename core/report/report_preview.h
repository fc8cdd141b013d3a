#pragma once

#include "report/pdf_page_preview.h"
#include "report/report_spec.h"

#include <atomic>

namespace snapline {

// The first page of a report before it is exported, for the export dialog:
// the document built from the catalog as the export will build it, laid out
// as its PDF, page 1 drawn. Runs on a worker thread.
class ReportPreview
{
public:
    // `spec.generatedAt` is the moment the title page shows. Fails as the
    // export would (a scope not in the catalog …), or with "report.cancelled".
    static Result<PdfPagePreview::Page> firstPage(const QString &catalogPath, const ReportSpec &spec,
                                                  int widthPixels, const std::atomic_bool *cancel = nullptr);
};

} // namespace snapline
