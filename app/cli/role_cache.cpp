#include "cli/role_cache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace snapline {

Q_LOGGING_CATEGORY(lcRoleCache, "snapline.cli.roles")

RoleCache::RoleCache(QString dir)
    : m_dir(std::move(dir))
{}

QString RoleCache::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("roles"));
}

QString RoleCache::pathOf(const QString &profileId) const
{
    // Profile ids are UUIDs or fixed words; anything else cannot name a file outside the folder.
    QString safe = profileId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(m_dir).filePath(safe + QStringLiteral(".json"));
}

void RoleCache::save(const QString &profileId, const RoleBook &roles, const QStringList &scopeIds,
                     const QDateTime &learnedAt) const
{
    if (profileId.isEmpty())
        return; // a profile of the moment (env) has nothing to be found by next time
    QJsonObject scopes;
    for (const QString &scope : scopeIds) {
        const QStringList held = roles.rolesOn(scope);
        if (!scope.isEmpty() && !held.isEmpty())
            scopes.insert(scope, QJsonArray::fromStringList(held));
    }
    const QJsonObject json{{QStringLiteral("learnedAt"), learnedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("roles"), scopes}};
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcRoleCache) << "cannot create" << m_dir;
        return;
    }
    QSaveFile file(pathOf(profileId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        qCWarning(lcRoleCache) << "roles not kept for offline use:" << file.errorString();
}

std::optional<RoleCache::Entry> RoleCache::load(const QString &profileId) const
{
    if (profileId.isEmpty())
        return std::nullopt;
    QFile file(pathOf(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Entry entry;
    entry.learnedAt = QDateTime::fromString(json.value(u"learnedAt").toString(), Qt::ISODate);
    const QJsonObject scopes = json.value(u"roles").toObject();
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        for (const QJsonValue &role : it.value().toArray())
            entry.roles.grant(it.key(), role.toString());
    }
    if (!entry.learnedAt.isValid())
        return std::nullopt;
    return entry;
}

} // namespace snapline
