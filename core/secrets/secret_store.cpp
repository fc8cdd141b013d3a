#include "secrets/secret_store.h"

#include "secrets/secrets_log.h"

#include <QThread>

namespace snapline {

Q_LOGGING_CATEGORY(lcSecrets, "snapline.core.secrets")

namespace {

// Blocking the GUI thread on a keychain (which may be showing an unlock
// prompt) freezes the window; say so loudly in the log.
void warnIfGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication"))
        qCWarning(lcSecrets) << "a blocking secret-store call on the GUI thread; use the *Async form";
}

template<typename T>
T waitFor(QFuture<T> future)
{
    warnIfGuiThread();
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return T::failure(SecretCode::Failed,
                          SecretStore::tr("The secret store stopped before it answered."));
    return future.result();
}

} // namespace

Result<QString> SecretStore::read(const QString &profileId)
{
    return waitFor(readAsync(profileId));
}

Status SecretStore::write(const QString &profileId, const QString &secret)
{
    return waitFor(writeAsync(profileId, secret));
}

Status SecretStore::remove(const QString &profileId)
{
    return waitFor(removeAsync(profileId));
}

} // namespace snapline
