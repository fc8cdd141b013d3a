#include "report_arguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace snapline {

namespace {

Error badInput(const QString &message)
{
    return Error{QStringLiteral("report.arguments"), message};
}

// The format an output path's extension names, when it names one.
std::optional<ReportFormat> formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ReportFormat::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return ReportFormat::Html;
    if (suffix == u"json")
        return ReportFormat::Json;
    if (suffix == u"csv" || suffix == u"zip")
        return ReportFormat::Csv;
    return std::nullopt;
}

QStringList names(const QList<ReportKind> &kinds)
{
    QStringList out;
    for (const ReportKind kind : kinds)
        out << toString(kind);
    return out;
}

QStringList names(const QList<ReportFormat> &formats)
{
    QStringList out;
    for (const ReportFormat format : formats)
        out << toString(format);
    return out;
}

} // namespace

std::optional<QDateTime> ReportArgumentReader::parseMoment(const QString &text, bool endOfDay,
                                                           const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"now", Qt::CaseInsensitive) == 0)
        return now.toUTC();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    }
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid() || !trimmed.contains(u'T'))
        return std::nullopt;
    // A time without an offset is read as UTC, like every time in a report.
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeSpec(Qt::UTC);
    return moment.toUTC();
}

QString ReportArgumentReader::usage()
{
    return tr("Usage: snapline report --profile NAME --kind KIND [--scope SCOPE] --from DATE [--to DATE] "
              "--out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] [--sync]\n"
              "       snapline report verify PATH [--key-fingerprint FP]");
}

QString ReportArgumentReader::helpText()
{
    return usage() + u"\n\n"
            + tr("Writes a backup report from the profile's catalog, with a manifest of SHA-256 hashes (and "
                 "an "
                 "Ed25519 signature with --sign), without a display and without asking anything.\n\n"
                 "  --profile NAME   a saved profile (name or id), \"Local sandbox\", or env\n"
                 "  --kind KIND      %1\n"
                 "  --scope SCOPE    org:ID, project:ID or cluster:PROJECT_ID/NAME; an organization or\n"
                 "                   project may be named instead (project:Payments). Default: the\n"
                 "                   profile's organization\n"
                 "  --from DATE      start of the period, inclusive: YYYY-MM-DD (UTC) or an ISO 8601 time\n"
                 "  --to DATE        end of the period: YYYY-MM-DD includes that whole day; an ISO time is\n"
                 "                   exclusive; default now. A posture report is as of --to\n"
                 "  --days N         the N days up to --to, instead of --from\n"
                 "  --out PATH       the report file (a folder, .zip or .csv for CSV)\n"
                 "  --format FORMAT  %2; default from the extension of --out\n"
                 "  --page SIZE      a4 (default) or letter, for PDF and HTML printing\n"
                 "  --sign           sign the manifest with Snapline's own key (made on first use)\n"
                 "  --key PEM        sign with this Ed25519 private key instead (implies --sign)\n"
                 "  --sync           sync the scope from Atlas first (else the catalog as last synced)\n\n"
                 "Exit codes: 0 written, 1 failure (catalog, destination, key, sync), 2 bad arguments or a\n"
                 "scope the catalog does not hold, 130 interrupted (nothing is left behind).\n"
                 "`snapline report verify --help` explains verify. See docs/reports.md.\n")
                      .arg(names(allReportKinds()).join(u", "), names(allReportFormats()).join(u", "));
}

