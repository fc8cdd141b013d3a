#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// A dedicated cluster's Cloud Backup schedule (backup policy): get, update with Atlas's validation and the
// project's Backup Compliance Policy, reset to the Atlas default.
void registerScheduleHandlers(ApiDispatcher &dispatcher);

// The schedule JSON in the request's version (DiskBackupSnapshotSchedule20240805 or the 2023-01-01 shape).
QJsonObject scheduleJson(const ApiRequest &request, const ClusterRow &cluster, const ScheduleRow &row);

// Gives the policy's items without ids new ids, and the row its next snapshot time.
void finishSchedule(SandboxContext &context, ScheduleRow &row);

} // namespace snapline::sandbox
