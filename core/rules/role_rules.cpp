#include "rules/role_rules.h"

#include "rules/rule_codes.h"

namespace snapline {

namespace {

QStringList ownerOnly()
{
    return {Role::ProjectOwner};
}
QStringList backupManagerOrOwner()
{
    return {Role::ProjectBackupManager, Role::ProjectOwner};
}
QStringList clusterManagerOrOwner()
{
    return {Role::ProjectClusterManager, Role::ProjectOwner};
}

QString joinRoleNames(const QStringList &roles, const QString &conjunction)
{
    QStringList names;
    for (const auto &role : roles)
        names << roleDisplayName(role);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + u' ' + conjunction + u' ' + last;
}

} // namespace

QStringList RoleRules::requiredOnSource(const ProposedAction &action, const Facts &facts)
{
    const Cluster &cluster = facts.source.cluster;
    switch (action.kind) {
    case ActionKind::Restore:
        // Serverless and legacy restores go through endpoints that need the Owner.
        if (cluster.tier.isServerless() || cluster.isServerlessBackup()
            || cluster.backupKind == BackupKind::Legacy)
            return ownerOnly();
        return backupManagerOrOwner();
    case ActionKind::TakeSnapshot:
    case ActionKind::DeleteSnapshot:
    case ActionKind::ChangeRetention:
    case ActionKind::ExportSnapshot:
    case ActionKind::EditPolicy:
        return backupManagerOrOwner();
    case ActionKind::ChangeTier:
        return clusterManagerOrOwner();
    case ActionKind::DeletePolicy:
    case ActionKind::DisableBackup:
    case ActionKind::DisablePit:
    case ActionKind::EnableBackup: // the same switch as turning it off
    case ActionKind::EnablePit:
    case ActionKind::EnableCompliancePolicy:
    case ActionKind::DisableCompliancePolicy:
    case ActionKind::DeleteProject:
        return ownerOnly();
    }
    return ownerOnly();
}

QStringList RoleRules::requiredOnTarget(const ProposedAction &action, const Facts &facts)
{
    if (!action.isAutomatedRestore() || !facts.target)
        return {};
    return backupManagerOrOwner();
}

void RoleRules::check(const ProposedAction &action, const Facts &facts, Verdict &verdict)
{
    checkProject(action, facts, facts.source.orgId, facts.source.projectId, facts.source.projectLabel(),
                 requiredOnSource(action, facts), RuleCode::RoleMissing, verdict);

    const QStringList onTarget = requiredOnTarget(action, facts);
    if (onTarget.isEmpty() || facts.target->projectId == facts.source.projectId)
        return;
    checkProject(action, facts, facts.target->orgId, facts.target->projectId, facts.target->projectLabel(),
                 onTarget, RuleCode::RoleMissingOnTarget, verdict);
}

void RoleRules::checkProject(const ProposedAction &action, const Facts &facts, const QString &orgId,
                             const QString &projectId, const QString &projectLabel,
                             const QStringList &required, const QString &missingCode, Verdict &verdict)
{
    if (facts.roles.hasAny(projectId, required))
        return;

    const QString needed = joinRoleNames(required, tr("or"));
    if (!orgId.isEmpty() && facts.roles.has(orgId, Role::OrgOwner)) {
        verdict.refuse(
                RuleCode::RoleOrgOwnerNotInProject, RuleSource::Roles,
                tr("Organization Owners are not allowed to %1 in a project by their organization role: "
                   "add yourself to project %2 as %3, then try again.")
                        .arg(describeAction(action.kind), projectLabel, needed));
        return;
    }

    const QStringList held = facts.roles.rolesOn(projectId);
    const QString have = held.isEmpty() ? tr("no role on that project") : joinRoleNames(held, tr("and"));
    const QString where = missingCode == RuleCode::RoleMissingOnTarget
            ? tr("the target project %1").arg(projectLabel)
            : tr("project %1").arg(projectLabel);
    verdict.refuse(missingCode, RuleSource::Roles,
                   tr("To %1 you need the %2 role on %3; this credential has %4.")
                           .arg(describeAction(action.kind), needed, where, have));
}

} // namespace snapline
