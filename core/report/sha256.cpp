#include "report/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

namespace snapline {

namespace {

constexpr qint64 kChunk = 1 << 20;

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_ctx, data, std::size_t(size));
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &size);
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
}

Result<std::pair<QString, qint64>> Sha256::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("report.read"),
                     QCoreApplication::translate("ReportManifest", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0)
            return Error{QStringLiteral("report.read"),
                         QCoreApplication::translate("ReportManifest", "Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString())};
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        total += n;
    }
    return std::pair{QString::fromLatin1(hash.hex()), total};
}

} // namespace snapline
