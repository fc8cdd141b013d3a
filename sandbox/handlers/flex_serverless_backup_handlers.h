#pragma once

#include "service/api_dispatcher.h"

// Flex cluster backups (snapshots, downloads, restore jobs; v2024-11-13) and
// the deprecated serverless backup endpoints (snapshots, restore jobs).
namespace snapline::sandbox {

void registerFlexServerlessBackupHandlers(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
