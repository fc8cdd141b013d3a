#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// The root (caller's identity and roles), organizations, projects, clusters,
// Flex clusters and serverless instances.
void registerInventoryHandlers(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
