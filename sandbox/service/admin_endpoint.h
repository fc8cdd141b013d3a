#pragma once

#include "http/api_exchange.h"

namespace snapline::sandbox {

class SandboxService;

// The sandbox's own controls, under /sandbox-admin/ (a path the Atlas
// contract does not use; loopback only, like the whole sandbox):
//   GET|PUT|DELETE /sandbox-admin/faults    the fault switch (FaultPlan JSON)
//   GET            /sandbox-admin/requests  the last requests answered
//   PUT            /sandbox-admin/settings  {"snapshotFailureRate": 0.1, "restoreFailureRate": 0.5}
//   POST           /sandbox-admin/advance   {"seconds": 3600} moves the sandbox clock ahead
//   DELETE         /sandbox-admin/tokens    revokes every service-account token
ApiReply handleAdminRequest(const ApiRequest &request, SandboxService &service);

} // namespace snapline::sandbox
