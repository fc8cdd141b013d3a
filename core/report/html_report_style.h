#pragma once

#include "report/report_spec.h"

#include <QString>

namespace snapline {

// The HTML report's stylesheet: a readable page on screen, and in print the
// paper size, a page break before each section and table headers repeated
// on every page.
QString htmlReportStyle(PageSize pageSize);

} // namespace snapline
