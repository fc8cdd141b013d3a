#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

namespace snapline::sandbox {

// The sandbox's TLS identity for 127.0.0.1: made once, kept in the data dir so
// the fingerprint the console pins stays the same across restarts.
class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)

public:
    enum class Origin {
        Loaded,      // both files were there and usable
        Created,     // there was nothing yet
        Regenerated, // the files were there but unusable; note() says why
    };

    static inline const QString kCertificateFile = QStringLiteral("sandbox-cert.pem");
    static inline const QString kKeyFile = QStringLiteral("sandbox-key.pem");
    static constexpr int kValidityDays = 825;

    // Error codes of loadOrCreate(), besides PemPair::kGenerationFailed.
    static inline const QString kDirUnusable = QStringLiteral("SANDBOX_CERT_DIR_UNUSABLE");
    static inline const QString kWriteFailed = QStringLiteral("SANDBOX_CERT_WRITE_FAILED");

    // `clock` decides validity and expiry. TLS peers judge the certificate by
    // wall time, so production passes the system clock, never the sandbox's
    // scaled demo clock.
    static Result<SelfSignedCertificate> loadOrCreate(const QString &dataDir,
                                                      const std::shared_ptr<const Clock> &clock
                                                      = Clock::system());

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    // "AB:CD:…": SHA-256 of the DER, as `openssl x509 -fingerprint -sha256` prints it.
    QString sha256Fingerprint() const;
    QString certificatePath() const { return m_certificatePath; }
    QString keyPath() const { return m_keyPath; }
    Origin origin() const { return m_origin; }
    // Human explanation of a creation or regeneration; empty when loaded.
    QString note() const { return m_note; }

private:
    SelfSignedCertificate() = default;

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_certificatePath;
    QString m_keyPath;
    Origin m_origin = Origin::Loaded;
    QString m_note;
};

} // namespace snapline::sandbox
