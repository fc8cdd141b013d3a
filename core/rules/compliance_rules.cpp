#include "rules/compliance_rules.h"

#include "rules/policy_validation.h"
#include "rules/rule_codes.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace snapline {

namespace {

const QString &source()
{
    return RuleSource::Compliance;
}

bool isDowngradeTier(const Tier &tier)
{
    return tier.isFree() || tier.isSharedOrFlex() || tier.isServerless();
}

} // namespace

void ComplianceRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (action.kind == ActionKind::EnableCompliancePolicy) {
        checkEnable(action, facts, verdict);
        return;
    }
    if (action.kind == ActionKind::DisableCompliancePolicy) {
        checkDisable(facts, verdict);
        return;
    }
    if (facts.compliancePolicy)
        checkLocks(action, facts, *facts.compliancePolicy, verdict);
}

void ComplianceRules::checkLocks(const ProposedAction &action, const Facts &facts,
                                 const CompliancePolicy &bcp, Verdict &verdict)
{
    switch (action.kind) {
    case ActionKind::DeleteSnapshot:
        verdict.refuse(
                RuleCode::ComplianceSnapshotDeleteLocked, source(),
                tr("This project has a Backup Compliance Policy: no one, whatever their role, can delete a "
                   "snapshot before it expires."));
        break;
    case ActionKind::ChangeRetention:
        if (facts.snapshot && action.retentionDays
            && facts.snapshot->wouldExpireEarlier(*action.retentionDays)) {
            verdict.refuse(
                    RuleCode::ComplianceRetentionDecreaseLocked, source(),
                    tr("This project has a Backup Compliance Policy: a snapshot's retention can be extended "
                       "but not shortened (it is kept %n day(s) today).",
                       nullptr, int(facts.snapshot->retentionDays())));
        }
        if (facts.snapshot && facts.snapshot->origin == SnapshotOrigin::OnDemand && bcp.onDemandPolicyItem
            && action.retentionDays && *action.retentionDays < bcp.onDemandPolicyItem->retention.days()) {
            verdict.refuse(RuleCode::ComplianceOnDemandRetention, source(),
                           tr("The Backup Compliance Policy keeps on-demand snapshots at least %1.")
                                   .arg(bcp.onDemandPolicyItem->retention.describe()));
        }
        break;
    case ActionKind::TakeSnapshot:
        if (bcp.onDemandPolicyItem && action.retentionDays
            && *action.retentionDays < bcp.onDemandPolicyItem->retention.days()) {
            verdict.refuse(
                    RuleCode::ComplianceOnDemandRetention, source(),
                    tr("The Backup Compliance Policy keeps on-demand snapshots at least %1; ask for %n "
                       "day(s) or more.",
                       nullptr, int(std::ceil(bcp.onDemandPolicyItem->retention.days())))
                            .arg(bcp.onDemandPolicyItem->retention.describe()));
        }
        break;
    case ActionKind::DisableBackup:
        verdict.refuse(
                RuleCode::ComplianceBackupDisableLocked, source(),
                tr("This project has a Backup Compliance Policy: Cloud Backup cannot be turned off on any of "
                   "its clusters."));
        break;
    case ActionKind::DisablePit:
        if (bcp.pitEnabled) {
            verdict.refuse(
                    RuleCode::CompliancePitRequired, source(),
                    tr("The Backup Compliance Policy requires continuous cloud backup (point in time) with a "
                       "restore window of at least %n day(s); it cannot be turned off.",
                       nullptr, bcp.restoreWindowDays));
        }
        break;
    case ActionKind::DeletePolicy:
        verdict.refuse(RuleCode::CompliancePolicyDeleteLocked, source(),
                       tr("This project has a Backup Compliance Policy: the backup policy cannot be deleted, "
                          "because "
                          "that would remove the items the compliance policy requires."));
        break;
    case ActionKind::ChangeTier:
        if (action.newTier && isDowngradeTier(*action.newTier)) {
            verdict.refuse(
                    RuleCode::ComplianceTierDowngradeLocked, source(),
                    tr("This project has a Backup Compliance Policy: a cluster cannot be moved to %1, which "
                       "would lose its Cloud Backup.")
                            .arg(action.newTier->name()));
        }
        break;
    case ActionKind::DeleteProject:
        if (facts.projectSnapshotCount > 0) {
            verdict.refuse(RuleCode::ComplianceProjectDeleteLocked, source(),
                           tr("This project has a Backup Compliance Policy and still holds %n snapshot(s); "
                              "it cannot "
                              "be deleted until they have all expired.",
                              nullptr, facts.projectSnapshotCount));
        }
        break;
    case ActionKind::EditPolicy: // checked with the policy itself (PolicyValidation)
    case ActionKind::Restore:
    case ActionKind::ExportSnapshot:
    case ActionKind::EnableCompliancePolicy:
    case ActionKind::DisableCompliancePolicy:
    case ActionKind::EnableBackup: // turning things on never weakens a compliance policy
    case ActionKind::EnablePit:
        break;
    }
}

