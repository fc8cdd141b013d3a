#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// The deprecated Legacy Backup operations (snapshots and checkpoints) for a cluster still on legacy backup.
void registerLegacyBackupHandlers(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
