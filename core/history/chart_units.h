#pragma once

#include <QCoreApplication>
#include <QString>

namespace snapline {

// The unit an axis is labelled in: values are divided by `divisor` and the
// axis is titled with `symbol`.
struct ChartUnit
{
    double divisor = 1;
    QString symbol;

    double scale(double value) const { return value / divisor; }
    bool operator==(const ChartUnit &) const = default;
};

// Picks a unit that keeps an axis's numbers short: the largest one in which
// the peak value is at least 1 (so 1,500,000,000 bytes reads as 1.5 GB and
// 90 minutes as 90 min, not 1.5 h).
class ChartUnits
{
    Q_DECLARE_TR_FUNCTIONS(ChartUnits)

public:
    // Decimal units as Atlas bills storage: B, KB, MB, GB, TB, PB.
    static ChartUnit bytes(qint64 peakBytes);
    // s below 2 minutes, min below 2 hours, h below 2 days, then days.
    static ChartUnit duration(qint64 peakSeconds);
    // "1.5 GB", "820 MB", "12 B": one value with its own unit, for labels.
    static QString formatBytes(qint64 bytes);
    // "45 s", "12 min", "3 h 20 min", "2 d 4 h": one duration in words.
    static QString formatDuration(qint64 seconds);
};

} // namespace snapline
