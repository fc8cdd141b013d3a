#pragma once

#include "report/report_document.h"
#include "report/report_spec.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace snapline {

// How an export is signed.
struct ReportSigning
{
    enum class Mode {
        None,        // a manifest only
        SnaplineKey, // the key Snapline makes and keeps (ReportSigningKey::loadOrCreate)
        PemFile,     // the user's own Ed25519 PEM private key
    };

    Mode mode = Mode::None;
    QString keyPath; // PemFile: the key; SnaplineKey: where it lives (empty: ReportSigningKey::defaultPath())

    static ReportSigning none() { return {}; }
    static ReportSigning snaplineKey(const QString &path = {}) { return {Mode::SnaplineKey, path}; }
    static ReportSigning pemFile(const QString &path) { return {Mode::PemFile, path}; }
};

// What an export wrote.
struct ReportOutput
{
    QString path;          // the report: a file, a .zip or a folder
    QStringList files;     // every file of the report, absolute
    QString manifestPath;  // absolute
    QString signaturePath; // absolute; empty when unsigned
    QString keyFingerprint;
    qint64 bytes = 0; // the report's files together
};

// Writes a ReportDocument in a format with its manifest (and signature):
// everything goes to a hidden staging folder next to `path` first and is
// moved into place only when complete, so a failure, a full disk or a cancel
// leaves nothing behind and an earlier export at `path` untouched.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    using Progress = std::function<void(int percent)>;

    static Result<ReportOutput> write(const ReportDocument &document, ReportFormat format,
                                      const QString &path, const ReportSigning &signing = {},
                                      const std::atomic_bool *cancel = nullptr,
                                      const Progress &progress = {});

    // Whether `format` written to `path` is a folder of files (CSV not to
    // a .zip or .csv) rather than one file.
    static bool writesFolder(ReportFormat format, const QString &path);
};

} // namespace snapline
