#pragma once

#include "secrets/secret_store.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <memory>

namespace snapline {

// The secret store the application ends up with, and what to tell the user.
struct SecretStoreChoice
{
    std::shared_ptr<SecretStore> store;
    // Why there is no system keychain and what that means, in plain words;
    // empty when the keychain is used.
    QString message;

    bool usesKeychain() const { return message.isEmpty(); }
};

// Chooses where secrets live: the system keychain when it answers a probe,
// otherwise memory for this session, with a message saying so.
class SecretStoreFactory
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreFactory)

public:
    static constexpr int kDefaultProbeTimeoutMs = 15000;

    // Waits up to probeTimeoutMs for the keychain (it may show an unlock
    // prompt): call it from a worker thread, or use createAsync.
    static SecretStoreChoice create(const QString &service = QStringLiteral("Snapline"),
                                    int probeTimeoutMs = kDefaultProbeTimeoutMs);
    // The same on a worker thread, for the GUI thread to continue with.
    static QFuture<SecretStoreChoice> createAsync(const QString &service = QStringLiteral("Snapline"),
                                                  int probeTimeoutMs = kDefaultProbeTimeoutMs);

    // The sentence shown when the keychain is missing, around its reason.
    static QString fallbackMessage(const QString &reason);
};

} // namespace snapline
