#include "report/report_verifier.h"

#include "report/report_signature.h"
#include "report/zip_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace snapline {

namespace {

Error verifyError(const QString &message)
{
    return Error{QStringLiteral("report.verify"), message};
}

// The files inside a .zip against the manifest's list of them.
void checkEntries(const QString &zipPath, const ManifestFile &listed, ReportVerification &out)
{
    const auto zip = ZipReader::open(zipPath);
    if (!zip) {
        out.changed << ReportVerification::Difference{listed.path, listed.sha256, {}, listed.size, -1};
        return;
    }
    QSet<QString> seen;
    for (const ZipReader::Entry &e : zip->entries()) {
        seen.insert(e.name);
        const QString name = listed.path + u'/' + e.name;
        const auto expected = std::find_if(listed.entries.cbegin(), listed.entries.cend(),
                                           [&](const ManifestFile &m) { return m.path == e.name; });
        if (expected == listed.entries.cend()) {
            out.extra << name;
            continue;
        }
        const auto actual = zip->sha256(e);
        if (!actual) {
            out.changed << ReportVerification::Difference{
                    name, expected->sha256, {}, expected->size, qint64(e.size)};
        } else if (QString::fromLatin1(actual->first) != expected->sha256
                   || actual->second != expected->size) {
            out.changed << ReportVerification::Difference{name, expected->sha256,
                                                          QString::fromLatin1(actual->first), expected->size,
                                                          actual->second};
        }
    }
    for (const ManifestFile &m : listed.entries) {
        if (!seen.contains(m.path))
            out.missing << listed.path + u'/' + m.path;
    }
}

void checkFiles(const QDir &root, ReportVerification &out)
{
    for (const ManifestFile &listed : std::as_const(out.manifest.files)) {
        const QString path = root.filePath(listed.path);
        if (!QFileInfo(path).isFile()) {
            out.missing << listed.path;
            continue;
        }
        const auto actual = ReportManifest::hashFile(path);
        if (!actual) {
            out.changed << ReportVerification::Difference{listed.path, listed.sha256, {}, listed.size, -1};
            continue;
        }
        if (actual->first == listed.sha256 && actual->second == listed.size) {
            out.verified << listed.path;
            continue;
        }
        if (!listed.entries.isEmpty()) {
            const qsizetype before = out.changed.size() + out.missing.size() + out.extra.size();
            checkEntries(path, listed, out);
            if (out.changed.size() + out.missing.size() + out.extra.size() > before)
                continue; // the archive's changes are named entry by entry
        }
        out.changed << ReportVerification::Difference{listed.path, listed.sha256, actual->first, listed.size,
                                                      actual->second};
    }
}

void findExtra(const QDir &root, const QString &manifestPath, ReportVerification &out)
{
    QSet<QString> known{QFileInfo(manifestPath).fileName(),
                        QFileInfo(ReportManifest::signaturePathFor(manifestPath)).fileName()};
    for (const ManifestFile &f : std::as_const(out.manifest.files))
        known.insert(f.path);
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!known.contains(relative))
            out.extra << relative;
    }
    out.extra.sort();
}

void checkSignature(const QString &manifestPath, const QByteArray &manifestBytes, const QString &trusted,
                    ReportVerification &out)
{
    QFile file(ReportManifest::signaturePathFor(manifestPath));
    if (!file.exists()) {
        out.signature = ReportVerification::Signature::Unsigned;
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.signature = ReportVerification::Signature::Invalid;
        out.signatureProblem
                = ReportVerifier::tr("the signature file cannot be read: %1").arg(file.errorString());
        return;
    }
    const auto signature = ReportSignature::fromJson(file.readAll());
    if (!signature) {
        out.signature = ReportVerification::Signature::Invalid;
        out.signatureProblem = signature.error().message;
        return;
    }
    out.keyFingerprint = signature->fingerprint();
    if (!signature->verifies(manifestBytes)) {
        out.signature = ReportVerification::Signature::Invalid;
        out.signatureProblem = ReportVerifier::tr("the manifest is not the one that was signed");
        return;
    }
    out.signature = !trusted.isEmpty() && trusted.compare(out.keyFingerprint, Qt::CaseInsensitive) != 0
            ? ReportVerification::Signature::UnknownKey
            : ReportVerification::Signature::Valid;
}

} // namespace

QString ReportVerifier::manifestPathFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QStringLiteral("manifest.json"));
    const QString absolute = info.absoluteFilePath();
    if (info.fileName() == u"manifest.json" || absolute.endsWith(QStringLiteral(".manifest.json")))
        return absolute;
    if (info.fileName() == u"manifest.sig" || absolute.endsWith(QStringLiteral(".manifest.sig")))
        return absolute.chopped(4) + QStringLiteral(".json");
    return absolute + QStringLiteral(".manifest.json");
}

Result<ReportVerification> ReportVerifier::verify(const QString &path, const QString &trustedFingerprint)
{
    ReportVerification out;
    out.manifestPath = manifestPathFor(path);
    QFile file(out.manifestPath);
    if (!file.exists())
        return verifyError(
                tr("No manifest for %1: %2 does not exist, so there is nothing to check against.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(out.manifestPath)));
    if (!file.open(QIODevice::ReadOnly))
        return verifyError(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(out.manifestPath), file.errorString()));
    const QByteArray bytes = file.readAll();
    checkSignature(out.manifestPath, bytes, trustedFingerprint, out);
    auto manifest = ReportManifest::fromJson(bytes);
    if (!manifest)
        return verifyError(manifest.error().message);
    out.manifest = std::move(manifest).value();
    const QDir root = QFileInfo(out.manifestPath).absoluteDir();
    checkFiles(root, out);
    if (out.manifest.layout == ReportManifest::Layout::Folder)
        findExtra(root, out.manifestPath, out);
    return out;
}

QStringList ReportVerification::describe() const
{
    QStringList out;
    for (const Difference &d : changed) {
        out << (d.actualSha256.isEmpty()
                        ? ReportVerifier::tr("CHANGED %1: it cannot be read (expected SHA-256 %2, %3 bytes)")
                                  .arg(d.path, d.expectedSha256)
                                  .arg(d.expectedSize)
                        : ReportVerifier::tr("CHANGED %1: SHA-256 %2 (%3 bytes), expected %4 (%5 bytes)")
                                  .arg(d.path, d.actualSha256)
                                  .arg(d.actualSize)
                                  .arg(d.expectedSha256)
                                  .arg(d.expectedSize));
    }
    for (const QString &m : missing)
        out << ReportVerifier::tr("MISSING %1").arg(m);
    for (const QString &e : extra)
        out << ReportVerifier::tr("EXTRA %1: not in the manifest").arg(e);
    switch (signature) {
    case Signature::Unsigned:
        out << ReportVerifier::tr("The manifest is not signed.");
        break;
    case Signature::Valid:
        out << ReportVerifier::tr("The signature is valid, by key %1.").arg(keyFingerprint);
        break;
    case Signature::Invalid:
        out << ReportVerifier::tr("The signature is INVALID: %1.").arg(signatureProblem);
        break;
    case Signature::UnknownKey:
        out << ReportVerifier::tr("The signature is valid but by key %1, not the trusted one.")
                        .arg(keyFingerprint);
        break;
    }
    if (intact())
        out << ReportVerifier::tr("All %n file(s) match the manifest.", nullptr, int(verified.size()));
    return out;
}

} // namespace snapline
