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
//   "evidence"  two data-only tables: "snapshots" (kEvidenceRows rows from a
//               row source, text as UTF-8 bytes, with a note) and "days" (2 rows)
// The clusters table has a data-only column "projectId" holding kHiddenId.
inline constexpr int kClusterRows = 300;
inline constexpr int kEvidenceRows = 1500;
inline const QString kHiddenId = QStringLiteral("PRJ-HIDDEN-ID");

ReportDocument sampleReport(PageSize pageSize = PageSize::A4);
// The cluster name in row `row` of the "clusters" table.
QString sampleClusterName(int row);
inline const QString kTrickyText = QStringLiteral("<b>Tom & Jérôme</b> \"quoted\" 日本");

} // namespace snapline::test
