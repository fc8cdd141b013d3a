#pragma once

#include "domain/snapshot.h"
#include "timeline/timeline_lane.h"
#include "timeline/timeline_pit.h"

#include <QList>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace snapline {

// One cluster's snapshots as the timeline reads them: immutable columns sorted
// by creation time, an index per lane, and the PIT band. Built once per
// catalog read and shared by the widget, the table and the benchmarks.
class TimelineSeries
{
public:
    // Raw columns, for building a large series without Snapshot objects. Every
    // column but createdMs and lanes may be left empty (no expiry, no flags,
    // size 0, no id, source index = position).
    struct Columns
    {
        std::vector<qint64> createdMs;
        std::vector<TimelineLane> lanes;
        std::vector<qint64> expiresMs; // kNoExpiry where unknown
        std::vector<quint8> flags;     // TimelineFlag bits
        std::vector<qint64> sizes;     // bytes
        std::vector<int> sources;      // index into the caller's list
        QStringList ids;
    };

    // A lane's rows in time order, and where its marked snapshots sit in it.
    struct LaneIndex
    {
        std::vector<qint64> times; // sorted creation times
        std::vector<int> rows;     // the series row at each position
        std::vector<int> failed;   // positions (into times) of failed snapshots
        std::vector<int> fallback; // positions of fallback snapshots
        std::vector<int> pending;  // positions of queued or running snapshots
    };

    static constexpr qint64 kNoExpiry = std::numeric_limits<qint64>::min();

    TimelineSeries() = default;

    // Snapshots without a creation time are left out (they cannot be placed);
    // `pitWindow` is PitWindow::bounds() for a cluster with continuous backup.
    static TimelineSeries fromSnapshots(const QList<Snapshot> &snapshots, const PitHistory &pit,
                                        const std::optional<TimeRange> &pitWindow = {});
    // Columns of unequal length are cut to the shortest of createdMs and lanes.
    static TimelineSeries fromColumns(Columns columns, TimelinePit pit = {});

    int size() const { return int(m_created.size()); }
    bool isEmpty() const { return m_created.empty(); }
    // Creation time of the first and last snapshot (0 when empty).
    qint64 firstMs() const { return isEmpty() ? 0 : m_created.front(); }
    qint64 lastMs() const { return isEmpty() ? 0 : m_created.back(); }

    qint64 createdMs(int row) const { return m_created[std::size_t(row)]; }
    std::optional<qint64> expiresMs(int row) const;
    TimelineLane lane(int row) const { return m_lanes[std::size_t(row)]; }
    quint8 flags(int row) const { return m_flags[std::size_t(row)]; }
    bool isFailed(int row) const { return flags(row) & TimelineFailed; }
    bool isFallback(int row) const { return flags(row) & TimelineFallback; }
    bool isPending(int row) const { return flags(row) & TimelinePending; }
    qint64 sizeBytes(int row) const { return m_sizes[std::size_t(row)]; }
    int sourceIndex(int row) const { return m_sources[std::size_t(row)]; }
    QString id(int row) const { return row < m_ids.size() ? m_ids[row] : QString(); }
    // The snapshot a row came from (series built by fromSnapshots), or nullptr.
    const Snapshot *snapshot(int row) const;
    // Linear: a selection changes far less often than the series is painted.
    int rowOfId(const QString &id) const;

    const TimelinePit &pit() const { return m_pit; }
    const LaneIndex &laneIndex(TimelineLane lane) const { return m_laneIndex[std::size_t(lane)]; }
    int laneSize(TimelineLane lane) const { return int(laneIndex(lane).rows.size()); }

    // The first row created at or after `ms` (size() when none).
    int lowerBound(qint64 ms) const;
    // The row created closest to `ms`, in one lane or in all; ties go to the
    // earlier one. -1 when there is none.
    int nearest(qint64 ms, std::optional<TimelineLane> lane = {}) const;
    // The row's neighbours in its own lane, -1 at either end.
    int nextInLane(int row) const;
    int previousInLane(int row) const;
    // The row's position in laneIndex(lane(row)).
    int lanePosition(int row) const;

private:
    std::vector<qint64> m_created;
    std::vector<qint64> m_expires;
    std::vector<TimelineLane> m_lanes;
    std::vector<quint8> m_flags;
    std::vector<qint64> m_sizes;
    std::vector<int> m_sources;
    QStringList m_ids;
    QList<Snapshot> m_snapshots; // shared with the caller's list, not copied
    std::array<LaneIndex, kTimelineLaneCount> m_laneIndex;
    TimelinePit m_pit;

    void buildLaneIndex();
};

} // namespace snapline
