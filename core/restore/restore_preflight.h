#pragma once

#include "catalog/catalog.h"
#include "restore/restore_order.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// The planner's judgement of one restore order, with the facts it judged on
// and the request that would be sent.
struct RestoreCheck
{
    RestoreOrder order;
    Facts facts;
    Verdict verdict;
    RestoreRequestText request;

    bool allowed() const { return verdict.allowed(); }
};

// A cluster a restore could go into, with the planner's verdict on it.
struct RestoreCandidate
{
    ProjectCluster target;
    Verdict verdict;

    bool allowed() const { return verdict.allowed(); }
    bool isSource(const RestoreOrder &order) const
    {
        return target.projectId == order.projectId && target.cluster.name == order.clusterName;
    }
};

// Judges restores from a catalog: one order (the pre-flight summary, the
// command line, the job's last check) or every cluster of the source's
// organization as a target (the wizard's list). Reads only; any thread.
class RestorePreflight
{
    Q_DECLARE_TR_FUNCTIONS(RestorePreflight)

public:
    static Result<RestoreCheck> judge(const Catalog &reader, const RoleBook &roles, const RestoreOrder &order,
                                      const QDateTime &now);
    // Every cluster of the organization `order`'s source lives in (its own
    // included), by project and name, each judged as the order's target.
    static Result<QList<RestoreCandidate>> candidates(const Catalog &reader, const RoleBook &roles,
                                                      const RestoreOrder &order, const QDateTime &now);

private:
    static Result<Facts> sourceFacts(const Catalog &reader, const RoleBook &roles, const RestoreOrder &order,
                                     const QDateTime &now);
};

} // namespace snapline
