#pragma once

#include "service/api_dispatcher.h"

namespace snapline::sandbox {

// Snapshot export buckets and export jobs (DiskBackupExportJob states derived lazily from sandbox time).
void registerExportHandlers(ApiDispatcher &dispatcher);

// The export-job handlers (export_job_handlers.cpp).
void registerExportJobHandlers(ApiDispatcher &dispatcher);

// Brings a stored export job up to `now` (Queued → InProgress → Successful), persisting a finish.
DocumentRow refreshExportJob(SandboxContext &context, DocumentRow job);

} // namespace snapline::sandbox
