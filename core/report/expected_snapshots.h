#pragma once

#include "domain/backup_policy.h"

#include <QDateTime>
#include <QList>

#include <vector>

namespace snapline {

// One moment a backup policy takes a snapshot. When several items fire at
// the same moment Atlas takes one snapshot for them all, names it after the
// least frequent of them and keeps it as long as the longest retention.
struct ExpectedSnapshot
{
    QDateTime at; // UTC
    Frequency frequency = Frequency::Daily;
    qint64 retentionSeconds = 0; // the longest retention among the items firing then
    QList<int> itemIndexes;      // the policy items that fire then

    bool operator==(const ExpectedSnapshot &) const = default;
};

// Every moment in [from, to) at which `policy` fires, oldest first. Times are
// UTC, counted from the policy's reference hour and minute: hourly items
// every `interval` hours of each day, aligned on the reference time; daily
// items at the reference time; weekly items on day `interval` (1 = Monday);
// monthly items on day `interval` of the month (40 = its last day); yearly
// items on the first day of month `interval`. Items whose interval is out of
// range, and on-demand items, never fire. These are the moments
// nextScheduledSnapshot() steps through, written out for a whole period.
QList<ExpectedSnapshot> expectedSnapshots(const BackupPolicy &policy, const QDateTime &from,
                                          const QDateTime &to);

// The same moments as plain numbers, for judging many clusters quickly:
// UTC seconds, the frequency that names the snapshot, the longest retention
// (seconds) and a bit per policy item firing then (bit i: items[i]; items
// past the 64th share bit 63).
struct ScheduledMoment
{
    qint64 at = 0;
    Frequency frequency = Frequency::Daily;
    qint64 retentionSeconds = 0;
    quint64 items = 0;
};
std::vector<ScheduledMoment> scheduledMoments(const BackupPolicy &policy, qint64 fromSeconds,
                                              qint64 toSeconds);

// Whether `item` fires at all: its interval is in range and it is not on-demand.
bool itemFires(const PolicyItem &item);

// Seconds a retention keeps a snapshot on the rules' scale (a month is 1/12
// of 365 days).
qint64 retentionSeconds(const Retention &retention);

} // namespace snapline
