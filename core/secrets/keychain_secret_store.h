#pragma once

#include "secrets/secret_store.h"

namespace snapline {

// The operating system's keychain, through qtkeychain: the Secret Service
// (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential
// Manager on Windows; entries are named by the service and the profile id.
//
// qtkeychain's jobs are QObjects that need an event loop and share one
// queue, so all of them run on a single process-wide thread with its own
// loop. No caller's thread waits on D-Bus, and every operation ends within
// the timeout, whether the keychain answered or not.
class KeychainSecretStore final : public SecretStore
{
public:
    // Long enough for the user to answer an unlock prompt.
    static constexpr int kDefaultTimeoutMs = 60000;

    explicit KeychainSecretStore(QString service = QStringLiteral("Snapline"),
                                 int timeoutMs = kDefaultTimeoutMs);

    Kind kind() const override { return Kind::Keychain; }
    QString description() const override;
    QString service() const { return m_service; }

    QFuture<Result<QString>> readAsync(const QString &profileId) override;
    QFuture<Status> writeAsync(const QString &profileId, const QString &secret) override;
    QFuture<Status> removeAsync(const QString &profileId) override;

    // Writes and deletes a throw-away entry, waiting at most timeoutMs: done
    // when the keychain works, else an error saying why. Blocks; call it from
    // a worker thread.
    Status probe(int timeoutMs) const;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace snapline
