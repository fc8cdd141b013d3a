#include "timeline/timeline_pit.h"

#include <algorithm>

namespace snapline {

namespace {

// Sorted by start, overlapping or touching spans joined, invalid ones dropped.
std::vector<TimelineSpan> merged(std::vector<TimelineSpan> spans)
{
    std::erase_if(spans, [](const TimelineSpan &s) { return s.fromMs > s.toMs; });
    std::sort(spans.begin(), spans.end(),
              [](const TimelineSpan &a, const TimelineSpan &b) { return a.fromMs < b.fromMs; });
    std::vector<TimelineSpan> out;
    for (const auto &s : spans) {
        if (!out.empty() && s.fromMs <= out.back().toMs + 1)
            out.back().toMs = std::max(out.back().toMs, s.toMs);
        else
            out.push_back(s);
    }
    return out;
}

std::vector<TimelineSpan> clipped(const std::vector<TimelineSpan> &spans, const TimelineSpan &window)
{
    std::vector<TimelineSpan> out;
    for (const auto &s : spans) {
        const TimelineSpan c{std::max(s.fromMs, window.fromMs), std::min(s.toMs, window.toMs)};
        if (c.fromMs <= c.toMs)
            out.push_back(c);
    }
    return out;
}

std::vector<TimelineSpan> spansOf(const TimeRanges &ranges)
{
    std::vector<TimelineSpan> out;
    out.reserve(std::size_t(ranges.size()));
    for (const auto &r : ranges) {
        if (r.isValid())
            out.push_back({r.from.toMSecsSinceEpoch(), r.to.toMSecsSinceEpoch()});
    }
    return out;
}

// The span of sorted, disjoint `spans` holding `ms`, if any.
const TimelineSpan *spanHolding(const std::vector<TimelineSpan> &spans, qint64 ms)
{
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), ms,
                               [](qint64 t, const TimelineSpan &s) { return t < s.fromMs; });
    if (it == spans.cbegin() || !std::prev(it)->contains(ms))
        return nullptr;
    return &*std::prev(it);
}

} // namespace

TimelinePit TimelinePit::fromHistory(const PitHistory &history, const std::optional<TimeRange> &window)
{
    std::optional<TimelineSpan> bounds;
    if (window && window->isValid())
        bounds = TimelineSpan{window->from.toMSecsSinceEpoch(), window->to.toMSecsSinceEpoch()};
    return fromSpans(spansOf(history.restorable), spansOf(history.blackouts), bounds);
}

TimelinePit TimelinePit::fromSpans(std::vector<TimelineSpan> restorable, std::vector<TimelineSpan> blackouts,
                                   std::optional<TimelineSpan> window)
{
    TimelinePit pit;
    restorable = merged(std::move(restorable));
    blackouts = merged(std::move(blackouts));
    if (window && window->fromMs <= window->toMs) {
        pit.m_window = window;
        pit.m_restorable = restorable.empty() ? std::vector{*window} : clipped(restorable, *window);
        pit.m_blackouts = clipped(blackouts, *window);
    } else if (!restorable.empty()) {
        pit.m_window = TimelineSpan{restorable.front().fromMs, restorable.back().toMs};
        pit.m_restorable = std::move(restorable);
        pit.m_blackouts = clipped(blackouts, *pit.m_window);
    }
    // To the second, as PitWindow::gaps() counts them: the first and last
    // seconds of a gap are the ones next to its ranges.
    for (std::size_t i = 1; i < pit.m_restorable.size(); ++i) {
        const TimelineSpan gap{pit.m_restorable[i - 1].toMs + 1000, pit.m_restorable[i].fromMs - 1000};
        if (gap.fromMs <= gap.toMs)
            pit.m_gaps.push_back(gap);
    }
    return pit;
}

TimelinePit::State TimelinePit::stateAt(qint64 ms, TimelineSpan *span) const
{
    if (!m_window || !m_window->contains(ms))
        return State::None;
    const auto answer = [span](State state, const TimelineSpan &where) {
        if (span)
            *span = where;
        return state;
    };
    if (const auto *b = spanHolding(m_blackouts, ms))
        return answer(State::Blackout, *b);
    if (const auto *r = spanHolding(m_restorable, ms))
        return answer(State::Restorable, *r);
    if (m_restorable.empty())
        return answer(State::Unavailable, *m_window);
    if (ms < m_restorable.front().fromMs)
        return answer(State::Unavailable, {m_window->fromMs, m_restorable.front().fromMs - 1});
    if (ms > m_restorable.back().toMs)
        return answer(State::Unavailable, {m_restorable.back().toMs + 1, m_window->toMs});
    // Between two ranges: the gap in whole seconds, or the sub-second seam
    // between ranges that are less than two seconds apart.
    if (const auto *g = spanHolding(m_gaps, ms))
        return answer(State::Gap, *g);
    auto next = std::upper_bound(m_restorable.cbegin(), m_restorable.cend(), ms,
                                 [](qint64 t, const TimelineSpan &s) { return t < s.fromMs; });
    return answer(State::Gap, {std::prev(next)->toMs + 1, next->fromMs - 1});
}

std::pair<std::size_t, std::size_t> TimelinePit::visible(const std::vector<TimelineSpan> &spans,
                                                         qint64 fromMs, qint64 toMs)
{
    // Disjoint and sorted, so their ends are sorted too.
    const auto first = std::lower_bound(spans.cbegin(), spans.cend(), fromMs,
                                        [](const TimelineSpan &s, qint64 t) { return s.toMs < t; });
    const auto last = std::lower_bound(first, spans.cend(), toMs,
                                       [](const TimelineSpan &s, qint64 t) { return s.fromMs < t; });
    return {std::size_t(first - spans.cbegin()), std::size_t(last - spans.cbegin())};
}

} // namespace snapline
