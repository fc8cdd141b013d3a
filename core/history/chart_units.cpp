#include "history/chart_units.h"

#include <QLocale>

#include <array>

namespace snapline {

ChartUnit ChartUnits::bytes(qint64 peakBytes)
{
    const std::array<ChartUnit, 6> units{{
            {1.0, tr("B")},
            {1e3, tr("KB")},
            {1e6, tr("MB")},
            {1e9, tr("GB")},
            {1e12, tr("TB")},
            {1e15, tr("PB")},
    }};
    for (auto unit = units.rbegin(); unit != units.rend(); ++unit)
        if (double(peakBytes) >= unit->divisor)
            return *unit;
    return units.front();
}

ChartUnit ChartUnits::duration(qint64 peakSeconds)
{
    if (peakSeconds < 2 * 60)
        return {1, tr("s")};
    if (peakSeconds < 2 * 3600)
        return {60, tr("min")};
    if (peakSeconds < 2 * 86400)
        return {3600, tr("h")};
    return {86400, tr("days")};
}

QString ChartUnits::formatBytes(qint64 bytes)
{
    const ChartUnit unit = ChartUnits::bytes(bytes);
    const int decimals = unit.divisor == 1 ? 0 : 1;
    return tr("%1 %2").arg(QLocale().toString(unit.scale(double(bytes)), 'f', decimals), unit.symbol);
}

QString ChartUnits::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400) {
        const qint64 minutes = seconds / 60 % 60;
        return minutes ? tr("%1 h %2 min").arg(seconds / 3600).arg(minutes) : tr("%1 h").arg(seconds / 3600);
    }
    const qint64 hours = seconds / 3600 % 24;
    return hours ? tr("%1 d %2 h").arg(seconds / 86400).arg(hours) : tr("%1 d").arg(seconds / 86400);
}

} // namespace snapline
