#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §1: which project roles each action needs, on the source project and, for
// restores into a cluster, on the target project too.
class RoleRules
{
    Q_DECLARE_TR_FUNCTIONS(RoleRules)

public:
    // The roles (any one suffices) an action needs on the source project.
    static QStringList requiredOnSource(const ProposedAction &action, const Facts &facts);
    // The roles needed on the target project; empty when the action has no target.
    static QStringList requiredOnTarget(const ProposedAction &action, const Facts &facts);

    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

private:
    static void checkProject(const ProposedAction &action, const Facts &facts, const QString &orgId,
                             const QString &projectId, const QString &projectLabel,
                             const QStringList &required, const QString &missingCode, Verdict &verdict);
};

} // namespace snapline
