#pragma once

#include "domain/backup_policy.h"
#include "domain/snapshot.h"

#include <QDate>
#include <QList>

namespace snapline {

// The snapshots of a cluster or project that share a creation day, an expiry
// day (UTC), a frequency and a status: what the history charts are drawn
// from, so a project of a million snapshots reaches them as a few thousand
// rows. The catalog groups them in SQL (Catalog::snapshotDailyTotals); a page
// that already holds its snapshots groups them with dailySnapshotTotals().
struct DailySnapshotTotals
{
    QDate createdDay; // UTC
    QDate expiresDay; // UTC; null when the snapshots have no expiry
    Frequency frequency = Frequency::Daily;
    SnapshotStatus status = SnapshotStatus::Completed;
    qint64 count = 0;
    qint64 bytes = 0; // their storage size together

    bool operator==(const DailySnapshotTotals &) const = default;
};

// The UTC day a time falls on; a null date for an invalid time.
QDate utcDay(const QDateTime &time);
// The UTC day of a time in milliseconds since the epoch.
QDate utcDayOfMSecs(qint64 msecsSinceEpoch);

// Groups snapshots the way the catalog does. Snapshots without a creation
// time are left out (they belong to no day).
QList<DailySnapshotTotals> dailySnapshotTotals(const QList<Snapshot> &snapshots);

// Puts rows in one order (creation day, expiry day with "none" first,
// frequency, status), whichever way they were grouped.
void sortDailySnapshotTotals(QList<DailySnapshotTotals> &totals);

} // namespace snapline