void ComplianceRules::checkEnable(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    if (facts.compliancePolicy && !action.compliancePolicy) {
        verdict.refuse(RuleCode::ComplianceAlreadyActive, source(),
                       tr("Project %1 already has a Backup Compliance Policy (%2).")
                               .arg(facts.source.projectLabel(), toString(facts.compliancePolicy->state)));
    }
    if (!action.compliancePolicy) {
        verdict.refuse(
                RuleCode::ComplianceAuthorizedPersonMissing, source(),
                tr("No policy to enable was given: a Backup Compliance Policy states its minimums and names "
                   "the person who authorized it (e-mail, first and last name)."));
        return;
    }

    const CompliancePolicy &proposed = *action.compliancePolicy;
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.match(proposed.authorizedEmail).hasMatch()
        || proposed.authorizedUserFirstName.trimmed().isEmpty()
        || proposed.authorizedUserLastName.trimmed().isEmpty()) {
        verdict.refuse(
                RuleCode::ComplianceAuthorizedPersonMissing, source(),
                tr("A Backup Compliance Policy names the person who authorized it: a valid e-mail address, a "
                   "first name and a last name are required."));
    }
    for (const auto &item : proposed.scheduledPolicyItems) {
        if (auto bad = PolicyValidation::checkInterval(item, false))
            verdict.refuse(bad->code, bad->rule, bad->message);
    }
    if (proposed.pitEnabled && proposed.restoreWindowDays < 1) {
        verdict.refuse(
                RuleCode::PolicyRestoreWindowInvalid, source(),
                tr("A compliance policy that requires point in time needs a restore window of at least 1 "
                   "day."));
    }
    if (facts.compliancePolicy)
        checkWeakening(*facts.compliancePolicy, proposed, verdict);

    verdict.warn(
            RuleCode::WarnIrreversible, source(),
            tr("Once enabled, a Backup Compliance Policy can only be turned off by MongoDB Support at the "
               "request of %1.")
                    .arg(proposed.authorizedEmail));
    verdict.warn(RuleCode::WarnComplianceLocks, source(),
                 tr("While it is in force: %1").arg(describeLocks(proposed).join(QStringLiteral(" "))));
}

void ComplianceRules::checkWeakening(const CompliancePolicy &before, const CompliancePolicy &after,
                                     Verdict &verdict)
{
    QStringList weaker;
    if (before.pitEnabled && !after.pitEnabled)
        weaker << tr("point in time would no longer be required");
    if (after.restoreWindowDays < before.restoreWindowDays)
        weaker << tr("the restore window would shrink");
    if (before.encryptionAtRestEnabled && !after.encryptionAtRestEnabled)
        weaker << tr("encryption at rest would no longer be required");
    if (before.copyProtectionEnabled && !after.copyProtectionEnabled)
        weaker << tr("copy protection would be turned off");
    for (const auto &item : before.scheduledPolicyItems) {
        const bool kept = std::any_of(after.scheduledPolicyItems.cbegin(), after.scheduledPolicyItems.cend(),
                                      [&](const PolicyItem &n) {
                                          const bool oftenEnough = item.frequency != Frequency::Hourly
                                                  || n.interval <= item.interval;
                                          return n.frequency == item.frequency && oftenEnough
                                                  && n.retention.days() >= item.retention.days();
                                      });
        if (!kept)
            weaker << tr("the %1 item would be weakened or removed").arg(describePolicyItem(item));
    }
    if (before.onDemandPolicyItem
        && (!after.onDemandPolicyItem
            || after.onDemandPolicyItem->retention.days() < before.onDemandPolicyItem->retention.days()))
        weaker << tr("on-demand snapshots would be kept less than %1")
                          .arg(before.onDemandPolicyItem->retention.describe());
    if (!weaker.isEmpty()) {
        verdict.refuse(RuleCode::ComplianceWeakening, source(),
                       tr("A Backup Compliance Policy in force can only be made stricter: %1.")
                               .arg(weaker.join(QStringLiteral("; "))));
    }
}

void ComplianceRules::checkDisable(const Facts &facts, Verdict &verdict)
{
    if (!facts.compliancePolicy) {
        verdict.refuse(RuleCode::ComplianceNotEnabled, source(),
                       tr("Project %1 has no Backup Compliance Policy to turn off.")
                               .arg(facts.source.projectLabel()));
        return;
    }
    if (!facts.compliancePolicy->deletable) {
        verdict.refuse(
                RuleCode::ComplianceDisableSupportOnly, source(),
                tr("Only MongoDB Support can turn off a Backup Compliance Policy, at the request of its "
                   "authorized person (%1); open a support ticket first.")
                        .arg(facts.compliancePolicy->authorizedEmail));
    }
}

QStringList ComplianceRules::describeLocks(const CompliancePolicy &policy)
{
    QStringList locks{
            tr("No one can delete a snapshot before it expires."),
            tr("No one can shorten a snapshot's retention after it was taken."),
            tr("No one can turn off Cloud Backup on a cluster, or move a cluster to M0, Flex or serverless."),
            tr("No one can set a backup policy below the compliance minimum or remove one of its items."),
            tr("The project cannot be deleted while it holds snapshots."),
            tr("Only MongoDB Support can turn the policy off, at the authorized person's request."),
    };
    for (const auto &item : policy.scheduledPolicyItems)
        locks << tr("Every cluster keeps at least: %1.").arg(describePolicyItem(item));
    if (policy.onDemandPolicyItem)
        locks << tr("On-demand snapshots are kept at least %1.")
                         .arg(policy.onDemandPolicyItem->retention.describe());
    if (policy.pitEnabled) {
        locks << tr("Point in time stays on, with a restore window of at least %n day(s).", nullptr,
                    policy.restoreWindowDays);
    }
    if (policy.encryptionAtRestEnabled)
        locks << tr("Every cluster must use encryption at rest with customer key management.");
    if (policy.copyProtectionEnabled)
        locks << tr("Snapshot copies stay even when their copy region is removed from the policy.");
    return locks;
}

} // namespace snapline
