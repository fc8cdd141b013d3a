#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// getGroupServiceAccount: a service account's project roles, the way a
// service-account client learns what it may do in a project.
void registerServiceAccountHandlers(ApiDispatcher &dispatcher);

} // namespace snapline::sandbox
