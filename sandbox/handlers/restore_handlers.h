#pragma once

#include "rules/restore_checks.h"
#include "service/api_dispatcher.h"

// Restore jobs of dedicated clusters (create, list, get, cancel), and the
// job life cycle on the sandbox clock that Flex and serverless restores share.
namespace snapline::sandbox {

void registerRestoreHandlers(ApiDispatcher &dispatcher);

// Store meta key: the chance (0…1) that a new restore job is planned to fail;
// the per-sandbox fault switch sets it.
inline constexpr char kRestoreFailureRateKey[] = "restoreFailureRate";

// How long a restore of `sizeBytes` runs in sandbox seconds (tens of seconds
// to a few minutes): downloads are quicker, point in time replays the oplog.
qint64 plannedRestoreSeconds(qint64 sizeBytes, const QString &delivery);

// Brings a job up to the sandbox clock: past its planned end it finishes (or
// fails), with its CPS_RESTORE_* event; a download's links expire. Persists
// what changed and returns the job as it now stands.
RestoreJobRow settleRestoreJob(SandboxContext &context, RestoreJobRow job);

// Inserts a new job with its CPS_RESTORE_REQUESTED_AUDIT event, drawing its
// planned failure from the fault switch; fills the id (when empty), source,
// created, planned failure, and expiry (`linkLifetime` after the planned end).
bool startRestoreJob(SandboxContext &context, const ClusterRow &source, RestoreJobRow &job,
                     qint64 linkLifetime = 2 * 86400);

// Appends an event of `cluster`'s project to the project's feed.
bool addRestoreEvent(SandboxContext &context, const ClusterRow &cluster, const QString &type, qint64 at,
                     const QString &restoreJobId);

// A job of `cluster`, settled; nullopt when there is none with that id.
std::optional<RestoreJobRow> settledJob(SandboxContext &context, const ClusterRow &cluster,
                                        const QString &id);
// All jobs of `cluster`, settled, newest first.
QList<RestoreJobRow> settledJobs(SandboxContext &context, const ClusterRow &cluster);

// The blackouts of `cluster` (restores into it, settled), for PIT checks.
QList<restore_checks::TimeWindow> restoreBlackoutsOf(SandboxContext &context, const ClusterRow &cluster);

// 409 when a restore into `target` is still running.
std::optional<ApiError> checkNoRestoreRunningInto(SandboxContext &context, const ClusterRow &target);

// 403 unless the caller holds one of `required` on the target project.
std::optional<ApiError> checkTargetRole(const Caller &caller, const ProjectRow &target,
                                        const QStringList &required);

// POST …/restoreJobs for a dedicated cluster or (`serverless`) a serverless
// instance: DiskBackupSnapshotRestoreJob / ServerlessBackupRestoreJob body.
ApiReply createRestoreJob(const ApiRequest &request, const Caller &caller, SandboxContext &context,
                          const ClusterRow &source, bool serverless);

} // namespace snapline::sandbox
