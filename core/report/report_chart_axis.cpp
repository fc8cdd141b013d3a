#include "report/report_chart_axis.h"

#include <array>
#include <cmath>

namespace snapline {

namespace {

// 1, 2, 5 × 10^k: steps people read at a glance.
double niceDecimalStep(double rough)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// Seconds, minutes, hours and days rather than "3,600, 7,200".
double niceDurationStep(double rough)
{
    static constexpr std::array<double, 18> kSteps{1,     5,     10,    15,    30,     60,
                                                   300,   600,   900,   1800,  3600,   7200,
                                                   10800, 21600, 43200, 86400, 172800, 604800};
    for (const double step : kSteps) {
        if (step >= rough)
            return step;
    }
    return std::ceil(rough / kSteps.back()) * kSteps.back();
}

} // namespace

QList<double> ReportChartAxis::ticks() const
{
    QList<double> result;
    const int count = int(std::llround((max - min) / step));
    for (int i = 0; i <= count; ++i)
        result.append(min + step * i);
    return result;
}

ReportChartAxis ReportChartAxis::forRange(double low, double high, ReportColumn::Type type, int maxTicks)
{
    low = std::min(0.0, std::isfinite(low) ? low : 0.0);
    high = std::max(0.0, std::isfinite(high) ? high : 0.0);
    if (type == ReportColumn::Type::Percent && high <= 100 && high > 0)
        high = 100;
    if (high - low <= 0)
        high = low + 1;
    const double rough = (high - low) / std::max(1, maxTicks - 1);
    double step = type == ReportColumn::Type::Duration ? niceDurationStep(rough) : niceDecimalStep(rough);
    // Counts, sizes and durations have no fractions worth a tick.
    const bool whole = type == ReportColumn::Type::Integer || type == ReportColumn::Type::Bytes
            || type == ReportColumn::Type::Duration;
    if (whole)
        step = std::max(step, 1.0);
    ReportChartAxis axis;
    axis.step = step;
    axis.min = std::floor(low / step) * step;
    axis.max = std::ceil(high / step) * step;
    return axis;
}

} // namespace snapline
