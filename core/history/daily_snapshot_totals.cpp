#include "history/daily_snapshot_totals.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace snapline {

namespace {

constexpr qint64 kMSecsPerDay = 24LL * 60 * 60 * 1000;
// QDate's Julian day of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

auto orderKey(const DailySnapshotTotals &row)
{
    return std::tuple(row.createdDay.toJulianDay(), row.expiresDay.toJulianDay(), int(row.frequency),
                      int(row.status));
}

struct GroupKey
{
    qint64 created;
    qint64 expires;
    int frequency;
    int status;

    bool operator==(const GroupKey &) const = default;
};

struct GroupKeyHash
{
    std::size_t operator()(const GroupKey &key) const
    {
        return std::size_t(qHashMulti(0, key.created, key.expires, key.frequency, key.status));
    }
};

} // namespace

QDate utcDayOfMSecs(qint64 msecsSinceEpoch)
{
    // Floor, not truncation, so a time before 1970 lands on its own day.
    qint64 day = msecsSinceEpoch / kMSecsPerDay;
    if (msecsSinceEpoch % kMSecsPerDay < 0)
        --day;
    return QDate::fromJulianDay(day + kEpochJulianDay);
}

QDate utcDay(const QDateTime &time)
{
    return time.isValid() ? utcDayOfMSecs(time.toMSecsSinceEpoch()) : QDate();
}

QList<DailySnapshotTotals> dailySnapshotTotals(const QList<Snapshot> &snapshots)
{
    std::unordered_map<GroupKey, qsizetype, GroupKeyHash> rowOf;
    QList<DailySnapshotTotals> out;
    for (const Snapshot &snapshot : snapshots) {
        if (!snapshot.createdAt.isValid())
            continue;
        const QDate created = utcDay(snapshot.createdAt);
        const QDate expires = utcDay(snapshot.expiresAt);
        const GroupKey key{created.toJulianDay(), expires.toJulianDay(), int(snapshot.frequency),
                           int(snapshot.status)};
        const auto [found, added] = rowOf.try_emplace(key, out.size());
        if (added)
            out.append({created, expires, snapshot.frequency, snapshot.status});
        DailySnapshotTotals &total = out[found->second];
        total.count += 1;
        total.bytes += snapshot.storageSizeBytes;
    }
    sortDailySnapshotTotals(out);
    return out;
}

void sortDailySnapshotTotals(QList<DailySnapshotTotals> &totals)
{
    std::sort(totals.begin(), totals.end(), [](const DailySnapshotTotals &a, const DailySnapshotTotals &b) {
        return orderKey(a) < orderKey(b);
    });
}

} // namespace snapline
