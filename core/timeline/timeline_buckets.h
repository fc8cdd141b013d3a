#pragma once

#include "timeline/timeline_series.h"

#include <vector>

namespace snapline {

// What one pixel column of one lane holds: how many snapshots, how many of
// them are marked, and the one that stands for them (hover, click).
struct TimelineBucket
{
    int count = 0;
    int failed = 0;
    int fallback = 0;
    int pending = 0;
    int representative = -1; // series row: the first failed, else the first fallback, else the middle one
};

// The timeline's level of detail: [fromMs, toMs) cut into pixel columns, with a
// TimelineBucket per lane and column. Built by binary searches on the lanes'
// sorted times, so its cost is columns × lanes × log(snapshots) whatever the
// number of snapshots in view.
class TimelineBuckets
{
public:
    TimelineBuckets() = default;

    // An empty result for an empty range or no columns.
    static TimelineBuckets build(const TimelineSeries &series, qint64 fromMs, qint64 toMs, int columns);

    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    int columns() const { return m_columns; }

    const TimelineBucket &at(TimelineLane lane, int column) const
    {
        return m_cells[std::size_t(int(lane) * m_columns + column)];
    }
    // Snapshots of a lane inside [fromMs, toMs).
    int laneCount(TimelineLane lane) const { return m_laneCounts[std::size_t(lane)]; }
    int totalCount() const;

    // Column c covers [columnStartMs(c), columnStartMs(c + 1)).
    qint64 columnStartMs(int column) const;
    // The column holding `ms`, or -1 outside [fromMs, toMs).
    int columnOf(qint64 ms) const;

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_columns = 0;
    std::vector<TimelineBucket> m_cells; // lane-major
    std::array<int, kTimelineLaneCount> m_laneCounts{};

    void fillLane(const TimelineSeries::LaneIndex &index, TimelineLane lane);
};

} // namespace snapline
