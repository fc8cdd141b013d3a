#pragma once

#include "report/report_document.h"

namespace snapline::bench {

// A coverage report the size of a large organization, made without a
// catalog: a summary of figures, two charts over 90 days, and three tables
// with one row per cluster (coverage, missed and failed snapshots, PIT
// windows). Fixed values, so every run lays out the same pages.
ReportDocument largeCoverageReport(int clusters);

} // namespace snapline::bench
