#include "actions/compliance_locks.h"

#include "rules/policy_validation.h"

namespace snapline {

QStringList ComplianceLocks::describe(const CompliancePolicy &policy)
{
    QStringList locks{
            tr("Snapshots cannot be deleted before they expire, whatever your role."),
            tr("A snapshot's retention can be extended but never shortened after it was taken."),
            tr("Backups cannot be turned off on any cluster of the project."),
            tr("No cluster can be moved to M0, Flex or serverless, where it would lose Cloud Backup."),
    };
    for (const PolicyItem &item : policy.scheduledPolicyItems) {
        locks << tr("Every cluster's backup policy must keep at least %1; retention cannot be shortened "
                    "below that, and the item cannot be removed.")
                         .arg(describePolicyItem(item));
    }
    if (policy.onDemandPolicyItem) {
        locks << tr("On-demand snapshots must be kept at least %1.")
                         .arg(policy.onDemandPolicyItem->retention.describe());
    }
    if (policy.pitEnabled) {
        locks << tr("Point-in-time restore must stay on with a window of at least %n day(s).", nullptr,
                    policy.restoreWindowDays);
    }
    if (policy.copyProtectionEnabled) {
        locks << tr("Copies in other regions cannot be removed: a snapshot's copy stays even when its region "
                    "is taken out of a backup policy.");
    }
    if (policy.encryptionAtRestEnabled) {
        locks << tr("Encryption at rest with your own key (customer key management) is required on every "
                    "cluster.");
    }
    locks << tr("A terminated cluster keeps its snapshots until they expire.");
    locks << tr("The project cannot be deleted while it holds snapshots.");
    locks << (policy.deletable ? tr(
                      "MongoDB Support has allowed this policy to be turned off; until it is, every lock "
                      "above holds.")
                               : tr("The policy can only be disabled by MongoDB Support, at the request of "
                                    "its authorized "
                                    "person."));
    return locks;
}

QString ComplianceLocks::authority(const CompliancePolicy &policy)
{
    const QString name = QStringLiteral("%1 %2")
                                 .arg(policy.authorizedUserFirstName, policy.authorizedUserLastName)
                                 .trimmed();
    QString out;
    if (name.isEmpty() && policy.authorizedEmail.isEmpty())
        out = tr("No authorized person is named.");
    else if (name.isEmpty())
        out = tr("Authorized by %1.").arg(policy.authorizedEmail);
    else if (policy.authorizedEmail.isEmpty())
        out = tr("Authorized by %1.").arg(name);
    else
        out = tr("Authorized by %1 (%2).").arg(name, policy.authorizedEmail);
    const QString date = policy.updatedDate.isValid()
            ? policy.updatedDate.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
            : QString();
    if (!policy.updatedUser.isEmpty() && !date.isEmpty())
        out += u' ' + tr("Last changed by %1 on %2.").arg(policy.updatedUser, date);
    else if (!date.isEmpty())
        out += u' ' + tr("Last changed on %1.").arg(date);
    else if (!policy.updatedUser.isEmpty())
        out += u' ' + tr("Last changed by %1.").arg(policy.updatedUser);
    return out;
}

QString ComplianceLocks::stateName(ComplianceState state)
{
    switch (state) {
    case ComplianceState::Active:
        return tr("Active");
    case ComplianceState::Enabling:
        return tr("Being enabled");
    case ComplianceState::Updating:
        return tr("Being updated");
    case ComplianceState::Disabling:
        return tr("Being turned off");
    }
    return {};
}

} // namespace snapline
