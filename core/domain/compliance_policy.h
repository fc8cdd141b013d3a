#pragma once

#include "domain/backup_policy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace snapline {

enum class ComplianceState { Active, Enabling, Updating, Disabling };
QString toString(ComplianceState value); // "ACTIVE" …
std::optional<ComplianceState> parseComplianceState(QStringView text);

// A project's Backup Compliance Policy: the floor every cluster's backups must
// stay above. Whatever its state (even UPDATING or DISABLING), a policy that
// exists binds the project and its locks hold.
struct CompliancePolicy
{
    QString projectId;
    ComplianceState state = ComplianceState::Active;
    QString authorizedEmail;
    QString authorizedUserFirstName;
    QString authorizedUserLastName;
    bool copyProtectionEnabled = false;
    bool encryptionAtRestEnabled = false;
    bool pitEnabled = false;
    int restoreWindowDays = 0;
    std::optional<PolicyItem> onDemandPolicyItem;
    QList<PolicyItem> scheduledPolicyItems;
    bool deletable = false; // set only by MongoDB Support
    QDateTime updatedDate;
    QString updatedUser;

    bool operator==(const CompliancePolicy &) const = default;
};

} // namespace snapline
