#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §6: what a Backup Compliance Policy locks, and the rules for enabling or
// turning one off.
class ComplianceRules
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRules)

public:
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

    // Everything a policy locks, in plain words (for the confirmation before
    // enabling one and for the read-only policy view).
    static QStringList describeLocks(const CompliancePolicy &policy);

private:
    static void checkLocks(const ProposedAction &action, const Facts &facts, const CompliancePolicy &bcp,
                           Verdict &verdict);
    static void checkEnable(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    static void checkDisable(const Facts &facts, Verdict &verdict);
    static void checkWeakening(const CompliancePolicy &before, const CompliancePolicy &after,
                               Verdict &verdict);
};

} // namespace snapline
