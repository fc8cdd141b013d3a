#pragma once

#include "store/records.h"

#include <QStringList>

namespace snapline::sandbox {

// Who is calling, with the roles Atlas would grant them, and whether they
// meet an operation's documented minimum role on a project or organization.
class Caller
{
public:
    Caller() = default;
    Caller(CredentialRow credential, QString orgId);

    bool isAuthenticated() const { return !m_credential.id.isEmpty(); }
    const CredentialRow &credential() const { return m_credential; }
    QStringList rolesOn(const QString &scopeId) const;
    bool canSeeProject(const QString &projectId) const;

    // Whether any of `required` (the contract's x-rolesRequirements names,
    // "Project Backup Manager" …) is met on the project or organization.
    // Empty `required` means any authenticated caller.
    bool meets(const QStringList &required, const QString &projectId, const QString &orgId) const;

private:
    bool grants(const QString &atlasRole, const QString &requirement) const;

    CredentialRow m_credential;
    QString m_orgId;
};

} // namespace snapline::sandbox
