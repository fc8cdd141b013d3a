#include "security/caller.h"

#include <QHash>

namespace snapline::sandbox {

namespace {

// What each project role satisfies, by the requirement names the contract
// uses. The Owner satisfies everything; Organization Owners get Project Owner
// access to every project of their organization, as Atlas documents.
const QHash<QString, QStringList> &projectRoleGrants()
{
    static const QHash<QString, QStringList> grants{
            {QStringLiteral("GROUP_READ_ONLY"), {QStringLiteral("Project Read Only")}},
            {QStringLiteral("GROUP_CLUSTER_MANAGER"),
             {QStringLiteral("Project Read Only"), QStringLiteral("Project Cluster Manager")}},
            {QStringLiteral("GROUP_BACKUP_MANAGER"),
             {QStringLiteral("Project Read Only"), QStringLiteral("Project Backup Manager"),
              QStringLiteral("Project Backup Creator"), QStringLiteral("Project Backup Export Operator"),
              QStringLiteral("Project Backup Recovery Operator")}},
    };
    return grants;
}

const QHash<QString, QStringList> &orgRoleGrants()
{
    static const QHash<QString, QStringList> grants{
            {QStringLiteral("ORG_MEMBER"), {QStringLiteral("Organization Member")}},
            {QStringLiteral("ORG_READ_ONLY"),
             {QStringLiteral("Organization Member"), QStringLiteral("Organization Read Only"),
              QStringLiteral("Project Read Only")}},
    };
    return grants;
}

} // namespace

Caller::Caller(CredentialRow credential, QString orgId)
    : m_credential(std::move(credential))
    , m_orgId(std::move(orgId))
{}

QStringList Caller::rolesOn(const QString &scopeId) const
{
    QStringList out;
    for (const auto &[scope, role] : m_credential.roles) {
        if (scope == scopeId)
            out << role;
    }
    return out;
}

bool Caller::canSeeProject(const QString &projectId) const
{
    return !rolesOn(projectId).isEmpty() || rolesOn(m_orgId).contains(QStringLiteral("ORG_OWNER"))
            || rolesOn(m_orgId).contains(QStringLiteral("ORG_READ_ONLY"));
}

bool Caller::grants(const QString &atlasRole, const QString &requirement) const
{
    if (atlasRole == u"GROUP_OWNER" || atlasRole == u"ORG_OWNER")
        return true;
    return projectRoleGrants().value(atlasRole).contains(requirement)
            || orgRoleGrants().value(atlasRole).contains(requirement);
}

bool Caller::meets(const QStringList &required, const QString &projectId, const QString &orgId) const
{
    if (!isAuthenticated())
        return false;
    if (required.isEmpty())
        return true;
    QStringList held = rolesOn(orgId.isEmpty() ? m_orgId : orgId);
    if (!projectId.isEmpty())
        held << rolesOn(projectId);
    for (const auto &role : held) {
        // Of the organization roles, only Owner and Read Only reach into projects.
        if (!projectId.isEmpty() && role == u"ORG_MEMBER")
            continue;
        for (const auto &requirement : required) {
            if (grants(role, requirement))
                return true;
        }
    }
    return false;
}

} // namespace snapline::sandbox
