#pragma once

#include "domain/backup_policy.h"

#include <QCoreApplication>
#include <QList>

namespace snapline {

// What a backup policy keeps once it has run longer than its longest
// retention: per item, how many snapshots are alive at once and what they
// weigh. An item keeps retention ÷ period snapshots, rounded up (a weekly
// item kept 30 days has 5 alive right after a weekly snapshot); a month is
// 1/12 of a 365-day year, as Retention::days() counts it. Each item is
// counted on its own: where two items share a snapshot (the daily one is
// also an hourly one), Atlas keeps one, so the total is an upper bound.
struct PolicyEstimate
{
    Q_DECLARE_TR_FUNCTIONS(PolicyEstimate)

public:
    struct Item
    {
        PolicyItem item;
        qint64 snapshots = 0; // 0 for an item that cannot run (bad interval or retention)
        qint64 bytes = 0;
    };

    QList<Item> items; // in the policy's order
    qint64 totalSnapshots = 0;
    qint64 totalBytes = 0;
    qint64 averageSnapshotBytes = 0;

    qint64 snapshotsOf(Frequency frequency) const;
    // "About 32 snapshots kept at once, about 1.6 GB."
    QString describe() const;
};

PolicyEstimate estimatePolicy(const BackupPolicy &policy, qint64 averageSnapshotBytes);

} // namespace snapline
