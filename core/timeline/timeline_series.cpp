#include "timeline/timeline_series.h"

#include <algorithm>
#include <numeric>

namespace snapline {

namespace {

template<typename T>
void fitTo(std::vector<T> &column, std::size_t n, T fill)
{
    column.resize(n, fill);
}

template<typename T>
std::vector<T> permuted(const std::vector<T> &column, const std::vector<int> &order)
{
    std::vector<T> out;
    out.reserve(order.size());
    for (int i : order)
        out.push_back(column[std::size_t(i)]);
    return out;
}

} // namespace

TimelineSeries TimelineSeries::fromSnapshots(const QList<Snapshot> &snapshots, const PitHistory &pit,
                                             const std::optional<TimeRange> &pitWindow)
{
    Columns c;
    const auto n = std::size_t(snapshots.size());
    c.createdMs.reserve(n);
    c.lanes.reserve(n);
    c.expiresMs.reserve(n);
    c.flags.reserve(n);
    c.sizes.reserve(n);
    c.sources.reserve(n);
    c.ids.reserve(qsizetype(n));
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const Snapshot &s = snapshots[i];
        if (!s.createdAt.isValid())
            continue;
        c.createdMs.push_back(s.createdAt.toMSecsSinceEpoch());
        c.lanes.push_back(timelineLaneOf(s));
        c.expiresMs.push_back(s.expiresAt.isValid() ? s.expiresAt.toMSecsSinceEpoch() : kNoExpiry);
        c.flags.push_back(timelineFlagsOf(s));
        c.sizes.push_back(s.storageSizeBytes);
        c.sources.push_back(int(i));
        c.ids.append(s.id);
    }
    TimelineSeries series = fromColumns(std::move(c), TimelinePit::fromHistory(pit, pitWindow));
    series.m_snapshots = snapshots;
    return series;
}

TimelineSeries TimelineSeries::fromColumns(Columns c, TimelinePit pit)
{
    const std::size_t n = std::min(c.createdMs.size(), c.lanes.size());
    fitTo(c.createdMs, n, qint64(0));
    fitTo(c.lanes, n, TimelineLane::OnDemand);
    fitTo(c.expiresMs, n, kNoExpiry);
    fitTo(c.flags, n, quint8(0));
    fitTo(c.sizes, n, qint64(0));
    if (c.sources.size() < n) {
        const auto from = c.sources.size();
        c.sources.resize(n);
        std::iota(c.sources.begin() + std::ptrdiff_t(from), c.sources.end(), int(from));
    }
    c.sources.resize(n);
    if (!c.ids.isEmpty())
        c.ids.resize(qsizetype(n));

    TimelineSeries s;
    s.m_pit = std::move(pit);
    if (std::is_sorted(c.createdMs.cbegin(), c.createdMs.cend())) {
        s.m_created = std::move(c.createdMs);
        s.m_lanes = std::move(c.lanes);
        s.m_expires = std::move(c.expiresMs);
        s.m_flags = std::move(c.flags);
        s.m_sizes = std::move(c.sizes);
        s.m_sources = std::move(c.sources);
        s.m_ids = std::move(c.ids);
    } else {
        // Sorting (time, position) pairs keeps snapshots created in the same
        // millisecond in the caller's order, and is several times faster than
        // a stable sort of indices that reads the times through them.
        std::vector<std::pair<qint64, int>> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = {c.createdMs[i], int(i)};
        std::sort(keys.begin(), keys.end());
        std::vector<int> order(n);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = keys[i].second;
        s.m_created = permuted(c.createdMs, order);
        s.m_lanes = permuted(c.lanes, order);
        s.m_expires = permuted(c.expiresMs, order);
        s.m_flags = permuted(c.flags, order);
        s.m_sizes = permuted(c.sizes, order);
        s.m_sources = permuted(c.sources, order);
        if (!c.ids.isEmpty()) {
            s.m_ids.reserve(qsizetype(n));
            for (int i : order)
                s.m_ids.append(c.ids[i]);
        }
    }
    s.buildLaneIndex();
    return s;
}

void TimelineSeries::buildLaneIndex()
{
    std::array<std::size_t, kTimelineLaneCount> counts{};
    for (TimelineLane lane : m_lanes)
        ++counts[std::size_t(lane)];
    for (std::size_t l = 0; l < counts.size(); ++l) {
        m_laneIndex[l].times.reserve(counts[l]);
        m_laneIndex[l].rows.reserve(counts[l]);
    }
    for (std::size_t row = 0; row < m_created.size(); ++row) {
        LaneIndex &index = m_laneIndex[std::size_t(m_lanes[row])];
        const int position = int(index.rows.size());
        index.times.push_back(m_created[row]);
        index.rows.push_back(int(row));
        const quint8 f = m_flags[row];
        if (f & TimelineFailed)
            index.failed.push_back(position);
        if (f & TimelineFallback)
            index.fallback.push_back(position);
        if (f & TimelinePending)
            index.pending.push_back(position);
    }
}

std::optional<qint64> TimelineSeries::expiresMs(int row) const
{
    const qint64 ms = m_expires[std::size_t(row)];
    return ms == kNoExpiry ? std::nullopt : std::optional(ms);
}

const Snapshot *TimelineSeries::snapshot(int row) const
{
    const int source = sourceIndex(row);
    return source < m_snapshots.size() ? &m_snapshots[source] : nullptr;
}

int TimelineSeries::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    const qsizetype at = m_ids.indexOf(id);
    return int(at);
}

int TimelineSeries::lowerBound(qint64 ms) const
{
    return int(std::lower_bound(m_created.cbegin(), m_created.cend(), ms) - m_created.cbegin());
}

int TimelineSeries::nearest(qint64 ms, std::optional<TimelineLane> lane) const
{
    const std::vector<qint64> &times = lane ? laneIndex(*lane).times : m_created;
    if (times.empty())
        return -1;
    const auto after = std::lower_bound(times.cbegin(), times.cend(), ms);
    auto best = after;
    if (after == times.cend() || (after != times.cbegin() && ms - *std::prev(after) <= *after - ms))
        best = std::prev(after);
    // Among snapshots created in the same millisecond, the first.
    const auto at = std::size_t(std::lower_bound(times.cbegin(), best, *best) - times.cbegin());
    return lane ? laneIndex(*lane).rows[at] : int(at);
}

int TimelineSeries::lanePosition(int row) const
{
    const LaneIndex &index = laneIndex(lane(row));
    auto it = std::lower_bound(index.times.cbegin(), index.times.cend(), createdMs(row));
    // Rows created in the same millisecond sit together; find this one among them.
    for (auto p = std::size_t(it - index.times.cbegin()); p < index.rows.size(); ++p) {
        if (index.rows[p] == row)
            return int(p);
    }
    return -1;
}

int TimelineSeries::nextInLane(int row) const
{
    const LaneIndex &index = laneIndex(lane(row));
    const int p = lanePosition(row);
    return p >= 0 && std::size_t(p + 1) < index.rows.size() ? index.rows[std::size_t(p + 1)] : -1;
}

int TimelineSeries::previousInLane(int row) const
{
    const LaneIndex &index = laneIndex(lane(row));
    const int p = lanePosition(row);
    return p > 0 ? index.rows[std::size_t(p - 1)] : -1;
}

} // namespace snapline
