#include "actions/backup_action_job.h"

namespace snapline {

BackupActionJob::BackupActionJob(BackupActionRequest request, ActionServices services,
                                 SnapshotPolling polling, QObject *parent)
    : TypedJob(
            request.title(),
            [request, services = std::move(services), polling](JobContext &context) {
                return BackupActionRunner(request, services, polling, context).run();
            },
            parent)
    , m_request(std::move(request))
{}

BackupActionJob *BackupActionJob::create(const ProfileConnection &connection, const RoleBook &roles,
                                         BackupActionRequest request, QObject *parent)
{
    return new BackupActionJob(std::move(request), ActionServices::from(connection, roles), {}, parent);
}

} // namespace snapline
