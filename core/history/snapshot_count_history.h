#pragma once

#include "history/daily_snapshot_totals.h"

#include <QDate>
#include <QList>

namespace snapline {

// How many snapshots were created on one UTC day, by outcome.
struct SnapshotCountDay
{
    QDate day;
    int completed = 0;
    int failed = 0;
    int pending = 0; // queued or still being taken

    int total() const { return completed + failed + pending; }
    bool operator==(const SnapshotCountDay &) const = default;
};

// Snapshots created per day over a span of days (every day of the span, with
// zeros where none were taken), so a day without snapshots shows as a gap.
class SnapshotCountHistory
{
public:
    SnapshotCountHistory() = default;
    // Every day from `first` to `last`, both included.
    static SnapshotCountHistory fromTotals(const QList<DailySnapshotTotals> &totals, const QDate &first,
                                           const QDate &last);
    // The `dayCount` days ending with `today`.
    static SnapshotCountHistory lastDays(const QList<DailySnapshotTotals> &totals, const QDate &today,
                                         int dayCount);

    const QList<SnapshotCountDay> &days() const { return m_days; }
    // Whether no snapshot was created in the span.
    bool isEmpty() const { return m_peak == 0; }
    int peak() const { return m_peak; } // the most snapshots on one day
    int completed() const;
    int failed() const;

private:
    QList<SnapshotCountDay> m_days;
    int m_peak = 0;
};

} // namespace snapline
