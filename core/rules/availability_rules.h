#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §3 for the source cluster: which backup actions its tier and backup kind
// allow at all (M0 has no backups, Atlas manages shared/Flex/serverless
// backups, legacy backup is read-only, Cloud Backup must be on).
class AvailabilityRules
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityRules)

public:
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

private:
    static void refuseFree(const Cluster &cluster, Verdict &verdict);
    static void refuseManaged(const ProposedAction &action, const Cluster &cluster, Verdict &verdict);
    static void refuseLegacy(const ProposedAction &action, const Cluster &cluster, Verdict &verdict);
    static void refuseBackupOff(const ProposedAction &action, const Cluster &cluster, Verdict &verdict);
};

} // namespace snapline
