#pragma once

#include <QList>
#include <QString>

namespace snapline {

// One mark on the time axis.
struct TimelineTick
{
    qint64 ms = 0;
    QString label;
    bool major = false; // a day, month or year boundary: drawn as a stronger grid line
};

// Ticks for the timeline's axis in UTC, at calendar-friendly steps (minutes,
// hours, days, weeks, months, years) chosen so labels are at least
// `minSpacingPx` apart at any zoom.
class TimelineAxis
{
public:
    static QList<TimelineTick> ticks(qint64 fromMs, qint64 toMs, int widthPx, int minSpacingPx);
    // The step ticks() picks, in ms (months and years at their average length).
    static qint64 stepMs(qint64 fromMs, qint64 toMs, int widthPx, int minSpacingPx);
};

} // namespace snapline
