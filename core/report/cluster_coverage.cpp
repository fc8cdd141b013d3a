#include "report/cluster_coverage.h"

#include "rules/pit_window.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace snapline {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// A snapshot as the judging needs it: seconds and flags, so that a large
// organization (a million snapshots) is judged without touching QDateTime
// in the inner loops.
struct Point
{
    qint64 at = 0; // creation, UTC seconds
    SnapshotStatus status = SnapshotStatus::Completed;
    bool onDemand = false;
    qsizetype index = 0; // into CoverageInput::snapshots
};

// A span of restorable time, [from, to] in UTC seconds.
struct Span
{
    qint64 from = 0;
    qint64 to = 0;
};

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

std::vector<Point> pointsOf(const QList<Snapshot> &snapshots)
{
    std::vector<Point> out;
    out.reserve(std::size_t(snapshots.size()));
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        const Snapshot &s = snapshots[i];
        if (s.createdAt.isValid())
            out.push_back(
                    {s.createdAt.toSecsSinceEpoch(), s.status, s.origin == SnapshotOrigin::OnDemand, i});
    }
    if (!std::is_sorted(out.begin(), out.end(), [](const Point &a, const Point &b) { return a.at < b.at; }))
        std::stable_sort(out.begin(), out.end(), [](const Point &a, const Point &b) { return a.at < b.at; });
    return out;
}

// The first point created at or after `at`.
std::vector<Point>::const_iterator firstFrom(const std::vector<Point> &points, qint64 at)
{
    return std::lower_bound(points.cbegin(), points.cend(), at,
                            [](const Point &p, qint64 t) { return p.at < t; });
}

// Where the cluster could be restored to a point in time, ever: the oplog
// ranges (the whole window when none are known, as PitWindow reads it) less
// the blackouts, sorted.
std::vector<Span> restorableOplog(const Cluster &cluster, qint64 asOf)
{
    std::vector<Span> ranges;
    if (!cluster.hasPointInTime())
        return ranges;
    if (cluster.pit.restorable.isEmpty())
        ranges.push_back({asOf - cluster.pitWindowSeconds(), asOf});
    for (const TimeRange &r : cluster.pit.restorable) {
        if (r.isValid())
            ranges.push_back({r.from.toSecsSinceEpoch(), r.to.toSecsSinceEpoch()});
    }
    for (const TimeRange &blackout : cluster.pit.blackouts) {
        if (!blackout.isValid())
            continue;
        const qint64 from = blackout.from.toSecsSinceEpoch();
        const qint64 to = blackout.to.toSecsSinceEpoch();
        std::vector<Span> next;
        for (const Span &r : ranges) {
            if (to <= r.from || from >= r.to) {
                next.push_back(r);
                continue;
            }
            if (from > r.from)
                next.push_back({r.from, from});
            if (to < r.to)
                next.push_back({to, r.to});
        }
        ranges = std::move(next);
    }
    std::sort(ranges.begin(), ranges.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    return ranges;
}

struct Period
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 asOf = 0;
    qint64 end() const { return std::min(to, asOf); } // the catalog knows nothing later
};

void judgeSchedule(const CoverageInput &input, const Period &period, const std::vector<Point> &points,
                   ClusterCoverage &out)
{
    if (!input.policy)
        return;
    out.toleranceSeconds = coverageToleranceSeconds(*input.policy);
    out.scheduled = out.toleranceSeconds > 0;
    if (!out.scheduled)
        return;
    const qint64 tolerance = out.toleranceSeconds;
    const std::vector<ScheduledMoment> moments = scheduledMoments(*input.policy, period.from, period.to);
    std::vector<bool> used(points.size(), false);
    const bool history = !points.empty();
    const qint64 first = history ? points.front().at : 0;
    const qint64 firstDay = QDateTime::fromSecsSinceEpoch(period.from, Qt::UTC).date().toJulianDay();
    std::vector<CoverageDay> days;
    for (const ScheduledMoment &m : moments) {
        const auto dayIndex = std::size_t(QDate(1970, 1, 1).toJulianDay() + m.at / kDay - firstDay);
        if (days.size() <= dayIndex)
            days.resize(dayIndex + 1);
        CoverageDay &day = days[dayIndex];
        ++out.expected;
        ++day.expected;
        // The closest completed scheduled (or fallback) snapshot not yet used,
        // and what else was taken near the moment.
        std::size_t best = points.size();
        bool running = false;
        const Point *failed = nullptr;
        for (auto it = firstFrom(points, m.at - tolerance); it != points.cend() && it->at <= m.at + tolerance;
             ++it) {
            const auto i = std::size_t(it - points.cbegin());
            if (it->status == SnapshotStatus::Completed && !it->onDemand && !used[i]) {
                if (best == points.size() || std::abs(it->at - m.at) < std::abs(points[best].at - m.at))
                    best = i;
            }
            running = running || it->status == SnapshotStatus::Queued
                    || it->status == SnapshotStatus::InProgress;
            if (!failed && it->status == SnapshotStatus::Failed)
                failed = &*it;
        }
        if (best != points.size()) {
            used[best] = true;
            ++out.taken;
            ++day.taken;
        } else if (running || m.at > period.asOf - tolerance) {
            ++out.pending;
        } else if (failed) {
            ++out.missed;
            ++day.missed;
            out.missedSnapshots << MissedSnapshot{{utc(m.at), m.frequency, m.retentionSeconds, {}},
                                                  MissedSnapshot::Reason::Failed,
                                                  input.snapshots[failed->index].id};
        } else if (m.at + m.retentionSeconds <= period.asOf) {
            ++out.agedOut;
        } else if (history && m.at < first - tolerance) {
            ++out.beforeHistory;
        } else {
            ++out.missed;
            ++day.missed;
            out.missedSnapshots << MissedSnapshot{
                    {utc(m.at), m.frequency, m.retentionSeconds, {}}, MissedSnapshot::Reason::NoSnapshot, {}};
        }
    }
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i].expected > 0)
            out.days.insert(QDate::fromJulianDay(firstDay + qint64(i)), days[i]);
    }
}

