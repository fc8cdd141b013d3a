#include "sync/sync_report.h"

namespace snapline {

void SyncReport::add(const SyncReport &other)
{
    projects += other.projects;
    clusters += other.clusters;
    snapshotsRead += other.snapshotsRead;
    snapshotsRemoved += other.snapshotsRemoved;
    changedScopes += other.changedScopes;
    warnings += other.warnings;
}

} // namespace snapline
