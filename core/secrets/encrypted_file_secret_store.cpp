#include "secrets/encrypted_file_secret_store.h"

#include "secrets/secrets_log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

// The cipher's sentences, with the file named.
Error aboutFile(const Error &error, const QString &path)
{
    if (error.code == SecretCode::WrongPassphrase)
        return {error.code, SecretStore::tr("The passphrase does not open the secrets file %1.").arg(path)};
    if (error.code == SecretCode::Damaged)
        return {error.code,
                SecretStore::tr("The secrets file %1 was changed or damaged after Snapline wrote "
                                "it; its secrets cannot be trusted.")
                        .arg(path)};
    return error;
}

} // namespace

Result<std::unique_ptr<EncryptedFileSecretStore>> EncryptedFileSecretStore::open(const QString &path,
                                                                                 const QString &passphrase)
{
    using Opened = Result<std::unique_ptr<EncryptedFileSecretStore>>;
    QFile file(path);
    if (!file.exists()) {
        auto cipher = SecretFileCipher::create(passphrase);
        if (!cipher)
            return cipher.error();
        qCInfo(lcSecrets) << "a new encrypted secrets file at" << path;
        return std::unique_ptr<EncryptedFileSecretStore>(
                new EncryptedFileSecretStore(path, std::move(cipher).value(), {}));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Opened::failure(
                SecretCode::Failed,
                SecretStore::tr("The secrets file %1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray sealed = file.readAll();
    auto cipher = SecretFileCipher::forFile(sealed, passphrase);
    if (!cipher)
        return aboutFile(cipher.error(), path);
    const auto plaintext = cipher->open(sealed);
    if (!plaintext)
        return aboutFile(plaintext.error(), path);
    const QJsonDocument document = QJsonDocument::fromJson(*plaintext);
    if (!document.isObject())
        return aboutFile({SecretCode::Damaged, {}}, path);
    QHash<QString, QString> secrets;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets.insert(it.key(), it.value().toString());
    qCInfo(lcSecrets) << "opened the encrypted secrets file" << path << "with" << secrets.size() << "entries";
    return std::unique_ptr<EncryptedFileSecretStore>(
            new EncryptedFileSecretStore(path, std::move(cipher).value(), std::move(secrets)));
}

EncryptedFileSecretStore::EncryptedFileSecretStore(QString path, SecretFileCipher cipher,
                                                   QHash<QString, QString> secrets)
    : m_path(std::move(path))
    , m_cipher(std::move(cipher))
    , m_secrets(std::move(secrets))
    , m_worker(u"snapline-secrets-file"_s)
{}

EncryptedFileSecretStore::~EncryptedFileSecretStore() = default;

QString EncryptedFileSecretStore::description() const
{
    return SecretStore::tr("the encrypted file %1").arg(QDir::toNativeSeparators(m_path));
}

Status EncryptedFileSecretStore::persist(const QHash<QString, QString> &secrets) const
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    const auto sealed = m_cipher.seal(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!sealed)
        return sealed.error();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const bool written = file.open(QIODevice::WriteOnly)
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && file.write(*sealed) == sealed->size() && file.commit();
    if (!written) {
        qCWarning(lcSecrets) << "could not write" << m_path << file.errorString();
        return Status::failure(SecretCode::Failed,
                               SecretStore::tr("The secrets file %1 could not be written: %2.")
                                       .arg(m_path, file.errorString()));
    }
    return Done{};
}

QFuture<Result<QString>> EncryptedFileSecretStore::readAsync(const QString &profileId)
{
    return m_worker.run([this, profileId]() -> Result<QString> {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_secrets.constFind(profileId);
        if (found == m_secrets.cend())
            return Result<QString>::failure(
                    SecretCode::NotFound,
                    SecretStore::tr("The secrets file %1 holds no secret for this profile.").arg(m_path));
        return *found;
    });
}

QFuture<Status> EncryptedFileSecretStore::writeAsync(const QString &profileId, const QString &secret)
{
    return m_worker.run([this, profileId, secret]() -> Status {
        const QMutexLocker lock(&m_mutex);
        QHash<QString, QString> secrets = m_secrets;
        secrets.insert(profileId, secret);
        const Status written = persist(secrets);
        if (written)
            m_secrets = std::move(secrets);
        return written;
    });
}

QFuture<Status> EncryptedFileSecretStore::removeAsync(const QString &profileId)
{
    return m_worker.run([this, profileId]() -> Status {
        const QMutexLocker lock(&m_mutex);
        if (!m_secrets.contains(profileId))
            return Done{};
        QHash<QString, QString> secrets = m_secrets;
        secrets.remove(profileId);
        const Status written = persist(secrets);
        if (written)
            m_secrets = std::move(secrets);
        return written;
    });
}

} // namespace snapline
