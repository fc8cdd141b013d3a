#pragma once

#include "domain/backup_policy.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace snapline {

// One difference between a cluster's backup policy and a proposed one, with
// the sentence that says it.
struct PolicyChange
{
    enum class Kind {
        ItemAdded,
        ItemRemoved,
        RetentionLonger,
        RetentionShorter,
        IntervalChanged,
        ReferenceTimeChanged,
        RestoreWindowChanged,
        UpdateSnapshotsChanged,
    };

    Kind kind = Kind::ItemAdded;
    std::optional<PolicyItem> before; // the item as it is (not for ItemAdded or the policy-wide kinds)
    std::optional<PolicyItem> after;  // the item as proposed (not for ItemRemoved or the policy-wide kinds)
    QString sentence;
};

// Everything a proposed policy changes, policy-wide changes first, then the
// items in the order of the proposal (removed items last).
struct PolicyDiff
{
    QList<PolicyChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    bool has(PolicyChange::Kind kind) const;
    QStringList sentences() const;
};

// Items are paired by their Atlas id when both sides have one, then by
// frequency (the same interval first), so an item whose interval or
// retention changed reads as a change, not as a removal and an addition.
class PolicyDiffer
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDiffer)

public:
    static PolicyDiff diff(const BackupPolicy &current, const BackupPolicy &proposed);

private:
    static void compareItems(const PolicyItem &before, const PolicyItem &after, PolicyDiff &out);
    static QString when(const PolicyItem &item); // "every 6 hours", "on Saturday", "on the last day" …
};

inline PolicyDiff diffPolicies(const BackupPolicy &current, const BackupPolicy &proposed)
{
    return PolicyDiffer::diff(current, proposed);
}

} // namespace snapline
