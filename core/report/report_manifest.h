#pragma once

#include "report/report_spec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace snapline {

// One file a report wrote, as the manifest lists it; a zip archive lists
// the files inside it too, so a change inside can be named.
struct ManifestFile
{
    QString path;   // relative to the manifest's folder, '/'-separated
    QString sha256; // lowercase hex
    qint64 size = 0;
    QList<ManifestFile> entries; // a .zip's files, by their names in the archive

    bool operator==(const ManifestFile &) const = default;
};

// The tamper evidence of one export: what was written, with the SHA-256 and
// size of every file, the spec it was made from and when. A folder report
// (CSV) keeps it inside as "manifest.json"; a one-file report (PDF, HTML,
// JSON, a CSV .zip) keeps it beside as "<file>.manifest.json". A signature,
// when there is one, sits next to it as "manifest.sig" / "<file>.manifest.sig".
struct ReportManifest
{
    Q_DECLARE_TR_FUNCTIONS(ReportManifest)

public:
    static constexpr int kVersion = 1;
    enum class Layout { File, Folder };

    Layout layout = Layout::File;
    QString generator; // "Snapline 0.1.0"
    QDateTime generatedAt;
    ReportSpec spec;
    ReportFormat format = ReportFormat::Pdf;
    QString title;
    QString scopeLabel;
    QList<ManifestFile> files; // by path

    // Indented JSON with sorted keys: the same manifest gives the same bytes.
    QByteArray toJson() const;
    static Result<ReportManifest> fromJson(const QByteArray &json);

    // Hashes each of `files` (absolute paths under `root`); a ".zip" also gets
    // its entries hashed.
    static Result<QList<ManifestFile>> describe(const QString &root, const QStringList &files,
                                                const std::atomic_bool *cancel = nullptr);
    // A file's SHA-256 in lowercase hex, and its size.
    static Result<std::pair<QString, qint64>> hashFile(const QString &path);

    static QString manifestName(Layout layout,
                                const QString &outputName); // "manifest.json" / "x.pdf.manifest.json"
    // "…/manifest.json" → "…/manifest.sig"; "x.pdf.manifest.json" → "x.pdf.manifest.sig".
    static QString signaturePathFor(const QString &manifestPath);
};

} // namespace snapline
