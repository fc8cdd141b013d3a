#pragma once

#include "report/report_signing_key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace snapline {

// A manifest's detached Ed25519 signature, as the ".sig" file beside it
// keeps it (JSON): over the manifest file's exact bytes, with the public key
// that checks it and that key's fingerprint.
struct ReportSignature
{
    Q_DECLARE_TR_FUNCTIONS(ReportSignature)

public:
    QString signedFile;   // the manifest's file name
    QByteArray publicKey; // raw, 32 bytes
    QByteArray signature; // raw, 64 bytes

    QString fingerprint() const { return ReportSigningKey::fingerprintOf(publicKey); }
    bool verifies(const QByteArray &manifestBytes) const
    {
        return ReportSigningKey::verify(publicKey, manifestBytes, signature);
    }

    static Result<ReportSignature> make(const ReportSigningKey &key, const QString &signedFile,
                                        const QByteArray &manifestBytes);
    QByteArray toJson() const;
    static Result<ReportSignature> fromJson(const QByteArray &json);
};

} // namespace snapline
