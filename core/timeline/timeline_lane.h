#pragma once

#include "domain/snapshot.h"

#include <QtGlobal>

#include <array>

namespace snapline {

// The row of the timeline a snapshot is drawn in: its schedule's frequency, or
// on-demand for snapshots taken on request.
enum class TimelineLane : quint8 { Hourly, Daily, Weekly, Monthly, Yearly, OnDemand };

inline constexpr int kTimelineLaneCount = 6;

inline constexpr std::array<TimelineLane, kTimelineLaneCount> kTimelineLanes{
        TimelineLane::Hourly,  TimelineLane::Daily,  TimelineLane::Weekly,
        TimelineLane::Monthly, TimelineLane::Yearly, TimelineLane::OnDemand};

inline TimelineLane timelineLaneOf(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return TimelineLane::Hourly;
    case Frequency::Daily:
        return TimelineLane::Daily;
    case Frequency::Weekly:
        return TimelineLane::Weekly;
    case Frequency::Monthly:
        return TimelineLane::Monthly;
    case Frequency::Yearly:
        return TimelineLane::Yearly;
    case Frequency::OnDemand:
        return TimelineLane::OnDemand;
    }
    return TimelineLane::OnDemand;
}

// A fallback snapshot stays in its frequency's lane (it replaced a scheduled one).
inline TimelineLane timelineLaneOf(const Snapshot &snapshot)
{
    return snapshot.origin == SnapshotOrigin::OnDemand ? TimelineLane::OnDemand
                                                       : timelineLaneOf(snapshot.frequency);
}

// What a snapshot's marker says besides its lane; combined as bits.
enum TimelineFlag : quint8 {
    TimelineFailed = 1,   // the snapshot failed
    TimelineFallback = 2, // Atlas took it as a fallback for a scheduled one
    TimelinePending = 4,  // queued or in progress
};

inline quint8 timelineFlagsOf(const Snapshot &snapshot)
{
    quint8 flags = 0;
    if (snapshot.status == SnapshotStatus::Failed)
        flags |= TimelineFailed;
    if (snapshot.origin == SnapshotOrigin::Fallback)
        flags |= TimelineFallback;
    if (snapshot.isPending())
        flags |= TimelinePending;
    return flags;
}

} // namespace snapline
