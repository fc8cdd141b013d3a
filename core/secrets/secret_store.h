#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace snapline {

// Stable codes of the errors a SecretStore returns.
namespace SecretCode {
inline const QString NotFound = QStringLiteral("SECRET_NOT_FOUND");
inline const QString Unavailable = QStringLiteral("SECRET_STORE_UNAVAILABLE");
inline const QString Timeout = QStringLiteral("SECRET_STORE_TIMEOUT");
inline const QString AccessDenied = QStringLiteral("SECRET_ACCESS_DENIED");
inline const QString Failed = QStringLiteral("SECRET_STORE_FAILED");
inline const QString WrongPassphrase = QStringLiteral("SECRET_WRONG_PASSPHRASE");
inline const QString Damaged = QStringLiteral("SECRET_FILE_DAMAGED");
} // namespace SecretCode

// Where the secret half of a profile's credentials (an API private key or a
// service account's client secret) is kept, under the profile's id.
//
// Each operation comes twice. The *Async forms never block the calling
// thread; the GUI thread uses them with QFuture::then(context, …). The plain
// forms wait for the answer and are meant for worker threads (sync jobs).
// Secrets never appear in a returned error message or in the log.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Kind { Keychain, Memory, EncryptedFile };

    virtual ~SecretStore() = default;

    virtual Kind kind() const = 0;
    // Where the secrets are, for people: "the system keychain", …
    virtual QString description() const = 0;
    // Whether secrets outlive this session.
    bool isPersistent() const { return kind() != Kind::Memory; }

    // SecretCode::NotFound when nothing is stored for the profile.
    virtual QFuture<Result<QString>> readAsync(const QString &profileId) = 0;
    // Stores or replaces the profile's secret.
    virtual QFuture<Status> writeAsync(const QString &profileId, const QString &secret) = 0;
    // Forgets the profile's secret; forgetting nothing is not an error.
    virtual QFuture<Status> removeAsync(const QString &profileId) = 0;

    Result<QString> read(const QString &profileId);
    Status write(const QString &profileId, const QString &secret);
    Status remove(const QString &profileId);

protected:
    // A future that is already finished, for stores that answer at once.
    template<typename T>
    static QFuture<T> ready(T value)
    {
        return QtFuture::makeReadyFuture(std::move(value));
    }
};

} // namespace snapline
