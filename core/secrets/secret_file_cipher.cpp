#include "secrets/secret_file_cipher.h"

#include "secrets/secret_store.h"

#include <memory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace snapline {

namespace {

constexpr char kMagic[] = {'S', 'N', 'L', 'S', 'E', 'C', '\0', '\1'};
constexpr int kMagicSize = int(sizeof kMagic);
constexpr int kSaltSize = 16;
constexpr int kCheckSize = 32;
constexpr int kHeaderSize = kMagicSize + 3 + kSaltSize + kCheckSize;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
constexpr quint64 kMaxScryptMemory = quint64(256) << 20;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray randomBytes(int count)
{
    QByteArray data(count, '\0');
    if (RAND_bytes(bytes(data), count) != 1)
        return {};
    return data;
}

quint64 scryptMemory(const SecretFileCipher::Cost &cost)
{
    return quint64(128) * cost.r * ((quint64(1) << cost.log2N) + cost.p + 2);
}

bool reasonable(const SecretFileCipher::Cost &cost)
{
    return cost.log2N >= 10 && cost.log2N <= 22 && cost.r >= 1 && cost.r <= 32 && cost.p >= 1 && cost.p <= 16
            && scryptMemory(cost) <= kMaxScryptMemory;
}

Error damaged()
{
    return {SecretCode::Damaged,
            SecretFileCipher::tr(
                    "The secrets file was changed or damaged after Snapline wrote it; its secrets "
                    "cannot be trusted.")};
}

Error cryptoFailed()
{
    return {SecretCode::Failed, SecretFileCipher::tr("The encryption library failed.")};
}

} // namespace

Result<SecretFileCipher> SecretFileCipher::derive(const QString &passphrase, Cost cost,
                                                  const QByteArray &salt)
{
    QByteArray secret = passphrase.toUtf8();
    QByteArray derived(2 * kKeySize, '\0');
    const int ok = EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), bytes(salt), size_t(salt.size()),
                                  quint64(1) << cost.log2N, cost.r, cost.p, kMaxScryptMemory + (1 << 20),
                                  bytes(derived), size_t(derived.size()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (ok != 1)
        return cryptoFailed();
    SecretFileCipher cipher;
    cipher.m_cost = cost;
    cipher.m_salt = salt;
    cipher.m_key = derived.left(kKeySize);
    // A hash of the other half tells a wrong passphrase from a changed file
    // without revealing anything about the encryption key.
    cipher.m_check = QByteArray(kCheckSize, '\0');
    SHA256(bytes(derived) + kKeySize, kKeySize, bytes(cipher.m_check));
    OPENSSL_cleanse(derived.data(), size_t(derived.size()));
    return cipher;
}

Result<SecretFileCipher> SecretFileCipher::create(const QString &passphrase, Cost cost)
{
    if (!reasonable(cost))
        return cryptoFailed();
    const QByteArray salt = randomBytes(kSaltSize);
    if (salt.isEmpty())
        return cryptoFailed();
    return derive(passphrase, cost, salt);
}

Result<SecretFileCipher> SecretFileCipher::forFile(const QByteArray &file, const QString &passphrase)
{
    if (file.size() < kHeaderSize + kNonceSize + kTagSize || !file.startsWith(QByteArray(kMagic, kMagicSize)))
        return damaged();
    const Cost cost{quint8(file.at(kMagicSize)), quint8(file.at(kMagicSize + 1)),
                    quint8(file.at(kMagicSize + 2))};
    if (!reasonable(cost))
        return damaged();
    auto cipher = derive(passphrase, cost, file.mid(kMagicSize + 3, kSaltSize));
    if (!cipher)
        return cipher;
    const QByteArray check = file.mid(kMagicSize + 3 + kSaltSize, kCheckSize);
    if (CRYPTO_memcmp(check.constData(), cipher->m_check.constData(), kCheckSize) != 0)
        return Error{SecretCode::WrongPassphrase, tr("The passphrase does not open the secrets file.")};
    return cipher;
}

QByteArray SecretFileCipher::header() const
{
    QByteArray header(kMagic, kMagicSize);
    header.append(char(m_cost.log2N)).append(char(m_cost.r)).append(char(m_cost.p));
    header.append(m_salt).append(m_check);
    return header;
}

Result<QByteArray> SecretFileCipher::seal(const QByteArray &plaintext) const
{
    const QByteArray head = header();
    const QByteArray nonce = randomBytes(kNonceSize);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray sealed(plaintext.size() + kTagSize, '\0');
    int length = 0;
    int tail = 0;
    if (nonce.isEmpty() || !context
        || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(head), int(head.size())) != 1
        || EVP_EncryptUpdate(context.get(), bytes(sealed), &length, bytes(plaintext), int(plaintext.size()))
                != 1
        || EVP_EncryptFinal_ex(context.get(), bytes(sealed) + length, &tail) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, bytes(sealed) + length + tail)
                != 1)
        return cryptoFailed();
    return QByteArray(head + nonce + sealed);
}

Result<QByteArray> SecretFileCipher::open(const QByteArray &file) const
{
    const QByteArray head = header();
    if (file.size() < kHeaderSize + kNonceSize + kTagSize || !file.startsWith(head))
        return damaged();
    const QByteArray nonce = file.mid(kHeaderSize, kNonceSize);
    QByteArray tag = file.right(kTagSize);
    const QByteArray ciphertext
            = file.mid(kHeaderSize + kNonceSize, file.size() - kHeaderSize - kNonceSize - kTagSize);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plaintext(ciphertext.size(), '\0');
    int length = 0;
    int tail = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(head), int(head.size())) != 1
        || EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(ciphertext),
                             int(ciphertext.size()))
                != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        return cryptoFailed();
    if (EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + length, &tail) != 1)
        return damaged(); // the tag does not match: changed after it was written
    plaintext.truncate(length + tail);
    return plaintext;
}

} // namespace snapline
