#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §7: the state of the snapshot an action works on (completed, not expired,
// not a fallback where that matters), one on-demand snapshot at a time, one
// export per snapshot, and sane retention values.
class SnapshotRules
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRules)

public:
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

private:
    static bool needsSnapshot(const ProposedAction &action);
    static void checkUsable(const ProposedAction &action, const Snapshot &snapshot, const Facts &facts,
                            Verdict &verdict);
    static void checkRetention(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    static void checkOnDemand(const ProposedAction &action, const Facts &facts, Verdict &verdict);
};

} // namespace snapline
