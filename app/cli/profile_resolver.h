#pragma once

#include "profile/profile_store.h"
#include "secrets/secret_store.h"

#include <QCoreApplication>

#include <functional>

namespace snapline {

// A profile and the secret to sign in with, ready for a ProfileConnection.
struct ResolvedProfile
{
    Profile profile;
    QString secret;
};

// Finds the profile a headless command names: a saved profile by name or id,
// with its secret from the secret store, or "env" for the MONGODB_ATLAS_*
// environment variables. The app adds the built-in sandbox on top.
class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(ProfileResolver)

public:
    using Hook = std::function<std::optional<Result<ResolvedProfile>>(const QString &nameOrId)>;

    ProfileResolver(ProfileStore &store, std::shared_ptr<SecretStore> secrets);

    // Consulted first; answers nullopt for names it does not handle.
    void setHook(Hook hook) { m_hook = std::move(hook); }
    Result<ResolvedProfile> resolve(const QString &nameOrId) const;

    ProfileStore &store() { return m_store; }
    SecretStore &secrets() { return *m_secrets; }

private:
    ProfileStore &m_store;
    std::shared_ptr<SecretStore> m_secrets;
    Hook m_hook;
};

} // namespace snapline
