#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace snapline {

// An Ed25519 key that signs report manifests (through OpenSSL): one Snapline
// makes and keeps as a PEM file readable by the user only, or the user's own
// PEM private key. The key signs evidence; it grants no access to Atlas.
class ReportSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(ReportSigningKey)

public:
    // A new random key.
    static Result<ReportSigningKey> generate();
    // An unencrypted PKCS#8 PEM Ed25519 private key ("-----BEGIN PRIVATE
    // KEY-----", as `openssl genpkey -algorithm ed25519` writes it).
    static Result<ReportSigningKey> loadPem(const QString &path);
    // The key at `path`, made and saved there (mode 0600, folder 0700) when
    // there is none yet.
    static Result<ReportSigningKey> loadOrCreate(const QString &path);
    // Where Snapline keeps the key it makes: report-signing-key.pem in the
    // application's data folder ($XDG_DATA_HOME/Snapline/… on Linux).
    static QString defaultPath();

    // Saves the private key as PEM, readable and writable by the owner only.
    Status savePem(const QString &path) const;

    QByteArray publicKey() const; // the raw 32 bytes
    QString fingerprint() const;  // "SHA256:" + the hex SHA-256 of the raw public key
    Result<QByteArray> sign(const QByteArray &message) const;

    static QString fingerprintOf(const QByteArray &publicKey);
    // Whether `signature` is `publicKey`'s Ed25519 signature of `message`.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    explicit ReportSigningKey(std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace snapline
