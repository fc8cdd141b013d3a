#pragma once

#include "timeline/timeline_series.h"

#include <QDateTime>

namespace snapline::test {

// A small hand-made cluster history shared by the timeline's suites.
// Times are hours after kTimelineBase (2026-11-01T00:00:00Z):
//   hourly  h0 @0h, h1 @1h (failed), h2 @2h
//   daily   d0 @0h, d1 @24h (fallback)
//   weekly  w0 @5h
//   on-demand o0 @3h (in progress, frequency daily)
// They are listed out of order on purpose; d0 comes before h0.
// PIT: restorable [0h, 2h] and [3h, 5h], blackout [4h, 4h30], window [−1h, 6h].
inline const QDateTime kTimelineBase
        = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
inline constexpr qint64 kHour = 3'600'000;

inline qint64 atHour(double hours)
{
    return kTimelineBase.toMSecsSinceEpoch() + qint64(hours * double(kHour));
}

QList<Snapshot> sampleSnapshots();
PitHistory samplePit();
TimeRange samplePitWindow();
TimelineSeries sampleSeries();

// A cluster with continuous backup whose PIT history is samplePit(), a one-day
// restore window, and the "now" it is seen from (6h): its window is [−18h, 6h].
Cluster samplePitCluster();
inline QDateTime samplePitNow()
{
    return QDateTime::fromMSecsSinceEpoch(atHour(6), Qt::UTC);
}

} // namespace snapline::test
