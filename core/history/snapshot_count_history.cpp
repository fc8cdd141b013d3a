#include "history/snapshot_count_history.h"

#include <algorithm>

namespace snapline {

SnapshotCountHistory SnapshotCountHistory::fromTotals(const QList<DailySnapshotTotals> &totals,
                                                      const QDate &first, const QDate &last)
{
    SnapshotCountHistory history;
    if (!first.isValid() || !last.isValid() || last < first)
        return history;
    const qint64 firstDay = first.toJulianDay();
    const qint64 dayCount = last.toJulianDay() - firstDay + 1;
    history.m_days.resize(dayCount);
    for (qint64 i = 0; i < dayCount; ++i)
        history.m_days[i].day = QDate::fromJulianDay(firstDay + i);
    for (const DailySnapshotTotals &row : totals) {
        const qint64 index = row.createdDay.toJulianDay() - firstDay;
        if (!row.createdDay.isValid() || index < 0 || index >= dayCount)
            continue;
        SnapshotCountDay &day = history.m_days[index];
        const int count = int(row.count);
        switch (row.status) {
        case SnapshotStatus::Completed:
            day.completed += count;
            break;
        case SnapshotStatus::Failed:
            day.failed += count;
            break;
        case SnapshotStatus::Queued:
        case SnapshotStatus::InProgress:
            day.pending += count;
            break;
        }
    }
    for (const SnapshotCountDay &day : history.m_days)
        history.m_peak = std::max(history.m_peak, day.total());
    return history;
}

SnapshotCountHistory SnapshotCountHistory::lastDays(const QList<DailySnapshotTotals> &totals,
                                                    const QDate &today, int dayCount)
{
    if (!today.isValid() || dayCount < 1)
        return {};
    return fromTotals(totals, today.addDays(1 - dayCount), today);
}

int SnapshotCountHistory::completed() const
{
    int sum = 0;
    for (const SnapshotCountDay &day : m_days)
        sum += day.completed;
    return sum;
}

int SnapshotCountHistory::failed() const
{
    int sum = 0;
    for (const SnapshotCountDay &day : m_days)
        sum += day.failed;
    return sum;
}

} // namespace snapline
