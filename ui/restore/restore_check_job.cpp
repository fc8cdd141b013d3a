#include "restore/restore_check_job.h"

namespace snapline {

RestoreCheckJob::RestoreCheckJob(Work work, quint64 token, QObject *parent)
    : TypedJob(tr("Pre-flight check of a restore"), std::move(work), parent)
    , m_token(token)
{}

RestoreCheckJob *RestoreCheckJob::create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                         const RoleBook &roles, const RestoreOrder &order, quint64 token,
                                         QObject *parent)
{
    // Shared, not copied: GCC's -O2 flow analysis misreads the copied order's optionals.
    auto work = [catalogPath, clock, roles, shared = std::make_shared<const RestoreOrder>(order)](
                        JobContext &) -> Result<RestoreCheck, Error> {
        auto reader = Catalog::openReader(catalogPath, clock);
        if (!reader)
            return reader.error();
        return RestorePreflight::judge(*reader.value(), roles, *shared, clock->now());
    };
    return new RestoreCheckJob(std::move(work), token, parent);
}

} // namespace snapline
