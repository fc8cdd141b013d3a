#include "report/report_exporter.h"

#include "report/report_files.h"
#include "report/report_manifest.h"
#include "report/report_signature.h"
#include "report/report_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace snapline {

namespace {

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        return ReportFiles::writeError(path, file.errorString());
    return Done{};
}

std::optional<ReportSigningKey> noKey()
{
    return std::nullopt;
}

Result<std::optional<ReportSigningKey>> signingKey(const ReportSigning &signing)
{
    switch (signing.mode) {
    case ReportSigning::Mode::None:
        return noKey();
    case ReportSigning::Mode::SnaplineKey: {
        auto key = ReportSigningKey::loadOrCreate(signing.keyPath.isEmpty() ? ReportSigningKey::defaultPath()
                                                                            : signing.keyPath);
        if (!key)
            return key.error();
        return std::optional(*key);
    }
    case ReportSigning::Mode::PemFile: {
        auto key = ReportSigningKey::loadPem(signing.keyPath);
        if (!key)
            return key.error();
        return std::optional(*key);
    }
    }
    return noKey();
}

QString generator()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("Snapline") : QStringLiteral("Snapline ") + version;
}

struct Staged
{
    QString output;    // the report in the staging folder
    QString manifest;  // its manifest there
    QString signature; // its signature there, or empty
};

// Moves the staged report, manifest and signature into place; on a failure
// half way takes back what was already moved.
Status commit(const Staged &staged, const QString &destination, bool folder, ReportOutput &out)
{
    const QString manifestName = QFileInfo(staged.manifest).fileName();
    const QString dir = QFileInfo(destination).absolutePath();
    if (auto moved = ReportFiles::moveIntoPlace(staged.output, destination); !moved)
        return moved;
    out.manifestPath = folder ? QDir(destination).filePath(manifestName) : QDir(dir).filePath(manifestName);
    const QString signaturePath = ReportManifest::signaturePathFor(out.manifestPath);
    if (!folder) {
        Status moved = ReportFiles::moveIntoPlace(staged.manifest, out.manifestPath);
        if (moved && !staged.signature.isEmpty())
            moved = ReportFiles::moveIntoPlace(staged.signature, signaturePath);
        if (!moved) {
            ReportFiles::remove(destination);
            ReportFiles::remove(out.manifestPath);
            return moved;
        }
        if (staged.signature.isEmpty())
            QFile::remove(signaturePath); // an earlier export's signature would not match
    }
    out.signaturePath = staged.signature.isEmpty() ? QString() : signaturePath;
    return Done{};
}

} // namespace

bool ReportExporter::writesFolder(ReportFormat format, const QString &path)
{
    return format == ReportFormat::Csv && !path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)
            && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
}

Result<ReportOutput> ReportExporter::write(const ReportDocument &document, ReportFormat format,
                                           const QString &path, const ReportSigning &signing,
                                           const std::atomic_bool *cancel, const Progress &progress)
{
    const std::unique_ptr<ReportWriter> writer = ReportWriter::forFormat(format);
    if (!writer)
        return Error{
                QStringLiteral("report.format"),
                tr("This build of Snapline cannot write %1 reports.").arg(ReportText::formatTitle(format))};
    auto key = signingKey(signing); // before anything is written: a bad key writes nothing
    if (!key)
        return key.error();
    const QString destination = QFileInfo(path).absoluteFilePath();
    const bool folder = writesFolder(format, destination);
    auto staging = ReportFiles::makeStaging(destination);
    if (!staging)
        return staging.error();

    ReportOutput out;
    out.path = destination;
    Staged staged;
    staged.output = QDir(*staging).filePath(QFileInfo(destination).fileName());
    const auto fail = [&](const Error &error) -> Result<ReportOutput> {
        ReportFiles::remove(*staging);
        return error;
    };
    const auto scaled = [&](int percent) {
        if (progress)
            progress(percent * 90 / 100);
    };
    auto written = writer->write(document, staged.output, cancel, scaled);
    if (!written)
        return fail(written.error());
    if (cancel && cancel->load())
        return fail(ReportFiles::cancelled());

    ReportManifest manifest;
    manifest.layout = folder ? ReportManifest::Layout::Folder : ReportManifest::Layout::File;
    manifest.generator = generator();
    manifest.generatedAt = document.spec.generatedAt;
    manifest.spec = document.spec;
    manifest.format = format;
    manifest.title = document.title;
    manifest.scopeLabel = document.scopeLabel;
    const QString manifestDir = folder ? staged.output : *staging;
    auto files = ReportManifest::describe(manifestDir, *written, cancel);
    if (!files)
        return fail(files.error());
    manifest.files = *files;
    staged.manifest = QDir(manifestDir)
                              .filePath(ReportManifest::manifestName(manifest.layout,
                                                                     QFileInfo(destination).fileName()));
    const QByteArray manifestBytes = manifest.toJson();
    if (auto saved = writeBytes(staged.manifest, manifestBytes); !saved)
        return fail(saved.error());
    if (*key) {
        auto signature = ReportSignature::make(**key, QFileInfo(staged.manifest).fileName(), manifestBytes);
        if (!signature)
            return fail(signature.error());
        staged.signature = ReportManifest::signaturePathFor(staged.manifest);
        if (auto saved = writeBytes(staged.signature, signature->toJson()); !saved)
            return fail(saved.error());
        out.keyFingerprint = (*key)->fingerprint();
    }
    if (cancel && cancel->load())
        return fail(ReportFiles::cancelled());
    if (progress)
        progress(95);
    if (auto committed = commit(staged, destination, folder, out); !committed)
        return fail(committed.error());
    ReportFiles::remove(*staging);
    const QDir finalDir = folder ? QDir(destination) : QFileInfo(destination).absoluteDir();
    for (const ManifestFile &f : std::as_const(manifest.files)) {
        out.files << finalDir.filePath(f.path);
        out.bytes += f.size;
    }
    if (progress)
        progress(100);
    return out;
}

} // namespace snapline
