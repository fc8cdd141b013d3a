#include "security/self_signed_certificate.h"

#include "security/pem_pair.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>
#include <utility>

namespace snapline::sandbox {

namespace {

using Self = SelfSignedCertificate;

Status makePrivateDir(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return Done{};
    if (info.exists())
        return Status::failure(
                Self::kDirUnusable,
                Self::tr("The sandbox data directory %1 exists but is not a directory.").arg(dir));
    // Only the last level is ours to lock down; parents are the user's.
    const QFileInfo parent(info.absolutePath());
    if (!QDir().mkpath(parent.absoluteFilePath())
        || !QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Status::failure(Self::kDirUnusable,
                               Self::tr("Cannot create the sandbox data directory %1.").arg(dir));
    return Done{};
}

// Atomic, so a crash or a full disk never leaves half a key behind.
Status writeFile(const QString &path, const QByteArray &data, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Self::kWriteFailed,
                               Self::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Restricted before the secret goes in, not after.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(
                Self::kWriteFailed,
                Self::tr("Cannot make %1 readable by its owner only: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return Status::failure(Self::kWriteFailed,
                               Self::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

std::optional<QByteArray> readFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Self::tr("%1 cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

Result<SelfSignedCertificate> SelfSignedCertificate::loadOrCreate(const QString &dataDir,
                                                                  const std::shared_ptr<const Clock> &clock)
{
    const QDateTime now = clock->now();
    SelfSignedCertificate self;
    const QString dir = QDir::cleanPath(dataDir);
    self.m_certificatePath = dir + u'/' + kCertificateFile;
    self.m_keyPath = dir + u'/' + kKeyFile;

    const bool certExists = QFileInfo::exists(self.m_certificatePath);
    const bool keyExists = QFileInfo::exists(self.m_keyPath);
    QString problem;
    if (certExists != keyExists) {
        problem = certExists ? tr("the key file is missing") : tr("the certificate file is missing");
    } else if (certExists) {
        const auto certPem = readFile(self.m_certificatePath, &problem);
        const auto keyPem = certPem ? readFile(self.m_keyPath, &problem) : std::nullopt;
        if (certPem && keyPem) {
            PemPair::Checked loaded = PemPair{*certPem, *keyPem}.check(now);
            if (loaded.problem.isEmpty()) {
                self.m_certificate = std::move(loaded.certificate);
                self.m_key = std::move(loaded.key);
                return self;
            }
            problem = std::move(loaded.problem);
        }
    }

    if (Status made = makePrivateDir(dir); !made)
        return made.error();
    const Result<PemPair> pem = PemPair::makeForLocalhost(now, kValidityDays);
    if (!pem)
        return pem.error();
    // Key first: a crash between the two leaves a pair that does not match,
    // which the next start detects and replaces.
    if (Status written = writeFile(self.m_keyPath, pem->key, true); !written)
        return written.error();
    if (Status written = writeFile(self.m_certificatePath, pem->certificate, false); !written)
        return written.error();

    PemPair::Checked fresh = pem->check(now);
    if (!fresh.problem.isEmpty())
        return Result<SelfSignedCertificate>::failure(
                PemPair::kGenerationFailed,
                tr("The new sandbox certificate is unusable: %1.").arg(fresh.problem));
    self.m_certificate = std::move(fresh.certificate);
    self.m_key = std::move(fresh.key);
    if (!certExists && !keyExists) {
        self.m_origin = Origin::Created;
        self.m_note = tr("Created a self-signed certificate for the sandbox in %1.").arg(dir);
    } else {
        self.m_origin = Origin::Regenerated;
        self.m_note = tr("Replaced the sandbox certificate in %1: %2.").arg(dir, problem);
    }
    return self;
}

QString SelfSignedCertificate::sha256Fingerprint() const
{
    return QString::fromLatin1(
            QCryptographicHash::hash(m_certificate.toDer(), QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace snapline::sandbox