void countPeriod(const CoverageInput &input, const Period &period, const std::vector<Point> &points,
                 ClusterCoverage &out)
{
    for (auto it = firstFrom(points, period.from); it != points.cend() && it->at < period.to; ++it) {
        ++out.inPeriod;
        if (it->status == SnapshotStatus::Completed) {
            ++out.completed;
            out.completedOnDemand += it->onDemand ? 1 : 0;
        } else if (it->status == SnapshotStatus::Failed) {
            out.failedSnapshots << input.snapshots[it->index];
        }
    }
}

void findLargestGap(const Period &period, const std::vector<Point> &points, const std::vector<Span> &oplog,
                    ClusterCoverage &out)
{
    const qint64 end = period.end();
    if (end <= period.from)
        return;
    std::vector<Span> spans = oplog;
    for (const Point &p : points) {
        if (p.status == SnapshotStatus::Completed)
            spans.push_back({p.at, p.at});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span &a, const Span &b) { return a.from < b.from; });
    Span largest{0, 0}; // empty until a gap is found
    const auto consider = [&](qint64 from, qint64 to) {
        if (to - from > largest.to - largest.from)
            largest = Span{from, to};
    };
    bool reached = false; // a restorable point has been seen
    qint64 reach = period.from;
    for (const Span &s : spans) {
        if (s.from > end)
            break;
        if (!reached || s.from > reach) {
            if (s.from > period.from)
                consider(reach, s.from);
            reach = s.to;
            reached = true;
        } else {
            reach = std::max(reach, s.to);
        }
    }
    if (reach < end)
        consider(reach, end);
    if (largest.to > largest.from)
        out.largestGap = TimeRange{utc(largest.from), utc(largest.to)};
}

void describeRestorable(const CoverageInput &input, const Period &period, const std::vector<Point> &points,
                        const std::vector<Span> &oplog, ClusterCoverage &out)
{
    bool any = false;
    qint64 oldest = 0, newest = 0;
    const auto widen = [&](qint64 from, qint64 to) {
        oldest = any ? std::min(oldest, from) : from;
        newest = any ? std::max(newest, to) : to;
        any = true;
    };
    for (const Point &p : points) {
        if (p.status != SnapshotStatus::Completed || p.at > period.asOf)
            continue;
        const QDateTime &expires = input.snapshots[p.index].expiresAt;
        if (!expires.isValid() || expires.toSecsSinceEpoch() > period.asOf)
            widen(p.at, p.at);
    }
    const PitWindow window(input.cluster, input.asOf);
    out.pitEnabled = window.isEnabled();
    if (out.pitEnabled) {
        out.pitWindow = window.bounds();
        const TimeRanges now = window.restorableRanges();
        if (!now.isEmpty())
            widen(now.first().from.toSecsSinceEpoch(), now.last().to.toSecsSinceEpoch());
        for (std::size_t i = 0, reachIndex = 0; i < oplog.size(); ++i) {
            const qint64 reach = oplog[reachIndex].to;
            if (i > 0 && oplog[i].from > reach) {
                const qint64 from = std::max(reach, period.from);
                const qint64 to = std::min(oplog[i].from, period.end());
                if (to > from)
                    out.pitGaps << TimeRange{utc(from), utc(to)};
            }
            if (i == 0 || oplog[i].to > reach)
                reachIndex = i;
        }
    }
    if (any) {
        out.oldestRestorable = utc(oldest);
        out.newestRestorable = utc(newest);
    }
}

} // namespace

qint64 ClusterCoverage::pitGapSeconds() const
{
    qint64 total = 0;
    for (const TimeRange &gap : pitGaps)
        total += gap.seconds();
    return total;
}

std::optional<double> ClusterCoverage::coveragePercent() const
{
    const int judged = taken + missed;
    if (judged == 0)
        return std::nullopt;
    return std::round(double(taken) * 10000.0 / double(judged)) / 100.0;
}

qint64 coverageToleranceSeconds(const BackupPolicy &policy)
{
    qint64 shortest = 0;
    for (const PolicyItem &item : policy.items) {
        const qint64 period = std::llround(periodDays(item) * double(kDay));
        if (itemFires(item) && period > 0 && (shortest == 0 || period < shortest))
            shortest = period;
    }
    return shortest == 0 ? 0 : std::min(kHour, shortest / 2);
}

ClusterCoverage assessCoverage(const CoverageInput &input)
{
    ClusterCoverage out;
    if (!input.from.isValid() || !input.to.isValid() || !input.asOf.isValid())
        return out;
    const Period period{input.from.toSecsSinceEpoch(), input.to.toSecsSinceEpoch(),
                        input.asOf.toSecsSinceEpoch()};
    const std::vector<Point> points = pointsOf(input.snapshots);
    judgeSchedule(input, period, points, out);
    countPeriod(input, period, points, out);
    const std::vector<Span> oplog = restorableOplog(input.cluster, period.asOf);
    findLargestGap(period, points, oplog, out);
    describeRestorable(input, period, points, oplog, out);
    return out;
}

} // namespace snapline
