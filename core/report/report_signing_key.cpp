#include "report/report_signing_key.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

namespace snapline {

namespace {

constexpr std::size_t kPublicKeySize = 32;
constexpr std::size_t kSignatureSize = 64;

Error keyError(const QString &message)
{
    return Error{QStringLiteral("report.key"), message};
}

std::shared_ptr<EVP_PKEY> own(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

// Writes `bytes` to `path` through a new file created with mode 0600 and
// renamed into place, so the key is never readable by others, not even for
// a moment.
Status writePrivate(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) { // a folder made for the key is the user's alone
        if (!QDir().mkpath(folder))
            return keyError(ReportSigningKey::tr("Cannot make the folder %1.").arg(folder));
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray temp = QFile::encodeName(path + QStringLiteral(".new"));
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return keyError(ReportSigningKey::tr("Cannot write %1: %2")
                                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::fchmod(fd, S_IRUSR | S_IWUSR); // in case the file was there already
    const bool written
            = ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    const int writeErrno = errno;
    ::close(fd);
    if (!written || std::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(written ? errno : writeErrno));
        ::unlink(temp.constData());
        return keyError(ReportSigningKey::tr("Cannot write %1: %2").arg(path, reason));
    }
    return Done{};
}

} // namespace

ReportSigningKey::ReportSigningKey(std::shared_ptr<evp_pkey_st> key)
    : m_key(std::move(key))
{}

Result<ReportSigningKey> ReportSigningKey::generate()
{
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return keyError(tr("OpenSSL could not make an Ed25519 key."));
    return ReportSigningKey(own(key));
}

Result<ReportSigningKey> ReportSigningKey::loadPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(tr("Cannot read the signing key %1: %2").arg(path, file.errorString()));
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    // An empty passphrase callback: an encrypted key fails instead of prompting.
    EVP_PKEY *key = PEM_read_bio_PrivateKey(
            bio, nullptr, [](char *, int, int, void *) { return 0; }, nullptr);
    BIO_free(bio);
    if (!key)
        return keyError(
                tr("%1 holds no readable PEM private key (an encrypted key needs its passphrase removed "
                   "first).")
                        .arg(path));
    auto owned = own(key);
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        return keyError(
                tr("The key in %1 is not an Ed25519 key; reports are signed with Ed25519 (make one with "
                   "\"openssl genpkey -algorithm ed25519\").")
                        .arg(path));
    return ReportSigningKey(owned);
}

Result<ReportSigningKey> ReportSigningKey::loadOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return loadPem(path);
    auto key = generate();
    if (!key)
        return key;
    if (auto saved = key->savePem(path); !saved)
        return saved.error();
    return key;
}

QString ReportSigningKey::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("report-signing-key.pem"));
}

Status ReportSigningKey::savePem(const QString &path) const
{
    BIO *bio = BIO_new(BIO_s_mem());
    const bool ok = PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem = ok ? QByteArray(data, size) : QByteArray();
    BIO_free(bio);
    if (!ok)
        return keyError(tr("OpenSSL could not write the key."));
    return writePrivate(path, pem);
}

QByteArray ReportSigningKey::publicKey() const
{
    QByteArray out(kPublicKeySize, Qt::Uninitialized);
    std::size_t size = kPublicKeySize;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(out.data()), &size) != 1)
        return {};
    out.resize(qsizetype(size));
    return out;
}

QString ReportSigningKey::fingerprint() const
{
    return fingerprintOf(publicKey());
}

QString ReportSigningKey::fingerprintOf(const QByteArray &publicKey)
{
    return QStringLiteral("SHA256:")
            + QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> ReportSigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    std::size_t size = kSignatureSize;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) == 1
            && EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size,
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              std::size_t(message.size()))
                    == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return keyError(tr("OpenSSL could not sign the manifest."));
    signature.resize(qsizetype(size));
    return signature;
}

bool ReportSigningKey::verify(const QByteArray &publicKey, const QByteArray &message,
                              const QByteArray &signature)
{
    if (publicKey.size() != qsizetype(kPublicKeySize) || signature.size() != qsizetype(kSignatureSize))
        return false;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()),
            std::size_t(publicKey.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1
            && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                std::size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(message.constData()),
                                std::size_t(message.size()))
                    == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace snapline
