#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §2: which MongoDB versions a backup may be restored into.
class VersionRules
{
    Q_DECLARE_TR_FUNCTIONS(VersionRules)

public:
    struct Restore
    {
        MongoVersion snapshotVersion;
        std::optional<MongoVersion> fcvPinned;
        bool snapshotOfSharedTier = false; // M2/M5 or Flex snapshot
        MongoVersion targetVersion;
        bool targetIsSharedTier = false; // M2/M5 or Flex target
    };

    // The version a restore would start from: the snapshot's mongod version,
    // or the source cluster's version for a point-in-time restore.
    static Restore describe(const ProposedAction &action, const Facts &facts);

    static void check(const Restore &restore, Verdict &verdict);
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);

private:
    static void checkLadder(const Restore &restore, Verdict &verdict);
    static void checkSharedTarget(const Restore &restore, Verdict &verdict);
};

} // namespace snapline
