#include "console_launcher.h"

#include "local_sandbox_profile.h"
#include "session/console_session.h"

namespace snapline {

ConsoleLauncher::ConsoleLauncher(ConsoleSession &session, ProfileStore &profiles,
                                 std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_secrets(std::move(secrets))
{
    connect(&m_sandbox, &sandbox::EmbeddedSandbox::started, this,
            [this](const sandbox::SandboxEndpoint &endpoint) {
                m_sandboxStarting = false;
                ResolvedProfile resolved = localSandboxProfile(endpoint, m_sandbox.credentials());
                if (auto registered = m_profiles.registerBuiltIn(resolved.profile))
                    resolved.profile = *registered;
                Q_EMIT sandboxStarted(resolved.profile.name, endpoint.url, endpoint.certificateFingerprint);
                m_session.open(resolved.profile, resolved.secret);
            });
    connect(&m_sandbox, &sandbox::EmbeddedSandbox::failed, this, [this](const QString &reason) {
        m_sandboxStarting = false;
        Q_EMIT failed(tr("Local sandbox"), reason);
    });
}

void ConsoleLauncher::open(const Profile &profile)
{
    const quint64 request = ++m_request;
    if (profile.builtIn || profile.id == Profile::localSandboxId()) {
        openLocalSandbox();
        return;
    }
    m_secrets->readAsync(profile.id).then(this, [this, profile, request](const Result<QString> &secret) {
        if (request != m_request)
            return;
        if (!secret) {
            Q_EMIT failed(
                    profile.name,
                    secret.error().code == SecretCode::NotFound
                            ? tr("No secret is stored for this profile in %1. Edit the profile to enter it.")
                                      .arg(m_secrets->description())
                            : secret.error().message);
            return;
        }
        m_session.open(profile, *secret);
    });
}

void ConsoleLauncher::openLocalSandbox()
{
    ++m_request;
    if (m_sandbox.isRunning()) {
        ResolvedProfile resolved = localSandboxProfile(m_sandbox.endpoint(), m_sandbox.credentials());
        if (auto registered = m_profiles.registerBuiltIn(resolved.profile))
            resolved.profile = *registered;
        m_session.open(resolved.profile, resolved.secret);
        return;
    }
    if (m_sandboxStarting)
        return;
    m_sandboxStarting = true;
    sandbox::SandboxOptions options;
    options.dataDir = localSandboxDataDir();
    m_sandbox.start(options);
}

} // namespace snapline
