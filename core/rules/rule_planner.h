#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// The one place that decides whether a backup or restore action may be sent
// to Atlas. It runs every rule that applies and reports every violation.
class RulePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RulePlanner)

public:
    Verdict evaluate(const ProposedAction &action, const Facts &facts) const;

private:
    static void checkParameters(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    static void addRestoreWarnings(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    static void addActionWarnings(const ProposedAction &action, const Facts &facts, Verdict &verdict);
};

} // namespace snapline
