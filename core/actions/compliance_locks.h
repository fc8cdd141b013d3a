#pragma once

#include "domain/compliance_policy.h"

#include <QCoreApplication>
#include <QStringList>

namespace snapline {

// A project's Backup Compliance Policy in plain words (restore-rules §6):
// everything it locks, who set it and when, and its state.
class ComplianceLocks
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceLocks)

public:
    // One sentence per lock, the locks every policy has first, then those
    // that come from its settings (minimum items, point in time, encryption,
    // copy protection).
    static QStringList describe(const CompliancePolicy &policy);
    // "Authorized by Grace Hopper (compliance.officer@example.com). Last changed by … on 2026-07-27."
    static QString authority(const CompliancePolicy &policy);
    // "Active", "Being enabled", "Being updated", "Being turned off".
    static QString stateName(ComplianceState state);
};

inline QStringList describeComplianceLocks(const CompliancePolicy &policy)
{
    return ComplianceLocks::describe(policy);
}

} // namespace snapline
