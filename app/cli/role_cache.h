#pragma once

#include "domain/role_book.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace snapline {

// The roles a profile's credentials held when Atlas last told them, kept per
// profile so that an offline pre-flight judges with them rather than with
// none. Roles are not secrets; the file holds role names per project and
// organization id and when they were learned.
class RoleCache
{
    Q_DECLARE_TR_FUNCTIONS(RoleCache)

public:
    struct Entry
    {
        RoleBook roles;
        QDateTime learnedAt;
    };

    // `dir` holds one file per profile id.
    explicit RoleCache(QString dir);

    // Keeps the roles `roles` holds on `scopeIds` (a RoleBook cannot list its scopes).
    void save(const QString &profileId, const RoleBook &roles, const QStringList &scopeIds,
              const QDateTime &learnedAt) const;
    std::optional<Entry> load(const QString &profileId) const;

    // Where the app keeps it: the user's cache folder.
    static QString defaultDir();

private:
    QString pathOf(const QString &profileId) const;

    QString m_dir;
};

} // namespace snapline
