#pragma once

#include "actions/action_services.h"
#include "actions/backup_action_runner.h"
#include "restore/restore_operation.h"

#include <QString>

#include <memory>

class QThreadPool;

namespace snapline {

class JobListModel;
class ProfileConnection;

// What ClusterActions works with: the profile's Atlas client, its catalog
// writer and the catalog's path, its clock, the profile and the roles its
// credentials hold, and the Jobs panel's model that takes every job.
struct ActionEnvironment
{
    std::shared_ptr<AtlasApi> api;
    std::shared_ptr<CatalogWriter> writer;
    QString catalogPath;
    std::shared_ptr<const Clock> clock;
    Profile profile;
    RoleBook roles;
    JobListModel *jobs = nullptr;  // must outlive the ClusterActions; without one the jobs are its own
    SnapshotPolling polling;       // how a new snapshot is watched (tests make it quick)
    RestorePolling restorePolling; // how a submitted restore is followed (tests make it quick)
    QThreadPool *pool = nullptr;   // where jobs run; nullptr: the shared job pool

    static ActionEnvironment from(const ProfileConnection &connection, const RoleBook &roles,
                                  JobListModel *jobs);
    ActionServices services() const;
};

} // namespace snapline
