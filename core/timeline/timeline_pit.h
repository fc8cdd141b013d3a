#pragma once

#include "domain/cluster.h"

#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace snapline {

// A span of time in UTC milliseconds with both ends included, like TimeRange.
struct TimelineSpan
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    bool contains(qint64 ms) const { return fromMs <= ms && ms <= toMs; }
    bool operator==(const TimelineSpan &) const = default;
};

// The point-in-time band of the timeline: the window, the restorable ranges in
// it, the gaps between them and the restore blackouts, sorted and merged so a
// binary search answers what lies under the pointer.
class TimelinePit
{
public:
    enum class State {
        None,        // outside the window, or no continuous backup
        Restorable,  // inside a restorable range
        Gap,         // between two restorable ranges
        Unavailable, // inside the window, before the first or after the last range
        Blackout,    // a restore into the cluster was running
    };

    TimelinePit() = default;

    // `window` (PitWindow::bounds()) clips the ranges; an empty restorable list
    // then means the whole window is restorable, as PitWindow reads it. Without
    // a window the band spans the restorable ranges.
    static TimelinePit fromHistory(const PitHistory &history, const std::optional<TimeRange> &window = {});
    static TimelinePit fromSpans(std::vector<TimelineSpan> restorable, std::vector<TimelineSpan> blackouts,
                                 std::optional<TimelineSpan> window = {});

    bool isEmpty() const { return !m_window; }
    // The band's extent; meaningless when isEmpty().
    TimelineSpan window() const { return m_window.value_or(TimelineSpan{}); }
    const std::vector<TimelineSpan> &restorable() const { return m_restorable; }
    const std::vector<TimelineSpan> &gaps() const { return m_gaps; }
    const std::vector<TimelineSpan> &blackouts() const { return m_blackouts; }

    // What the band says at `ms`; `span` receives the range, gap or blackout
    // holding it (blackouts win over what lies beneath them).
    State stateAt(qint64 ms, TimelineSpan *span = nullptr) const;

    // The half-open index range of sorted, disjoint `spans` that meet [fromMs, toMs).
    static std::pair<std::size_t, std::size_t> visible(const std::vector<TimelineSpan> &spans, qint64 fromMs,
                                                       qint64 toMs);

private:
    std::optional<TimelineSpan> m_window;
    std::vector<TimelineSpan> m_restorable; // sorted, disjoint, inside the window
    std::vector<TimelineSpan> m_gaps;       // between consecutive restorable ranges
    std::vector<TimelineSpan> m_blackouts;  // sorted, disjoint, inside the window
};

} // namespace snapline
