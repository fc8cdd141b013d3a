#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §3 for restores into a cluster: topology and shard count, which tiers may
// receive which snapshots, encryption at rest, and the target's state.
class TopologyRules
{
    Q_DECLARE_TR_FUNCTIONS(TopologyRules)

public:
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

private:
    static void checkShape(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    static void checkTiers(const Facts &facts, Verdict &verdict);
    static void checkEncryption(const Facts &facts, Verdict &verdict);
};

} // namespace snapline
