#include "timeline/timeline_buckets.h"

#include <algorithm>
#include <numeric>

namespace snapline {

namespace {

using Positions = std::vector<int>;

// Where each column edge falls in an ascending list of lane positions,
// searching only past the previous edge.
std::vector<std::size_t> edgesIn(const Positions &marked, const std::vector<std::size_t> &edges)
{
    std::vector<std::size_t> out(edges.size(), 0);
    if (marked.empty())
        return out;
    auto from = marked.cbegin();
    for (std::size_t e = 0; e < edges.size(); ++e) {
        from = std::lower_bound(from, marked.cend(), int(edges[e]));
        out[e] = std::size_t(from - marked.cbegin());
    }
    return out;
}

} // namespace

TimelineBuckets TimelineBuckets::build(const TimelineSeries &series, qint64 fromMs, qint64 toMs, int columns)
{
    TimelineBuckets b;
    if (toMs <= fromMs || columns <= 0)
        return b;
    b.m_from = fromMs;
    b.m_to = toMs;
    b.m_columns = columns;
    b.m_cells.resize(std::size_t(columns) * kTimelineLaneCount);
    for (TimelineLane lane : kTimelineLanes)
        b.fillLane(series.laneIndex(lane), lane);
    return b;
}

void TimelineBuckets::fillLane(const TimelineSeries::LaneIndex &index, TimelineLane lane)
{
    const auto &times = index.times;
    const auto begin = std::lower_bound(times.cbegin(), times.cend(), m_from);
    const auto end = std::lower_bound(begin, times.cend(), m_to);
    m_laneCounts[std::size_t(lane)] = int(end - begin);
    if (begin == end)
        return;

    // Lane position of every column edge: columns + 1 binary searches, each
    // starting where the previous one ended.
    std::vector<std::size_t> edges(std::size_t(m_columns) + 1);
    auto from = begin;
    for (int c = 0; c <= m_columns; ++c) {
        from = c == m_columns ? end : std::lower_bound(from, end, columnStartMs(c));
        edges[std::size_t(c)] = std::size_t(from - times.cbegin());
    }
    const auto failed = edgesIn(index.failed, edges);
    const auto fallback = edgesIn(index.fallback, edges);
    const auto pending = edgesIn(index.pending, edges);

    TimelineBucket *cells = &m_cells[std::size_t(int(lane) * m_columns)];
    for (std::size_t c = 0; c < std::size_t(m_columns); ++c) {
        const std::size_t lo = edges[c];
        const std::size_t hi = edges[c + 1];
        if (lo == hi)
            continue;
        TimelineBucket &cell = cells[c];
        cell.count = int(hi - lo);
        cell.failed = int(failed[c + 1] - failed[c]);
        cell.fallback = int(fallback[c + 1] - fallback[c]);
        cell.pending = int(pending[c + 1] - pending[c]);
        std::size_t representative = lo + (hi - lo - 1) / 2;
        if (cell.failed > 0)
            representative = std::size_t(index.failed[failed[c]]);
        else if (cell.fallback > 0)
            representative = std::size_t(index.fallback[fallback[c]]);
        cell.representative = index.rows[representative];
    }
}

int TimelineBuckets::totalCount() const
{
    return std::accumulate(m_laneCounts.cbegin(), m_laneCounts.cend(), 0);
}

qint64 TimelineBuckets::columnStartMs(int column) const
{
    // (to − from) × columns stays far inside 64 bits: a century in ms is 3e12.
    return m_from + (m_to - m_from) * column / m_columns;
}

int TimelineBuckets::columnOf(qint64 ms) const
{
    if (m_columns <= 0 || ms < m_from || ms >= m_to)
        return -1;
    int c = int((ms - m_from) * m_columns / (m_to - m_from));
    // Integer rounding of the edges can put `ms` one column either side.
    while (c > 0 && columnStartMs(c) > ms)
        --c;
    while (c + 1 < m_columns && columnStartMs(c + 1) <= ms)
        ++c;
    return c;
}

} // namespace snapline
