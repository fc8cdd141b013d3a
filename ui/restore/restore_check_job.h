#pragma once

#include "jobs/job.h"
#include "restore/restore_preflight.h"
#include "util/clock.h"

#include <memory>

namespace snapline {

// Judges one restore order for the pre-flight summary (the full verdict and
// the exact request), on a worker through its own catalog reader. The token
// comes back with the answer, so a stale one can be dropped.
class RestoreCheckJob : public TypedJob<RestoreCheck, Error>
{
    Q_OBJECT

public:
    static RestoreCheckJob *create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                   const RoleBook &roles, const RestoreOrder &order, quint64 token,
                                   QObject *parent = nullptr);

    quint64 token() const { return m_token; }

private:
    RestoreCheckJob(Work work, quint64 token, QObject *parent);

    quint64 m_token = 0;
};

} // namespace snapline
