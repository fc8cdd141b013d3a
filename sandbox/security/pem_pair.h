#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

namespace snapline::sandbox {

// A certificate and its private key as PEM text. The one place the sandbox
// calls OpenSSL itself: Qt can load certificates but cannot make them.
struct PemPair
{
    Q_DECLARE_TR_FUNCTIONS(PemPair)

public:
    static inline const QString kGenerationFailed = QStringLiteral("SANDBOX_CERT_GENERATION_FAILED");

    // The pair as Qt serves it, or why it cannot be served at `now`.
    struct Checked
    {
        QSslCertificate certificate;
        QSslKey key;
        QString problem; // empty when usable
    };

    QByteArray certificate;
    QByteArray key; // unencrypted PKCS#8

    // A fresh EC P-256 key and a self-signed X.509 v3 server certificate for
    // localhost and 127.0.0.1, SHA-256 signed, valid from `now`.
    static Result<PemPair> makeForLocalhost(const QDateTime &now, int validityDays);

    Checked check(const QDateTime &now) const;
};

} // namespace snapline::sandbox
