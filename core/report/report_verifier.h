#pragma once

#include "report/report_manifest.h"

#include <QCoreApplication>
#include <QStringList>

namespace snapline {

// What checking a report against its manifest found.
struct ReportVerification
{
    enum class Signature {
        Unsigned,   // no signature file beside the manifest
        Valid,      // the manifest is signed and unchanged
        Invalid,    // the signature does not match the manifest (or cannot be read)
        UnknownKey, // valid, but by a key other than the one the caller trusts
    };

    // A file (or a file inside a .zip, "report.zip/schedule-clusters.csv")
    // whose content is not what the manifest says.
    struct Difference
    {
        QString path;
        QString expectedSha256;
        QString actualSha256; // empty when the file could not be read
        qint64 expectedSize = 0;
        qint64 actualSize = -1;

        bool operator==(const Difference &) const = default;
    };

    QString manifestPath;
    ReportManifest manifest;
    QStringList verified; // files that match
    QList<Difference> changed;
    QStringList missing; // listed but not there
    QStringList extra;   // there but not listed (inside a report folder or a .zip)
    Signature signature = Signature::Unsigned;
    QString keyFingerprint;   // of the key that signed, when the signature could be read
    QString signatureProblem; // why the signature is invalid, in words

    // Nothing changed, missing or extra, and no bad signature.
    bool intact() const
    {
        return changed.isEmpty() && missing.isEmpty() && extra.isEmpty() && signature != Signature::Invalid
                && signature != Signature::UnknownKey;
    }
    // One sentence per finding, for the command line and the GUI.
    QStringList describe() const;
};

// Checks an exported report against its manifest: every file's SHA-256 and
// size, the files inside a .zip, files added to a report folder, and the
// signature with the key that made it.
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)

public:
    // `path` is the report (a file, a .zip or a CSV folder), its manifest or
    // its signature. With `trustedFingerprint`, a valid signature by another
    // key is reported as UnknownKey. Fails ("report.verify") only when no
    // manifest can be found or read.
    static Result<ReportVerification> verify(const QString &path, const QString &trustedFingerprint = {});
    // The manifest that belongs to `path`, whether it exists or not.
    static QString manifestPathFor(const QString &path);
};

} // namespace snapline
