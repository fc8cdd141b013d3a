#pragma once

#include "secrets/secret_file_cipher.h"
#include "secrets/secret_store.h"
#include "secrets/serial_worker.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace snapline {

// Secrets in a file of their own, encrypted with a passphrase the user
// chooses (AES-256-GCM, key by scrypt): for machines without a system
// keychain where secrets should still outlive the session. The file is
// decrypted once when opened and rewritten whole, atomically, on each change.
// Operations run in the order asked, on a thread of the store's own.
class EncryptedFileSecretStore final : public SecretStore
{
public:
    // Opens the file, or prepares a new one that is written on the first
    // change. Deriving the key takes a fraction of a second: call it from a
    // worker thread. SecretCode::WrongPassphrase or ::Damaged when the file
    // cannot be opened with this passphrase or was changed.
    static Result<std::unique_ptr<EncryptedFileSecretStore>> open(const QString &path,
                                                                  const QString &passphrase);
    ~EncryptedFileSecretStore() override;

    Kind kind() const override { return Kind::EncryptedFile; }
    QString description() const override;
    QString path() const { return m_path; }

    QFuture<Result<QString>> readAsync(const QString &profileId) override;
    QFuture<Status> writeAsync(const QString &profileId, const QString &secret) override;
    QFuture<Status> removeAsync(const QString &profileId) override;

private:
    EncryptedFileSecretStore(QString path, SecretFileCipher cipher, QHash<QString, QString> secrets);
    Status persist(const QHash<QString, QString> &secrets) const;

    const QString m_path;
    const SecretFileCipher m_cipher;
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
    SerialWorker m_worker; // last: destroyed first, after its tasks are done
};

} // namespace snapline
