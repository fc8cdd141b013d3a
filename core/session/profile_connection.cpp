#include "session/profile_connection.h"

#include <QDir>

namespace snapline {

QString ProfileConnection::catalogFileName(const Profile &profile)
{
    return profile.id + QStringLiteral(".catalog.sqlite");
}

Result<std::shared_ptr<ProfileConnection>> ProfileConnection::open(const Profile &profile,
                                                                   const QString &secret,
                                                                   const QString &catalogDir,
                                                                   std::shared_ptr<const Clock> clock)
{
    auto catalog = Catalog::open(QDir(catalogDir).filePath(catalogFileName(profile)), clock);
    if (!catalog)
        return catalog.error();
    std::shared_ptr<ProfileConnection> connection(new ProfileConnection);
    connection->m_profile = profile;
    connection->m_clock = clock;
    connection->m_catalogMessage = catalog.value()->recoveryMessage();
    connection->m_writer = std::make_shared<CatalogWriter>(std::move(catalog).value());
    auto session
            = std::make_shared<AtlasSession>(profile.transportSettings(), profile.credentials(secret), clock);
    auto client = std::make_shared<AtlasClient>(session, RateBudget::forHost(profile.baseUrl.host()));
    connection->m_api = std::make_shared<AtlasApi>(client);
    return connection;
}

Result<RoleBook, AtlasError> ProfileConnection::learnRoles(const QStringList &projectIds,
                                                           const std::atomic_bool *cancel)
{
    if (m_profile.authKind == Profile::AuthKind::ApiKey) {
        auto status = m_api->systemStatus(cancel);
        if (!status)
            return status.error();
        return status->roles;
    }
    RoleBook roles;
    for (const QString &projectId : projectIds) {
        auto granted = m_api->serviceAccountRoles(projectId, m_profile.clientId, cancel);
        if (!granted) {
            if (granted.error().httpStatus == 404)
                continue; // no roles in that project
            return granted.error();
        }
        for (const QString &role : std::as_const(*granted))
            roles.grant(projectId, role);
    }
    return roles;
}

} // namespace snapline
