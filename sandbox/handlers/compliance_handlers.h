#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// A project's Backup Compliance Policy ("data protection settings"): get, enable or tighten (raising the
// project's cluster schedules), and disable once support has made it deletable.
void registerComplianceHandlers(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
