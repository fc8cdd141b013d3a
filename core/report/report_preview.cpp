#include "report/report_preview.h"

#include "catalog/catalog.h"
#include "report/report_builder.h"
#include "report/report_files.h"

namespace snapline {

Result<PdfPagePreview::Page> ReportPreview::firstPage(const QString &catalogPath, const ReportSpec &spec,
                                                      int widthPixels, const std::atomic_bool *cancel)
{
    auto reader = Catalog::openReader(catalogPath, std::make_shared<ManualClock>(spec.generatedAt));
    if (!reader)
        return reader.error();
    auto document = ReportBuilder::build(**reader, spec, cancel);
    if (!document)
        return document.error();
    auto page = PdfPagePreview::render(*document, 0, widthPixels, cancel);
    if (!page)
        return ReportFiles::cancelled();
    return *page;
}

} // namespace snapline
