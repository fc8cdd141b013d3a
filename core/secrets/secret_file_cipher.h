#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace snapline {

// Seals and opens the bytes of an encrypted secrets file: AES-256-GCM with a
// key derived from a passphrase by scrypt, a random salt per file and a
// random nonce per write. The header (format, scrypt cost, salt and a check
// value of the key) is authenticated too, so a wrong passphrase and a changed
// file are told apart.
class SecretFileCipher
{
    Q_DECLARE_TR_FUNCTIONS(SecretFileCipher)

public:
    struct Cost
    {
        quint8 log2N = 15; // scrypt N = 2^15: 32 MiB and a fraction of a second
        quint8 r = 8;
        quint8 p = 1;
    };

    // A cipher for a new file: fresh salt, key from the passphrase.
    static Result<SecretFileCipher> create(const QString &passphrase, Cost cost);
    static Result<SecretFileCipher> create(const QString &passphrase) { return create(passphrase, Cost{}); }
    // The cipher of an existing file: its salt and cost, key from the
    // passphrase; SecretCode::WrongPassphrase when it does not open the file.
    static Result<SecretFileCipher> forFile(const QByteArray &file, const QString &passphrase);

    // The whole file for these plaintext bytes.
    Result<QByteArray> seal(const QByteArray &plaintext) const;
    // The plaintext of a file this cipher's key wrote; SecretCode::Damaged
    // when the file was changed or cut short.
    Result<QByteArray> open(const QByteArray &file) const;

private:
    SecretFileCipher() = default;
    static Result<SecretFileCipher> derive(const QString &passphrase, Cost cost, const QByteArray &salt);
    QByteArray header() const;

    Cost m_cost;
    QByteArray m_salt;
    QByteArray m_key;
    QByteArray m_check;
};

} // namespace snapline
