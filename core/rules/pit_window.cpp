#include "rules/pit_window.h"

#include <algorithm>

namespace snapline {

namespace {

TimeRanges sorted(TimeRanges ranges)
{
    ranges.removeIf([](const TimeRange &r) { return !r.isValid(); });
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });
    return ranges;
}

// `range` minus `cut`, as zero, one or two ranges, to the second.
TimeRanges subtract(const TimeRange &range, const TimeRange &cut)
{
    if (cut.to < range.from || cut.from > range.to)
        return {range};
    TimeRanges out;
    if (cut.from > range.from)
        out.append({range.from, cut.from.addSecs(-1)});
    if (cut.to < range.to)
        out.append({cut.to.addSecs(1), range.to});
    return out;
}

} // namespace

PitWindow::PitWindow(const Cluster &cluster, const QDateTime &now)
    : m_enabled(cluster.hasPointInTime())
    , m_bounds{now.addSecs(-cluster.pitWindowSeconds()), now}
    , m_restorable(sorted(cluster.pit.restorable))
    , m_blackouts(sorted(cluster.pit.blackouts))
    , m_effective(effectiveRanges(m_restorable, m_bounds, m_blackouts))
{}

TimeRanges PitWindow::effectiveRanges(const TimeRanges &restorable, const TimeRange &bounds,
                                      const TimeRanges &blackouts)
{
    TimeRanges clipped;
    for (const auto &r : restorable.isEmpty() ? TimeRanges{bounds} : restorable) {
        const TimeRange c{std::max(r.from, bounds.from), std::min(r.to, bounds.to)};
        if (c.isValid())
            clipped.append(c);
    }
    for (const auto &blackout : blackouts) {
        TimeRanges next;
        next.reserve(clipped.size() + 1);
        for (const auto &r : clipped)
            next.append(subtract(r, blackout));
        clipped = std::move(next);
    }
    return clipped;
}

// Ranges sorted by start and not overlapping: a binary search finds the one
// that could hold `moment`.
bool PitWindow::sortedContain(const TimeRanges &ranges, const QDateTime &moment)
{
    auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), moment,
                               [](const QDateTime &t, const TimeRange &r) { return t < r.from; });
    return it != ranges.cbegin() && std::prev(it)->contains(moment);
}

QList<PitWindow::Obstacle> PitWindow::obstaclesAt(const QDateTime &moment) const
{
    if (!m_enabled)
        return {Obstacle::NotEnabled};
    QList<Obstacle> out;
    if (moment > m_bounds.to)
        out << Obstacle::Future;
    else if (moment < m_bounds.from)
        out << Obstacle::BeforeWindow;

    if (!m_restorable.isEmpty()) {
        if (!sortedContain(m_restorable, moment)) {
            if (moment < m_restorable.first().from) {
                if (!out.contains(Obstacle::BeforeWindow))
                    out << Obstacle::BeforeOldestRestorable;
            } else if (moment > m_restorable.last().to) {
                if (!out.contains(Obstacle::Future))
                    out << Obstacle::AfterNewestRestorable;
            } else
                out << Obstacle::Gap;
        }
    }
    if (blackoutAround(moment))
        out << Obstacle::Blackout;
    return out;
}

std::optional<QDateTime> PitWindow::nearestRestorable(const QDateTime &moment) const
{
    if (!m_enabled || m_effective.isEmpty())
        return std::nullopt;
    // The first range ending at or after `moment`, and the one before it, are
    // the only candidates.
    const auto after = std::lower_bound(m_effective.cbegin(), m_effective.cend(), moment,
                                        [](const TimeRange &r, const QDateTime &t) { return r.to < t; });
    std::optional<QDateTime> best;
    qint64 bestDistance = 0;
    const auto consider = [&](const TimeRange &r) {
        const QDateTime candidate = moment < r.from ? r.from : (moment > r.to ? r.to : moment);
        const qint64 distance = std::abs(candidate.secsTo(moment));
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    };
    if (after != m_effective.cbegin())
        consider(*std::prev(after));
    if (after != m_effective.cend())
        consider(*after);
    return best;
}

TimeRanges PitWindow::gaps() const
{
    TimeRanges out;
    for (qsizetype i = 1; i < m_restorable.size(); ++i) {
        const QDateTime from = m_restorable[i - 1].to.addSecs(1);
        const QDateTime to = m_restorable[i].from.addSecs(-1);
        if (from <= to)
            out.append({from, to});
    }
    return out;
}

std::optional<TimeRange> PitWindow::gapAround(const QDateTime &moment) const
{
    for (const auto &gap : gaps()) {
        if (gap.contains(moment))
            return gap;
    }
    return std::nullopt;
}

std::optional<TimeRange> PitWindow::blackoutAround(const QDateTime &moment) const
{
    for (const auto &blackout : m_blackouts) {
        if (blackout.contains(moment))
            return blackout;
    }
    return std::nullopt;
}

} // namespace snapline
