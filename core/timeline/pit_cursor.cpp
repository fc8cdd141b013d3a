#include "timeline/pit_cursor.h"

#include "rules/pit_rules.h"

#include <algorithm>
#include <limits>

namespace snapline {

namespace {

constexpr qint64 kMsPerSecond = 1000;

// Whole seconds since the epoch, rounded down (also before 1970).
qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / kMsPerSecond : -((-ms + kMsPerSecond - 1) / kMsPerSecond);
}

qint64 ceilSeconds(qint64 ms)
{
    return -floorSeconds(-ms);
}

QDateTime utcSecond(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

PitCursor::PitCursor(const Cluster &cluster, const QDateTime &now)
    : m_cluster(cluster)
    , m_window(cluster, now)
{
    if (!m_window.isEnabled())
        return;
    // A range that starts or ends inside a second holds only the seconds
    // wholly after its start and up to its end, as PitWindow judges them.
    for (const TimeRange &range : m_window.restorableRanges()) {
        const Seconds s{ceilSeconds(range.from.toMSecsSinceEpoch()),
                        floorSeconds(range.to.toMSecsSinceEpoch())};
        if (s.from <= s.to)
            m_seconds.push_back(s);
    }
}

PointInTime PitCursor::pointInTime() const
{
    PointInTime point;
    if (!hasMoment())
        return point;
    if (m_increment) {
        point.oplogTs = m_moment.toSecsSinceEpoch();
        point.oplogInc = *m_increment;
    } else {
        point.utcSeconds = m_moment.toSecsSinceEpoch();
    }
    return point;
}

bool PitCursor::isRestorable(qint64 second) const
{
    const auto it = std::upper_bound(m_seconds.cbegin(), m_seconds.cend(), second,
                                     [](qint64 s, const Seconds &r) { return s < r.from; });
    return it != m_seconds.cbegin() && std::prev(it)->to >= second;
}

QString PitCursor::reasonAt(const QDateTime &second) const
{
    const auto obstacles = m_window.obstaclesAt(second);
    return obstacles.isEmpty() ? QString()
                               : PitRules::explain(obstacles.first(), m_window, second, m_cluster);
}

PitCursor::Placement PitCursor::check(const QDateTime &wanted) const
{
    if (!wanted.isValid())
        return {{}, true, {}};
    const qint64 second = floorSeconds(wanted.toMSecsSinceEpoch());
    if (isRestorable(second))
        return {utcSecond(second), false, {}};
    Placement out{{}, true, reasonAt(utcSecond(second))};
    if (const auto nearest = m_window.nearestRestorable(utcSecond(second))) {
        // The nearest moment may sit inside a second whose start is not
        // restorable (a range starting at x.5 s); the next second then is.
        const qint64 s = floorSeconds(nearest->toMSecsSinceEpoch());
        if (isRestorable(s))
            out.moment = utcSecond(s);
        else if (isRestorable(s + 1))
            out.moment = utcSecond(s + 1);
    }
    return out;
}

PitCursor::Placement PitCursor::place(const QDateTime &wanted)
{
    Placement out = check(wanted);
    if (out.isValid()) {
        m_moment = out.moment;
        m_increment.reset();
    }
    return out;
}

PitCursor::Placement PitCursor::place(const PointInTime &point)
{
    if (!point.utcSeconds && !point.oplogTs) {
        clear();
        return {};
    }
    Placement out = place(point.toDateTime());
    if (out.isValid() && !out.moved && point.isOplog())
        setOplogIncrement(
                int(std::clamp<qint64>(point.oplogInc.value_or(0), 0, std::numeric_limits<int>::max())));
    return out;
}

PitCursor::Placement PitCursor::step(qint64 seconds)
{
    if (!hasMoment() || m_seconds.empty())
        return {m_moment, false, {}};
    m_increment.reset();
    const qint64 target = m_moment.toSecsSinceEpoch() + seconds;
    if (seconds == 0 || isRestorable(target)) {
        m_moment = utcSecond(target);
        return {m_moment, false, {}};
    }
    qint64 landed = 0;
    if (seconds > 0) {
        // The first range starting after the target, else the very last second.
        const auto next = std::upper_bound(m_seconds.cbegin(), m_seconds.cend(), target,
                                           [](qint64 s, const Seconds &r) { return s < r.from; });
        landed = next != m_seconds.cend() ? next->from : m_seconds.back().to;
    } else {
        // The last range ending before the target, else the very first second.
        const auto after = std::lower_bound(m_seconds.cbegin(), m_seconds.cend(), target,
                                            [](const Seconds &r, qint64 s) { return r.to < s; });
        landed = after != m_seconds.cbegin() ? std::prev(after)->to : m_seconds.front().from;
    }
    m_moment = utcSecond(landed);
    return {m_moment, true, reasonAt(utcSecond(target))};
}

void PitCursor::clear()
{
    m_moment = {};
    m_increment.reset();
}

void PitCursor::setOplogIncrement(int increment)
{
    if (increment >= 1)
        m_increment = increment;
    else
        m_increment.reset();
}

} // namespace snapline
