#include "report/report_writer.h"

#include "report/csv_report_writer.h"
#include "report/json_report_writer.h"

namespace snapline {

std::unique_ptr<ReportWriter> ReportWriter::forFormat(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return std::make_unique<CsvReportWriter>();
    case ReportFormat::Json:
        return std::make_unique<JsonReportWriter>();
    case ReportFormat::Pdf:
        return makePdfReportWriter();
    case ReportFormat::Html:
        return makeHtmlReportWriter();
    }
    return nullptr;
}

} // namespace snapline
