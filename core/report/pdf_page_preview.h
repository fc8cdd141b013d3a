#pragma once

#include "report/report_document.h"

#include <QImage>

#include <atomic>
#include <optional>

namespace snapline {

// One page of a report drawn on an image exactly as the PDF shows it: laid
// out by the PDF writer's own layout, with fonts measured on a PDF device,
// then painted scaled to the image. The export dialog's preview.
class PdfPagePreview
{
public:
    struct Page
    {
        QImage image;
        int index = 0;     // the page drawn (the last one when the report is shorter)
        int pageCount = 0; // pages in the whole PDF
    };

    // `widthPixels` wide, as tall as the page's proportions make it. Nothing
    // when `cancel` was set before the layout was done.
    static std::optional<Page> render(const ReportDocument &document, int pageIndex, int widthPixels,
                                      const std::atomic_bool *cancel = nullptr);
};

} // namespace snapline
