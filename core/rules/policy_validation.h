#pragma once

#include "domain/backup_policy.h"
#include "domain/compliance_policy.h"
#include "rules/verdict.h"

#include <QCoreApplication>

#include <optional>

namespace snapline {

// §5: is a backup schedule valid, and does it stay above the project's Backup
// Compliance Policy? The policy editor calls this on every keystroke; the
// planner calls it for editPolicy.
class PolicyValidation
{
    Q_DECLARE_TR_FUNCTIONS(PolicyValidation)

public:
    struct Context
    {
        bool nvme = false;                          // NVMe clusters take 12-hourly items only
        bool pitEnabled = false;                    // the restore window matters
        std::optional<CompliancePolicy> compliance; // the project's BCP, if any
        std::optional<BackupPolicy> current;        // today's schedule, to spot retention cuts
    };

    // Every violation of the proposed policy; empty when it is valid.
    static QList<Finding> validate(const BackupPolicy &policy, const Context &context);
    // One item's frequency interval, on its own (the compliance policy's items too).
    static std::optional<Finding> checkInterval(const PolicyItem &item, bool nvme);
    // Warnings that do not refuse the policy but deserve a look.
    static QList<Finding> warnings(const BackupPolicy &policy, const Context &context);
    // Whether `item` satisfies the compliance policy's `required` item of the
    // same frequency: as often (hourly) and kept at least as long.
    static bool meetsRequirement(const PolicyItem &item, const PolicyItem &required);

private:
    static void checkItems(const BackupPolicy &policy, const Context &context, QList<Finding> &out);
    static void checkRetentionOrder(const BackupPolicy &policy, QList<Finding> &out);
    static void checkRestoreWindow(const BackupPolicy &policy, const Context &context, QList<Finding> &out);
    static void checkCompliance(const BackupPolicy &policy, const Context &context, QList<Finding> &out);
};

// A sentence naming a policy item: "weekly (Saturday) kept 4 weeks".
QString describePolicyItem(const PolicyItem &item);

} // namespace snapline
