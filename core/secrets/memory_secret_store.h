#pragma once

#include "secrets/secret_store.h"

#include <QHash>
#include <QMutex>

namespace snapline {

// Secrets kept in this process only, for this session: the fallback when no
// system keychain answers, and the home of environment-variable profiles.
// Answers at once and from any thread.
class MemorySecretStore final : public SecretStore
{
public:
    Kind kind() const override { return Kind::Memory; }
    QString description() const override;

    QFuture<Result<QString>> readAsync(const QString &profileId) override;
    QFuture<Status> writeAsync(const QString &profileId, const QString &secret) override;
    QFuture<Status> removeAsync(const QString &profileId) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace snapline
