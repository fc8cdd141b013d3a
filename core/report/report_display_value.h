#pragma once

#include "report/report_document.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace snapline {

// How the PDF and HTML reports show a typed value, so both formats (and the
// console) spell a size, a time or a duration the same way.

// One value of a column or figure: "2,000", "98.5 %", "1.5 GB",
// "2026-11-24 12:00 UTC", "1 h 20 min", "yes". An invalid QVariant (no value)
// reads "—".
QString formatReportValue(const QVariant &value, ReportColumn::Type type, const QLocale &locale = QLocale());
// A chart's axis tick: like formatReportValue, with numbers kept short.
QString formatReportAxisValue(double value, ReportColumn::Type type, const QLocale &locale = QLocale());
// Whether a column of this type reads better aligned right (numbers and sizes).
bool isNumericReportType(ReportColumn::Type type);
// "2026-10-01 00:00 UTC – 2026-11-01 00:00 UTC"; one side may be missing.
QString formatReportPeriod(const QDateTime &from, const QDateTime &to);

} // namespace snapline
