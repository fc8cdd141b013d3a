#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// The project event feed (listGroupEvents, getGroupEvent) read from the store's "events" table.
void registerEventHandlers(ApiDispatcher &dispatcher);

// Records an event the way the seeder does; `clusterName` is kept for the clusterNames filter.
bool recordEvent(SandboxContext &context, const QString &projectId, const QString &clusterName,
                 const QString &type, qint64 at, const QJsonObject &extra = {});

} // namespace snapline::sandbox
