#pragma once

#include "profile/profile.h"
#include "profile/profile_store.h"
#include "secrets/secret_store.h"
#include "service/embedded_sandbox.h"

#include <QObject>

#include <memory>

namespace snapline {

class ConsoleSession;

// Opens profiles in the console: the built-in "Local sandbox" starts the
// embedded sandbox first; any other profile has its secret read from the
// keychain without blocking the window.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    ConsoleLauncher(ConsoleSession &session, ProfileStore &profiles, std::shared_ptr<SecretStore> secrets,
                    QObject *parent = nullptr);

    void open(const Profile &profile);
    void openLocalSandbox();

Q_SIGNALS:
    void sandboxStarted(const QString &profileName, const QUrl &url, const QString &certificateFingerprint);
    void failed(const QString &profileName, const QString &reason);

private:
    ConsoleSession &m_session;
    ProfileStore &m_profiles;
    std::shared_ptr<SecretStore> m_secrets;
    sandbox::EmbeddedSandbox m_sandbox;
    bool m_sandboxStarting = false;
    quint64 m_request = 0; // a later choice wins over a secret still being read
};

} // namespace snapline
