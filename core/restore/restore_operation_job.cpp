#include "restore/restore_operation_job.h"

#include "restore/restore_runner.h"
#include "session/profile_connection.h"

namespace snapline {

RestoreOperationJob::RestoreOperationJob(RestoreOrder order, RestoreOptions options, ActionServices services,
                                         QObject *parent)
    : RestoreOperationJob(std::move(order), std::move(options), std::move(services),
                          std::make_shared<std::atomic_bool>(false), parent)
{}

RestoreOperationJob::RestoreOperationJob(RestoreOrder order, RestoreOptions options, ActionServices services,
                                         std::shared_ptr<std::atomic_bool> cancelInAtlas, QObject *parent)
    : TypedJob(
            RestoreOrderText::title(order),
            [order, options, services, cancelInAtlas](JobContext &context) {
                RestoreRunner runner(order, options, services, context, cancelInAtlas.get());
                runner.setJobUpdate([&context](const RestoreJob &job) {
                    context.notify([job](Job &self) {
                        static_cast<RestoreOperationJob &>(self).setRestoreJob(job);
                    });
                });
                return runner.run();
            },
            parent)
    , m_order(std::move(order))
    , m_cancelInAtlas(std::move(cancelInAtlas))
{
    qRegisterMetaType<RestoreJob>();
}

RestoreOperationJob *RestoreOperationJob::create(const ProfileConnection &connection, const RoleBook &roles,
                                                 RestoreOrder order, RestoreOptions options, QObject *parent)
{
    return new RestoreOperationJob(std::move(order), std::move(options),
                                   ActionServices::from(connection, roles), parent);
}

void RestoreOperationJob::cancel()
{
    m_cancelInAtlas->store(true);
    Job::cancel();
}

void RestoreOperationJob::setRestoreJob(const RestoreJob &job)
{
    m_restoreJob = job;
    Q_EMIT restoreJobChanged(job);
}

} // namespace snapline
