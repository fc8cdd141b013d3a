#pragma once

#include "domain/backup_policy.h"

#include <QList>

namespace snapline::sandbox {

// One moment a backup schedule takes a snapshot, with the items it serves.
struct ScheduledSnapshot
{
    qint64 at = 0;            // UTC seconds
    Frequency frequency;      // the least frequent item firing then (it names the snapshot)
    qint64 retainSeconds = 0; // the longest retention among the items firing then
    QList<int> itemIndexes;   // which policy items fired
};

// When a backup policy takes its snapshots: every moment in [from, to) at
// which one of its items fires, merged per moment the way Atlas keeps one
// snapshot for several items. Used to seed history and to run the schedule.
QList<ScheduledSnapshot> scheduledSnapshots(const BackupPolicy &policy, qint64 from, qint64 to);

// The first moment at or after `from` when the policy fires, or 0.
qint64 nextScheduledSnapshot(const BackupPolicy &policy, qint64 from);

// Retention as seconds (months are 1/12 of 365 days, as the rules count them).
qint64 retentionSeconds(const Retention &retention);

} // namespace snapline::sandbox
