#pragma once

#include "report/report_document.h"

namespace snapline::test {

// A hand-made coverage report for the PDF and HTML writers' suites:
//   "summary"   text with markup-like characters, seven figures of every type
//   "charts"    a stacked bar chart (30 days × taken/missed/failed) and a line
//               chart of bytes (hourly/daily/weekly)
//   "clusters"  a table of kClusterRows rows, enough to span several pages;
//               row 7's name holds "<", "&", "é" and "日本"
//   "restores"  an empty table with a note
inline constexpr int kClusterRows = 300;

ReportDocument sampleReport(PageSize pageSize = PageSize::A4);
// The cluster name in row `row` of the "clusters" table.
QString sampleClusterName(int row);
inline const QString kTrickyText = QStringLiteral("<b>Tom & Jérôme</b> \"quoted\" 日本");

} // namespace snapline::test
