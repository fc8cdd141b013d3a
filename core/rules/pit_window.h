#pragma once

#include "domain/cluster.h"

#include <QDateTime>

#include <optional>

namespace snapline {

// Where a cluster can be restored to a point in time right now: inside the
// restore window, inside a restorable oplog range, outside blackouts, and not
// in the future. The planner and the timeline's PIT cursor both ask it.
class PitWindow
{
public:
    enum class Obstacle {
        NotEnabled,             // the cluster has no continuous backup
        Future,                 // after now
        BeforeWindow,           // older than the restore window
        BeforeOldestRestorable, // before the oldest restorable oplog
        AfterNewestRestorable,  // after the newest backed-up oplog
        Gap,                    // between two restorable ranges
        Blackout,               // while a restore into the cluster was running
    };

    PitWindow(const Cluster &cluster, const QDateTime &now);

    bool isEnabled() const { return m_enabled; }
    // [now − restore window, now]
    TimeRange bounds() const { return m_bounds; }
    // The restorable ranges clipped to bounds(), with blackouts cut out.
    TimeRanges restorableRanges() const { return m_effective; }

    // Everything that stops a restore to `moment`; empty when it is restorable.
    QList<Obstacle> obstaclesAt(const QDateTime &moment) const;
    bool isRestorable(const QDateTime &moment) const { return obstaclesAt(moment).isEmpty(); }
    // The restorable second closest to `moment` (ties go to the earlier one),
    // or nullopt when nothing in the window is restorable.
    std::optional<QDateTime> nearestRestorable(const QDateTime &moment) const;

    // The gap or blackout containing `moment`, for explaining a refusal.
    std::optional<TimeRange> gapAround(const QDateTime &moment) const;
    std::optional<TimeRange> blackoutAround(const QDateTime &moment) const;
    TimeRanges gaps() const;

private:
    bool m_enabled = false;
    TimeRange m_bounds;
    TimeRanges m_restorable; // sorted by start; empty = the whole window is restorable
    TimeRanges m_blackouts;
    TimeRanges m_effective; // restorableRanges(), computed once

    static TimeRanges effectiveRanges(const TimeRanges &restorable, const TimeRange &bounds,
                                      const TimeRanges &blackouts);
    static bool sortedContain(const TimeRanges &ranges, const QDateTime &moment);
};

} // namespace snapline
