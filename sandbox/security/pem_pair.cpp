#include "security/pem_pair.h"

#include <QStringList>

#include <array>
#include <memory>
#include <utility>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace snapline::sandbox {

namespace {

template<auto Free>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<&EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;

// Qt's TLS backend shares this thread's OpenSSL error queue; leftovers from
// our calls would be misread as failures of its next handshake.
struct ErrorQueueScope
{
    ErrorQueueScope() { ERR_clear_error(); }
    ~ErrorQueueScope() { ERR_clear_error(); }
    ErrorQueueScope(const ErrorQueueScope &) = delete;
    ErrorQueueScope &operator=(const ErrorQueueScope &) = delete;
};

QString drainErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> text{};
        ERR_error_string_n(code, text.data(), text.size());
        parts << QString::fromLatin1(text.data());
    }
    return parts.isEmpty() ? QStringLiteral("unknown OpenSSL error") : parts.join(QStringLiteral("; "));
}

// Never let OpenSSL prompt on the terminal for a passphrase: an encrypted
// key simply counts as unusable.
int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

BioPtr readBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray drainBio(BIO *bio)
{
    QByteArray out(qsizetype(BIO_ctrl_pending(bio)), Qt::Uninitialized);
    const int read = BIO_read(bio, out.data(), int(out.size()));
    out.resize(qMax(read, 0));
    return out;
}

} // namespace

Result<PemPair> PemPair::makeForLocalhost(const QDateTime &now, int validityDays)
{
    const ErrorQueueScope errorQueue;
    const auto fail = [](const char *step) {
        return Result<PemPair>::failure(
                kGenerationFailed,
                tr("Cannot make the sandbox certificate (%1): %2").arg(QLatin1String(step), drainErrors()));
    };

    KeyContextPtr keyContext(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *rawKey = nullptr;
    if (!keyContext || EVP_PKEY_keygen_init(keyContext.get()) <= 0
        || EVP_PKEY_CTX_set_group_name(keyContext.get(), "P-256") <= 0
        || EVP_PKEY_generate(keyContext.get(), &rawKey) <= 0)
        return fail("P-256 key");
    const KeyPtr pkey(rawKey);

    const X509Ptr x509(X509_new());
    // 126 random bits in 16 octets, top bit clear and the next one set:
    // positive, never zero, within RFC 5280's 20 octets.
    std::array<unsigned char, 16> serialBytes{};
    if (!x509 || X509_set_version(x509.get(), X509_VERSION_3) != 1
        || RAND_bytes(serialBytes.data(), int(serialBytes.size())) != 1)
        return fail("serial");
    serialBytes[0] = (serialBytes[0] & 0x7f) | 0x40;
    const BignumPtr serial(BN_bin2bn(serialBytes.data(), int(serialBytes.size()), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x509.get())))
        return fail("serial");

    auto start = time_t(now.toSecsSinceEpoch());
    X509_NAME *name = X509_get_subject_name(x509.get());
    if (!X509_time_adj_ex(X509_getm_notBefore(x509.get()), 0, 0, &start)
        || !X509_time_adj_ex(X509_getm_notAfter(x509.get()), validityDays, 0, &start)
        || X509_set_pubkey(x509.get(), pkey.get()) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0)
                != 1
        || X509_set_issuer_name(x509.get(), name) != 1)
        return fail("subject");

    X509V3_CTX context;
    X509V3_set_ctx(&context, x509.get(), x509.get(), nullptr, nullptr, 0);
    // The subject key identifier must come before the authority one, which copies it.
    const std::array<std::pair<int, const char *>, 6> extensions{{
            {NID_basic_constraints, "critical,CA:FALSE"},
            {NID_key_usage, "critical,digitalSignature"},
            {NID_ext_key_usage, "serverAuth"},
            {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"},
            {NID_subject_key_identifier, "hash"},
            {NID_authority_key_identifier, "keyid:always"},
    }};
    for (const auto &[nid, value] : extensions) {
        const ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
        if (!extension || X509_add_ext(x509.get(), extension.get(), -1) != 1)
            return fail(OBJ_nid2sn(nid));
    }
    if (X509_sign(x509.get(), pkey.get(), EVP_sha256()) <= 0)
        return fail("signature");

    const BioPtr certOut(BIO_new(BIO_s_mem()));
    const BioPtr keyOut(BIO_new(BIO_s_mem()));
    if (!certOut || !keyOut || PEM_write_bio_X509(certOut.get(), x509.get()) != 1
        || PEM_write_bio_PrivateKey(keyOut.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail("PEM");
    return PemPair{drainBio(certOut.get()), drainBio(keyOut.get())};
}

// OpenSSL checks that the pair belongs together (Qt cannot tell); Qt then
// checks that it can serve it and that it is valid now.
PemPair::Checked PemPair::check(const QDateTime &now) const
{
    const ErrorQueueScope errorQueue;
    Checked out;
    const BioPtr certIn = readBio(certificate);
    const BioPtr keyIn = readBio(key);
    const X509Ptr x509(PEM_read_bio_X509(certIn.get(), nullptr, nullptr, nullptr));
    const KeyPtr pkey(PEM_read_bio_PrivateKey(keyIn.get(), nullptr, &refusePassphrase, nullptr));
    if (!x509) {
        out.problem = tr("the certificate file holds no readable PEM certificate");
        return out;
    }
    if (!pkey) {
        out.problem = tr("the key file holds no readable unencrypted PEM private key");
        return out;
    }
    if (X509_check_private_key(x509.get(), pkey.get()) != 1) {
        out.problem = tr("the private key does not belong to the certificate");
        return out;
    }
    const int keyType = EVP_PKEY_get_base_id(pkey.get());
    if (keyType != EVP_PKEY_EC && keyType != EVP_PKEY_RSA) {
        out.problem = tr("the key is neither EC nor RSA");
        return out;
    }

    out.certificate = QSslCertificate(certificate, QSsl::Pem);
    out.key = QSslKey(key, keyType == EVP_PKEY_EC ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (out.certificate.isNull() || out.key.isNull())
        out.problem = tr("Qt's TLS backend cannot read the certificate or its key");
    else if (now < out.certificate.effectiveDate())
        out.problem
                = tr("it is not valid before %1").arg(out.certificate.effectiveDate().toString(Qt::ISODate));
    else if (now >= out.certificate.expiryDate())
        out.problem = tr("it expired on %1").arg(out.certificate.expiryDate().toString(Qt::ISODate));
    return out;
}

} // namespace snapline::sandbox
