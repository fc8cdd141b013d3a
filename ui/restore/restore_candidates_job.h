#pragma once

#include "jobs/job.h"
#include "restore/restore_preflight.h"
#include "util/clock.h"

#include <memory>

namespace snapline {

// Lists every cluster of the source's organization as a restore target, each
// judged by the planner, on a worker through its own catalog reader (a big
// organization must not stall the wizard). The token comes back with the
// answer, so a stale one can be dropped.
class RestoreCandidatesJob : public TypedJob<QList<RestoreCandidate>, Error>
{
    Q_OBJECT

public:
    static RestoreCandidatesJob *create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                        const RoleBook &roles, const RestoreOrder &order, quint64 token,
                                        QObject *parent = nullptr);

    quint64 token() const { return m_token; }

private:
    RestoreCandidatesJob(Work work, quint64 token, QObject *parent);

    quint64 m_token = 0;
};

} // namespace snapline
