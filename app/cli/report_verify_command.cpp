#include "report_verify_command.h"

#include "cli/exit_codes.h"
#include "console/display_format.h"
#include "report/report_verifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace snapline {

namespace {

// "SHA256:ab…" as verify prints it, from what a user may paste: with or
// without the prefix, in either case.
QString normalizedFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QStringLiteral("SHA256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    return QStringLiteral("SHA256:") + hex.toLower();
}

} // namespace

QString ReportVerifyCommand::helpText()
{
    return tr("Usage: snapline report verify PATH [--key-fingerprint FP]\n\n"
              "Checks a report (a file, a .zip, a CSV folder, or its manifest or signature) against its\n"
              "manifest: every file's SHA-256 and size, the files inside a .zip, files added to a report\n"
              "folder, and the signature. Prints one line per finding.\n\n"
              "  --key-fingerprint FP  the fingerprint (SHA256:…) of the key you trust: a report signed\n"
              "                        by another key, or not signed, does not pass\n\n"
              "Exit codes: 0 intact, 5 changed, missing or extra files, or a signature that is invalid,\n"
              "by another key or missing when --key-fingerprint is given, 1 no manifest could be read,\n"
              "2 bad arguments.\n");
}

int ReportVerifyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, {});
    const QCommandLineOption fingerprint(QStringLiteral("key-fingerprint"), {}, QStringLiteral("FP"));
    parser.addOptions({help, fingerprint});
    const QString usage = tr("Usage: snapline report verify PATH [--key-fingerprint FP]");
    if (!parser.parse(arguments.mid(1))) {
        err << parser.errorText() << Qt::endl << usage << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        out << helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments(); // "verify", PATH
    if (positional.size() != 2) {
        err << (positional.size() < 2 ? tr("Which report? Give its path.")
                                      : tr("Give one report to verify, not %1.").arg(positional.size() - 1))
            << Qt::endl
            << usage << Qt::endl;
        return ExitBadInput;
    }
    const QString trusted
            = parser.isSet(fingerprint) ? normalizedFingerprint(parser.value(fingerprint)) : QString();
    const auto verified = ReportVerifier::verify(positional[1], trusted);
    if (!verified) {
        err << verified.error().message << Qt::endl;
        return ExitFailure;
    }
    const ReportVerification &v = *verified;
    const ReportManifest &m = v.manifest;
    out << tr("Manifest: %1").arg(QDir::toNativeSeparators(v.manifestPath)) << Qt::endl
        << tr("Report: %1 (%2), %3, generated %4 by %5")
                    .arg(m.title, ReportText::formatTitle(m.format), m.scopeLabel, formatUtc(m.generatedAt),
                         m.generator)
        << Qt::endl;
    for (const QString &line : v.describe())
        out << line << Qt::endl;
    const bool unsignedButTrusted
            = !trusted.isEmpty() && v.signature == ReportVerification::Signature::Unsigned;
    if (unsignedButTrusted)
        out << tr("NOT SIGNED: the report cannot be by key %1.").arg(trusted) << Qt::endl;
    if (!v.changed.isEmpty() || !v.missing.isEmpty() || !v.extra.isEmpty()) {
        out << tr("The report is NOT as it was exported.") << Qt::endl;
        return ExitReportChanged;
    }
    if (!v.intact() || unsignedButTrusted) {
        out << tr("The files match the manifest, but the signature does not prove the report is as the "
                  "trusted key signed it.")
            << Qt::endl;
        return ExitReportChanged;
    }
    out << tr("The report is intact.") << Qt::endl;
    return ExitOk;
}

} // namespace snapline
