#pragma once

#include "domain/cluster.h"
#include "domain/snapshot.h"
#include "report/expected_snapshots.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace snapline {

// What a coverage report is computed from for one cluster: its facts, its
// policy and every snapshot the catalog holds for it, a period and the
// moment the catalog last read the cluster.
struct CoverageInput
{
    Cluster cluster;
    std::optional<BackupPolicy> policy; // none: no schedule of its own (or not synced)
    QList<Snapshot> snapshots;          // every snapshot the catalog holds, any order
    QDateTime from;                     // UTC, inclusive
    QDateTime to;                       // UTC, exclusive
    QDateTime asOf;                     // when the catalog last read the cluster
};

// An expected snapshot that was not taken.
struct MissedSnapshot
{
    enum class Reason {
        NoSnapshot, // nothing was taken near the moment
        Failed,     // the snapshot taken then failed
    };

    ExpectedSnapshot expected;
    Reason reason = Reason::NoSnapshot;
    QString snapshotId; // the failed or unfinished snapshot, when there is one

    bool operator==(const MissedSnapshot &) const = default;
};

// The expected snapshots of one UTC day and what became of them.
struct CoverageDay
{
    int expected = 0;
    int taken = 0;
    int missed = 0;

    bool operator==(const CoverageDay &) const = default;
};

// A cluster's backups over a period, judged against its policy.
//
// Each moment the policy fires in [from, to) is expected once and ends up in
// exactly one of five counts:
//  - taken: a completed scheduled (or fallback) snapshot was created within
//    the tolerance of the moment (toleranceSeconds either side: half the
//    shortest item period, at most one hour); each snapshot serves one moment;
//  - pending: the moment is later than asOf minus the tolerance, so the
//    snapshot may not have been taken or read yet, or its snapshot is still
//    queued or in progress;
//  - agedOut: no snapshot, but it would have expired by asOf anyway (the
//    moment plus the retention is not after asOf): Atlas no longer lists
//    expired snapshots, so its absence proves nothing;
//  - beforeHistory: no snapshot, and the moment is before the cluster's
//    first snapshot of any status (the schedule had not started);
//  - missed: anything else; the reason says whether a snapshot failed.
// A cluster without a schedule of its own expects nothing.
struct ClusterCoverage
{
    bool scheduled = false; // a policy with at least one firing item
    qint64 toleranceSeconds = 0;
    int expected = 0;
    int taken = 0;
    int missed = 0;
    int pending = 0;
    int agedOut = 0;
    int beforeHistory = 0;
    QList<MissedSnapshot> missedSnapshots; // oldest first
    QMap<QDate, CoverageDay> days;         // by the UTC day of the expected moment

    // Snapshots created in [from, to), by what became of them.
    int completed = 0; // any origin
    int completedOnDemand = 0;
    int inPeriod = 0;                // every snapshot created in the period
    QList<Snapshot> failedSnapshots; // oldest first

    // Restorable points: completed snapshots and, for point-in-time restore,
    // the restorable oplog ranges less the blackouts. The largest stretch
    // without one inside [from, min(to, asOf)] is the achieved recovery point
    // objective; a stretch that began before the period counts from the last
    // point before it (from `from` when the catalog holds none).
    std::optional<TimeRange> largestGap;
    qint64 achievedRpoSeconds() const { return largestGap ? largestGap->seconds() : 0; }
    // The oldest moment the cluster could be restored to at asOf.
    std::optional<QDateTime> oldestRestorable;
    std::optional<QDateTime> newestRestorable;

    // Point in time, as of asOf.
    bool pitEnabled = false;
    std::optional<TimeRange> pitWindow; // [asOf − restore window, asOf]
    // The stretches between two restorable oplog ranges (from the end of one
    // to the start of the next), clipped to [from, min(to, asOf)].
    TimeRanges pitGaps;
    qint64 pitGapSeconds() const;

    // taken / (taken + missed), in percent to two decimals; none when nothing was judged.
    std::optional<double> coveragePercent() const;
    int notJudged() const { return pending + agedOut + beforeHistory; }
};

// Judges one cluster's backups over the period (see ClusterCoverage).
ClusterCoverage assessCoverage(const CoverageInput &input);

// The tolerance around an expected moment for `policy`: half its shortest
// item period, at most one hour; 0 when nothing fires.
qint64 coverageToleranceSeconds(const BackupPolicy &policy);

} // namespace snapline
