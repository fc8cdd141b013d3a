#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// updateGroupCluster: the cluster changes the console makes (backup, PIT, major version, pause) under
// Atlas's own rules.
void registerClusterUpdateHandler(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
