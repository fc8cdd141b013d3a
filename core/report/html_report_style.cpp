#include "report/html_report_style.h"

namespace snapline {

QString htmlReportStyle(PageSize pageSize)
{
    const QString page = pageSize == PageSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    // No '<' or '&' in here: the file stays well-formed XML as well as HTML.
    return QStringLiteral(R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt;
       color: #111; background: #fff; max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.4; }
h1 { font-size: 22pt; margin: 0 0 0.6rem; }
h2 { font-size: 15pt; margin: 2.2rem 0 0.6rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; }
.title-page { border-bottom: 2px solid #111; padding-bottom: 1rem; margin-bottom: 1.5rem; }
.fields th { text-align: left; color: #555; padding: 0.15rem 1.5rem 0.15rem 0; background: none; font-weight: bold; }
.fields td { padding: 0.15rem 0; }
.made-by { color: #555; font-size: 8.5pt; }
nav.contents ol { padding-left: 1.5rem; }
nav.contents a { color: #1f4e79; }
.figures { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.8rem 0; }
.figure { background: #f3f3f3; border-left: 3px solid #b0b0b0; padding: 0.4rem 0.7rem; min-width: 12rem; flex: 1 1 12rem; }
.figure .label { color: #555; font-size: 8.5pt; }
.figure .value { font-size: 14pt; font-weight: bold; }
figure.chart { margin: 1rem 0; }
figure.chart img { width: 100%; max-width: 720px; height: auto; display: block; }
figure.chart figcaption { font-weight: bold; margin-bottom: 0.3rem; }
table.data { border-collapse: collapse; width: 100%; margin: 0.8rem 0 0.3rem; font-size: 8.5pt; }
table.data caption { text-align: left; font-weight: bold; font-size: 11pt; padding-bottom: 0.3rem; }
table.data th { background: #d9d9d9; text-align: left; padding: 0.25rem 0.4rem; border-bottom: 1px solid #808080; }
table.data td { padding: 0.2rem 0.4rem; vertical-align: top; }
table.data tbody tr:nth-child(even) { background: #f2f2f2; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p.note { font-style: italic; color: #404040; font-size: 8.5pt; margin-top: 0.2rem; }
footer { margin-top: 2rem; color: #555; font-size: 8.5pt; border-top: 1px solid #999; }
@page { size: %1; margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  nav.contents, section { break-before: page; page-break-before: always; }
  h2 { margin-top: 0; }
  thead { display: table-header-group; }
  tr, figure, .figure { break-inside: avoid; page-break-inside: avoid; }
  caption, h2 { break-after: avoid; page-break-after: avoid; }
  nav.contents a { color: inherit; text-decoration: none; }
}
)")
            .arg(page);
}

} // namespace snapline
