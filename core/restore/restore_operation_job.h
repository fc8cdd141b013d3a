#pragma once

#include "actions/action_services.h"
#include "jobs/job.h"
#include "restore/restore_operation.h"

#include <atomic>
#include <memory>
#include <optional>

namespace snapline {

class ProfileConnection;

// One confirmed restore as a job (see RestoreRunner for its steps). Before
// the request is sent, cancel() stops it with nothing sent; after, cancel()
// asks Atlas to cancel the restore (where Atlas allows it) and the job
// follows it to its end. Destroying the job only stops following.
class RestoreOperationJob : public TypedJob<RestoreOutcome, RestoreFailure>
{
    Q_OBJECT

public:
    RestoreOperationJob(RestoreOrder order, RestoreOptions options, ActionServices services,
                        QObject *parent = nullptr);

    // From what a ProfileConnection gives, plus the roles its credentials hold.
    static RestoreOperationJob *create(const ProfileConnection &connection, const RoleBook &roles,
                                       RestoreOrder order, RestoreOptions options, QObject *parent = nullptr);

    const RestoreOrder &order() const { return m_order; }
    // Atlas's job as last read; nullopt until Atlas has accepted the request.
    const std::optional<RestoreJob> &restoreJob() const { return m_restoreJob; }

    void cancel() override;

Q_SIGNALS:
    // Atlas accepted the request (first) or its job changed state.
    void restoreJobChanged(const snapline::RestoreJob &job);

private:
    RestoreOperationJob(RestoreOrder order, RestoreOptions options, ActionServices services,
                        std::shared_ptr<std::atomic_bool> cancelInAtlas, QObject *parent);
    void setRestoreJob(const RestoreJob &job);

    RestoreOrder m_order;
    std::optional<RestoreJob> m_restoreJob;
    std::shared_ptr<std::atomic_bool> m_cancelInAtlas;
};

} // namespace snapline
