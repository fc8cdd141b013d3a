#pragma once

#include "actions/action_services.h"
#include "actions/backup_action.h"
#include "actions/backup_action_runner.h"
#include "jobs/job.h"

namespace snapline {

class ProfileConnection;

// One confirmed backup action as a job (see BackupActionRunner for the
// steps): it may be cancelled until its request is sent; after that a cancel
// only stops watching a new snapshot, and the job still brings the catalog up
// to date and reports what Atlas answered.
class BackupActionJob : public TypedJob<BackupActionOutcome, BackupActionError>
{
    Q_OBJECT

public:
    BackupActionJob(BackupActionRequest request, ActionServices services, SnapshotPolling polling = {},
                    QObject *parent = nullptr);

    // From what a ProfileConnection gives, plus the roles its credentials hold.
    static BackupActionJob *create(const ProfileConnection &connection, const RoleBook &roles,
                                   BackupActionRequest request, QObject *parent = nullptr);

    const BackupActionRequest &request() const { return m_request; }

private:
    BackupActionRequest m_request;
};

} // namespace snapline
