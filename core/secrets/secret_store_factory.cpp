#include "secrets/secret_store_factory.h"

#include "secrets/keychain_secret_store.h"
#include "secrets/memory_secret_store.h"
#include "secrets/secrets_log.h"

#include <QtConcurrent/QtConcurrentRun>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusError>
#define SNAPLINE_KEYCHAIN_OVER_DBUS 1
#endif

namespace snapline {

namespace {

// Why the keychain cannot be reached before any job is started: on Linux it
// lives behind the D-Bus session bus, and without one there is nothing to ask.
QString unreachableReason()
{
#ifdef SNAPLINE_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcSecrets) << "no D-Bus session bus:" << bus.lastError().message();
        return SecretStoreFactory::tr("there is no D-Bus session bus, as in a session without a desktop");
    }
#endif
    return {};
}

QString probeFailure(const Error &error, int timeoutMs)
{
    if (error.code == SecretCode::Timeout)
        return SecretStoreFactory::tr("the keychain did not answer within %1 seconds")
                .arg(timeoutMs / 1000.0);
    if (error.code == SecretCode::AccessDenied)
        return SecretStoreFactory::tr("the keychain refused access; it may be locked");
#ifdef SNAPLINE_KEYCHAIN_OVER_DBUS
    return SecretStoreFactory::tr("the Secret Service could not be used: %1").arg(error.message);
#else
    return SecretStoreFactory::tr("the keychain could not be used: %1").arg(error.message);
#endif
}

} // namespace

QString SecretStoreFactory::fallbackMessage(const QString &reason)
{
    return tr("No system keychain is available (%1). Secrets are kept in memory for this session only and "
              "will be asked for again next time.")
            .arg(reason);
}

SecretStoreChoice SecretStoreFactory::create(const QString &service, int probeTimeoutMs)
{
    QString reason = unreachableReason();
    if (reason.isEmpty()) {
        auto keychain = std::make_shared<KeychainSecretStore>(service);
        const Status probed = keychain->probe(probeTimeoutMs);
        if (probed) {
            qCInfo(lcSecrets) << "secrets go to the system keychain";
            return {keychain, {}};
        }
        reason = probeFailure(probed.error(), probeTimeoutMs);
    }
    qCWarning(lcSecrets) << "no system keychain; secrets stay in memory:" << reason;
    return {std::make_shared<MemorySecretStore>(), fallbackMessage(reason)};
}

QFuture<SecretStoreChoice> SecretStoreFactory::createAsync(const QString &service, int probeTimeoutMs)
{
    return QtConcurrent::run([service, probeTimeoutMs] { return create(service, probeTimeoutMs); });
}

} // namespace snapline
