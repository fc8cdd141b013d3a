#include "profile_resolver.h"

#include "profile/environment_profile.h"

#include <QProcessEnvironment>

namespace snapline {

ProfileResolver::ProfileResolver(ProfileStore &store, std::shared_ptr<SecretStore> secrets)
    : m_store(store)
    , m_secrets(std::move(secrets))
{}

Result<ResolvedProfile> ProfileResolver::resolve(const QString &nameOrId) const
{
    if (m_hook) {
        if (auto handled = m_hook(nameOrId))
            return *handled;
    }
    if (nameOrId == u"env") {
        const auto fromEnvironment
                = EnvironmentProfile::fromEnvironment(QProcessEnvironment::systemEnvironment());
        if (!fromEnvironment || !fromEnvironment->isComplete())
            return Error{QStringLiteral("PROFILE_NOT_FOUND"),
                         tr("The environment holds no complete Atlas credentials: set "
                            "MONGODB_ATLAS_PUBLIC_API_KEY "
                            "and MONGODB_ATLAS_PRIVATE_API_KEY, or MONGODB_ATLAS_CLIENT_ID and "
                            "MONGODB_ATLAS_CLIENT_SECRET.")};
        return ResolvedProfile{fromEnvironment->profile, fromEnvironment->secret};
    }
    std::optional<Profile> profile = m_store.profileNamed(nameOrId);
    if (!profile)
        profile = m_store.profile(nameOrId);
    if (!profile) {
        QStringList names;
        for (const Profile &p : m_store.profiles())
            names << p.name;
        return Error{
                QStringLiteral("PROFILE_NOT_FOUND"),
                tr("There is no profile named \"%1\". Profiles: %2.")
                        .arg(nameOrId, names.isEmpty() ? tr("none yet") : names.join(QStringLiteral(", ")))};
    }
    auto secret = m_secrets->read(profile->id);
    if (!secret)
        return Error{secret.error().code,
                     tr("The secret of profile \"%1\" could not be read: %2")
                             .arg(profile->name, secret.error().message)};
    return ResolvedProfile{*profile, *secret};
}

} // namespace snapline
