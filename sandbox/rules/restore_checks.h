#pragma once

#include "api/api_error.h"
#include "store/records.h"

#include <QList>

#include <optional>

// Atlas's own restore rules as the sandbox enforces them: pure checks on rows,
// written independently of the console's rules engine (restore-rules.md §2–§4).
namespace snapline::sandbox::restore_checks {

// A closed interval of UTC seconds; end == 0 means "still open, up to now".
struct TimeWindow
{
    qint64 start = 0;
    qint64 end = 0;

    bool contains(qint64 t, qint64 now) const { return t >= start && t <= (end == 0 ? now : end); }
    bool operator==(const TimeWindow &) const = default;
};

// A snapshot's release may go to the same major release at an equal or later
// release, or to the next major; a pinned FCV on the source fixes the target's
// major instead. `sameMajorOnly` is the shared/Flex rule (no next-major step).
std::optional<ApiError> checkVersion(const QString &snapshotVersion, const QString &targetVersion,
                                     const QString &sourceFcvPinned, bool sameMajorOnly = false);

// Topology, tier, encryption and state of the target of a restore of
// `snapshot` (taken on `source`) into `target`.
std::optional<ApiError> checkTarget(const SnapshotRow &snapshot, const ClusterRow &source,
                                    const ClusterRow &target);

// The target of a Flex snapshot: a Flex or dedicated replica set, not paused,
// without encryption at rest, on the same major release.
std::optional<ApiError> checkFlexTarget(const SnapshotRow &snapshot, const ClusterRow &target);

// The moments a cluster cannot be restored to: from the start of each restore
// into it (not cancelled, not failed) to the first completed snapshot taken
// after that restore finished; open while there is none yet.
QList<TimeWindow> restoreBlackouts(const QList<RestoreJobRow> &restoresInto,
                                   const QList<SnapshotRow> &snapshots);

// What decides whether a moment can be restored to.
struct PitSource
{
    bool pitEnabled = false;
    qint64 windowSeconds = 0;            // restoreWindowDays, or 72 h for serverless
    QList<PitRangeRow> ranges;           // restorable oplog ranges (end 0: up to now)
    QList<TimeWindow> blackouts;         // restoreBlackouts() of the source cluster
    std::optional<qint64> firstSnapshot; // oldest completed snapshot (replay starts from one)
};

// The earliest PIT value the contract accepts (2008-01-01).
constexpr qint64 kMinimumPitSeconds = 1199145600;

std::optional<ApiError> checkPointInTime(qint64 moment, const PitSource &source, qint64 now);

// Restore job codes the sandbox chooses (the contract documents none besides the 405).
ApiError restoreJobNotFound(const QString &restoreJobId);

} // namespace snapline::sandbox::restore_checks
