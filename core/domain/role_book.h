#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace snapline {

// Atlas role names used by the rules.
namespace Role {
inline const QString ProjectOwner = QStringLiteral("GROUP_OWNER");
inline const QString ProjectBackupManager = QStringLiteral("GROUP_BACKUP_MANAGER");
inline const QString ProjectClusterManager = QStringLiteral("GROUP_CLUSTER_MANAGER");
inline const QString ProjectReadOnly = QStringLiteral("GROUP_READ_ONLY");
inline const QString OrgOwner = QStringLiteral("ORG_OWNER");
inline const QString OrgMember = QStringLiteral("ORG_MEMBER");
inline const QString OrgReadOnly = QStringLiteral("ORG_READ_ONLY");
} // namespace Role

// A human name for a role constant: GROUP_BACKUP_MANAGER → "Project Backup Manager".
QString roleDisplayName(const QString &roleName);

// The roles a credential holds, per project id and per organization id
// (what `GET /api/atlas/v2` answers as apiKey.roles[]).
class RoleBook
{
public:
    void grant(const QString &scopeId, const QString &roleName);

    bool has(const QString &scopeId, const QString &roleName) const;
    bool hasAny(const QString &scopeId, const QStringList &roleNames) const;
    QStringList rolesOn(const QString &scopeId) const; // sorted
    bool isEmpty() const { return m_roles.isEmpty(); }

private:
    QHash<QString, QSet<QString>> m_roles;
};

} // namespace snapline
