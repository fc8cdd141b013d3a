#pragma once

#include "atlas/atlas_api.h"
#include "catalog/catalog_writer.h"
#include "profile/profile.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace snapline {

// Everything one profile works with: the Admin API client (sharing the
// host's rate budget), the profile's own catalog and its single writer, and
// the roles the credentials hold. Built once per profile and shared by its
// jobs; the secret is used to sign in and kept nowhere else.
class ProfileConnection
{
    Q_DECLARE_TR_FUNCTIONS(ProfileConnection)

public:
    // Opens (or rebuilds) the profile's catalog under `catalogDir`.
    static Result<std::shared_ptr<ProfileConnection>> open(const Profile &profile, const QString &secret,
                                                           const QString &catalogDir,
                                                           std::shared_ptr<const Clock> clock
                                                           = Clock::system());

    const Profile &profile() const { return m_profile; }
    std::shared_ptr<AtlasApi> api() const { return m_api; }
    std::shared_ptr<CatalogWriter> writer() const { return m_writer; }
    std::shared_ptr<const Clock> clock() const { return m_clock; }
    QString catalogPath() const { return m_writer->path(); }
    // Why the catalog had to be rebuilt (empty when it opened cleanly).
    QString catalogMessage() const { return m_catalogMessage; }

    // The roles of these credentials, as Atlas tells them: GET /api/atlas/v2
    // for an API key, the service account's roles per project otherwise.
    Result<RoleBook, AtlasError> learnRoles(const QStringList &projectIds,
                                            const std::atomic_bool *cancel = nullptr);

    static QString catalogFileName(const Profile &profile);

private:
    ProfileConnection() = default;

    Profile m_profile;
    std::shared_ptr<AtlasApi> m_api;
    std::shared_ptr<CatalogWriter> m_writer;
    std::shared_ptr<const Clock> m_clock;
    QString m_catalogMessage;
};

} // namespace snapline
