#pragma once

#include "report/report_document.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace snapline {

// Lays a ReportDocument out in one format. Runs on a worker thread; checks
// `cancel` between pages or tables and reports progress in percent. A
// failure (a full disk, an unwritable folder) leaves no half-written file
// behind and says what could not be written.
class ReportWriter
{
public:
    using Progress = std::function<void(int percent)>;

    virtual ~ReportWriter() = default;

    // Writes to `path` (a file; for CSV a folder, or a .zip file) and answers
    // the absolute paths of every file written, for the manifest.
    virtual Result<QStringList> write(const ReportDocument &document, const QString &path,
                                      const std::atomic_bool *cancel, const Progress &progress)
            = 0;

    // The writer of `format`: CSV and JSON here, PDF and HTML from the
    // factories below; nullptr when this build has no writer for it.
    static std::unique_ptr<ReportWriter> forFormat(ReportFormat format);
};

// The PDF and HTML writers' factories, defined next to those writers.
std::unique_ptr<ReportWriter> makePdfReportWriter();
std::unique_ptr<ReportWriter> makeHtmlReportWriter();

} // namespace snapline
