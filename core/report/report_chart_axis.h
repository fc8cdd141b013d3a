#pragma once

#include "report/report_document.h"

#include <QList>

namespace snapline {

// The value axis of a report chart: a range that starts and ends on round
// ticks ("0, 20, 40 … 100"; "0, 1 h, 2 h"), chosen from the data.
struct ReportChartAxis
{
    double min = 0;
    double max = 1;
    double step = 1;

    QList<double> ticks() const;

    // The axis for values between `low` and `high` (0 is always included) of a
    // column type, with at most about `maxTicks` ticks.
    static ReportChartAxis forRange(double low, double high, ReportColumn::Type type, int maxTicks = 6);
};

} // namespace snapline
