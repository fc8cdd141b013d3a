#include "secrets/memory_secret_store.h"

#include <QMutexLocker>

namespace snapline {

QString MemorySecretStore::description() const
{
    return SecretStore::tr("memory (this session only)");
}

QFuture<Result<QString>> MemorySecretStore::readAsync(const QString &profileId)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_secrets.constFind(profileId);
    if (found == m_secrets.cend())
        return ready(Result<QString>::failure(
                SecretCode::NotFound,
                SecretStore::tr("No secret is kept for this profile in this session.")));
    return ready(Result<QString>(*found));
}

QFuture<Status> MemorySecretStore::writeAsync(const QString &profileId, const QString &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(profileId, secret);
    return ready(Status(Done{}));
}

QFuture<Status> MemorySecretStore::removeAsync(const QString &profileId)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(profileId);
    return ready(Status(Done{}));
}

} // namespace snapline