Result<ReportArguments> ReportArgumentReader::read(const QStringList &arguments, const QDateTime &now)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, {});
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"), {}, QStringLiteral("KIND"));
    const QCommandLineOption scope(QStringLiteral("scope"), {}, QStringLiteral("SCOPE"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), {}, QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("PATH"));
    const QCommandLineOption page(QStringLiteral("page"), {}, QStringLiteral("SIZE"));
    const QCommandLineOption sign(QStringLiteral("sign"), {});
    const QCommandLineOption key(QStringLiteral("key"), {}, QStringLiteral("PEM"));
    const QCommandLineOption sync(QStringLiteral("sync"), {});
    parser.addOptions({help, profile, kind, scope, from, to, days, format, out, page, sign, key, sync});
    if (!parser.parse(arguments.mid(1)))
        return badInput(parser.errorText());
    ReportArguments a;
    if (parser.isSet(help)) {
        a.help = true;
        return a;
    }
    if (!parser.positionalArguments().isEmpty())
        return badInput(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption &required : {profile, kind, out}) {
        if (!parser.isSet(required))
            return badInput(tr("--%1 is missing.").arg(required.names().first()));
    }
    a.profile = parser.value(profile);

    const auto parsedKind = parseReportKind(parser.value(kind));
    if (!parsedKind)
        return badInput(tr("--kind \"%1\" is not a report kind: use %2.")
                                .arg(parser.value(kind), names(allReportKinds()).join(u", ")));
    a.kind = *parsedKind;

    if (parser.isSet(scope)) {
        auto parsed = ReportScope::parse(parser.value(scope));
        if (!parsed)
            return badInput(parsed.error().message);
        a.scope = *parsed;
    }

    a.to = now.toUTC();
    if (parser.isSet(to)) {
        const auto moment = parseMoment(parser.value(to), true, now);
        if (!moment)
            return badInput(tr("--to \"%1\" is not a date (YYYY-MM-DD), a time (ISO 8601) or now.")
                                    .arg(parser.value(to)));
        a.to = *moment;
    }
    if (parser.isSet(from) && parser.isSet(days))
        return badInput(tr("Give either --from or --days, not both."));
    if (parser.isSet(from)) {
        const auto moment = parseMoment(parser.value(from), false, now);
        if (!moment)
            return badInput(tr("--from \"%1\" is not a date (YYYY-MM-DD) or a time (ISO 8601).")
                                    .arg(parser.value(from)));
        a.from = *moment;
    } else if (parser.isSet(days)) {
        bool ok = false;
        const int count = parser.value(days).toInt(&ok);
        if (!ok || count < 1 || count > 3660)
            return badInput(tr("--days \"%1\" is not a number of days (1 to 3660).").arg(parser.value(days)));
        a.from = a.to.addDays(-count);
    } else if (a.kind != ReportKind::Posture) {
        return badInput(
                tr("--from (or --days) is missing: a %1 report covers a period.").arg(toString(a.kind)));
    }
    if (a.from.isValid() && a.from >= a.to)
        return badInput(tr("The period ends (%1) before it starts (%2).")
                                .arg(a.to.toString(Qt::ISODate), a.from.toString(Qt::ISODate)));

    a.outputPath = QFileInfo(parser.value(out)).absoluteFilePath();
    if (parser.isSet(format)) {
        const auto parsed = parseReportFormat(parser.value(format));
        if (!parsed)
            return badInput(tr("--format \"%1\" is not a format: use %2.")
                                    .arg(parser.value(format), names(allReportFormats()).join(u", ")));
        a.format = *parsed;
    } else if (const auto guessed = formatOfPath(a.outputPath)) {
        a.format = *guessed;
    } else {
        return badInput(tr("--format is missing, and the name %1 does not say which format to write.")
                                .arg(QDir::toNativeSeparators(a.outputPath)));
    }
    if (parser.isSet(page)) {
        const auto parsed = parsePageSize(parser.value(page));
        if (!parsed)
            return badInput(
                    tr("--page \"%1\" is not a page size: use a4 or letter.").arg(parser.value(page)));
        a.pageSize = *parsed;
    }
    if (parser.isSet(key))
        a.signing = ReportSigning::pemFile(QFileInfo(parser.value(key)).absoluteFilePath());
    else if (parser.isSet(sign))
        a.signing = ReportSigning::snaplineKey();
    a.sync = parser.isSet(sync);
    return a;
}

} // namespace snapline
