#include "domain/role_book.h"

#include <QCoreApplication>

#include <algorithm>

namespace snapline {

QString roleDisplayName(const QString &roleName)
{
    static const QHash<QString, const char *> names{
            {QStringLiteral("GROUP_OWNER"), QT_TRANSLATE_NOOP("Role", "Project Owner")},
            {QStringLiteral("GROUP_BACKUP_MANAGER"), QT_TRANSLATE_NOOP("Role", "Project Backup Manager")},
            {QStringLiteral("GROUP_CLUSTER_MANAGER"), QT_TRANSLATE_NOOP("Role", "Project Cluster Manager")},
            {QStringLiteral("GROUP_READ_ONLY"), QT_TRANSLATE_NOOP("Role", "Project Read Only")},
            {QStringLiteral("GROUP_DATA_ACCESS_ADMIN"),
             QT_TRANSLATE_NOOP("Role", "Project Data Access Admin")},
            {QStringLiteral("GROUP_DATA_ACCESS_READ_WRITE"),
             QT_TRANSLATE_NOOP("Role", "Project Data Access Read/Write")},
            {QStringLiteral("GROUP_DATA_ACCESS_READ_ONLY"),
             QT_TRANSLATE_NOOP("Role", "Project Data Access Read Only")},
            {QStringLiteral("ORG_OWNER"), QT_TRANSLATE_NOOP("Role", "Organization Owner")},
            {QStringLiteral("ORG_MEMBER"), QT_TRANSLATE_NOOP("Role", "Organization Member")},
            {QStringLiteral("ORG_READ_ONLY"), QT_TRANSLATE_NOOP("Role", "Organization Read Only")},
    };
    const auto it = names.constFind(roleName);
    return it == names.cend() ? roleName : QCoreApplication::translate("Role", it.value());
}

void RoleBook::grant(const QString &scopeId, const QString &roleName)
{
    m_roles[scopeId].insert(roleName);
}

bool RoleBook::has(const QString &scopeId, const QString &roleName) const
{
    const auto it = m_roles.constFind(scopeId);
    return it != m_roles.cend() && it->contains(roleName);
}

bool RoleBook::hasAny(const QString &scopeId, const QStringList &roleNames) const
{
    return std::any_of(roleNames.cbegin(), roleNames.cend(),
                       [&](const QString &role) { return has(scopeId, role); });
}

QStringList RoleBook::rolesOn(const QString &scopeId) const
{
    QStringList out = m_roles.value(scopeId).values();
    out.sort();
    return out;
}

} // namespace snapline
