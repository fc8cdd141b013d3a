#include "restore/restore_candidates_job.h"

namespace snapline {

RestoreCandidatesJob::RestoreCandidatesJob(Work work, quint64 token, QObject *parent)
    : TypedJob(tr("Judge restore targets"), std::move(work), parent)
    , m_token(token)
{}

RestoreCandidatesJob *RestoreCandidatesJob::create(const QString &catalogPath,
                                                   std::shared_ptr<const Clock> clock, const RoleBook &roles,
                                                   const RestoreOrder &order, quint64 token, QObject *parent)
{
    // Shared, not copied: GCC's -O2 flow analysis misreads the copied order's optionals.
    auto work = [catalogPath, clock, roles, shared = std::make_shared<const RestoreOrder>(order)](
                        JobContext &) -> Result<QList<RestoreCandidate>, Error> {
        auto reader = Catalog::openReader(catalogPath, clock);
        if (!reader)
            return reader.error();
        return RestorePreflight::candidates(*reader.value(), roles, *shared, clock->now());
    };
    return new RestoreCandidatesJob(std::move(work), token, parent);
}

} // namespace snapline
