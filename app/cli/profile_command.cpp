#include "profile_command.h"

#include "cli/exit_codes.h"
#include "profile/atlas_cli_import.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace snapline {

namespace {

int list(QTextStream &out, ProfileResolver &profiles)
{
    for (const Profile &p : profiles.store().profiles()) {
        out << p.name << '\t' << p.baseUrl.toString() << '\t'
            << (p.authKind == Profile::AuthKind::ApiKey
                        ? ProfileCommand::tr("API key %1").arg(p.publicKey)
                        : ProfileCommand::tr("service account %1").arg(p.clientId))
            << (p.builtIn ? ProfileCommand::tr("\t(built in)") : QString()) << Qt::endl;
    }
    return ExitOk;
}

int add(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err,
        ProfileResolver &profiles)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), ProfileCommand::tr("Profile name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("base-url"), ProfileCommand::tr("Atlas address."),
                                 QStringLiteral("URL"), Profile::cloudBaseUrl().toString());
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       ProfileCommand::tr("API key public key."), QStringLiteral("KEY"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      ProfileCommand::tr("Service account client id."), QStringLiteral("ID"));
    const QCommandLineOption org(QStringLiteral("org"), ProfileCommand::tr("Organization id."),
                                 QStringLiteral("ID"));
    const QCommandLineOption project(QStringLiteral("project"), ProfileCommand::tr("Default project id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    ProfileCommand::tr("Extra CA certificates (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 ProfileCommand::tr("Trust exactly this certificate."),
                                 QStringLiteral("FINGERPRINT"));
    parser.addOptions({name, url, publicKey, clientId, org, project, caFile, pin});
    if (!parser.parse(arguments) || !parser.isSet(name)
        || parser.isSet(publicKey) == parser.isSet(clientId)) {
        err << ProfileCommand::tr(
                "Usage: snapline profile add --name NAME (--public-key KEY | --client-id ID) "
                "[--base-url URL] [--org ID] [--project ID] [--ca-file FILE] [--pin-sha256 FP]\n"
                "The private key or client secret is read from standard input.")
            << Qt::endl;
        return ExitBadInput;
    }
    Profile p;
    p.id = Profile::newId();
    p.name = parser.value(name);
    p.baseUrl = QUrl(parser.value(url));
    p.authKind = parser.isSet(publicKey) ? Profile::AuthKind::ApiKey : Profile::AuthKind::ServiceAccount;
    p.publicKey = parser.value(publicKey);
    p.clientId = parser.value(clientId);
    p.orgId = parser.value(org);
    p.defaultProjectId = parser.value(project);
    p.caFile = parser.value(caFile);
    p.pinnedSha256 = parser.value(pin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty()) {
        err << ProfileCommand::tr("No secret on standard input: pipe the private key or client secret in.")
            << Qt::endl;
        return ExitBadInput;
    }
    auto created = profiles.store().create(p);
    if (!created) {
        err << created.error().message << Qt::endl;
        return ExitBadInput;
    }
    if (auto stored = profiles.secrets().write(created->id, secret); !stored) {
        profiles.store().remove(created->id).ok();
        err << stored.error().message << Qt::endl;
        return ExitFailure;
    }
    out << ProfileCommand::tr("Added profile \"%1\"; its secret is in %2.")
                    .arg(p.name, profiles.secrets().description())
        << Qt::endl;
    return ExitOk;
}

int importAtlasCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   ProfileResolver &profiles)
{
    QCommandLineParser parser;
    const QCommandLineOption file(QStringLiteral("file"), ProfileCommand::tr("The Atlas CLI config file."),
                                  QStringLiteral("PATH"), AtlasCliImport::defaultConfigPath());
    // The Atlas CLI config has no trust settings; a private Atlas (or a sandbox) needs them.
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    ProfileCommand::tr("Extra CA certificates (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 ProfileCommand::tr("Trust exactly this certificate."),
                                 QStringLiteral("FINGERPRINT"));
    parser.addOptions({file, caFile, pin});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    auto imported = AtlasCliImport::fromFile(parser.value(file));
    if (!imported) {
        err << imported.error().message << Qt::endl;
        return ExitBadInput;
    }
    int added = 0;
    for (ImportedProfile entry : std::as_const(*imported)) {
        entry.profile.caFile = parser.value(caFile);
        entry.profile.pinnedSha256 = parser.value(pin);
        for (const QString &warning : entry.warnings)
            err << entry.profile.name << ": " << warning << Qt::endl;
        if (!entry.isComplete())
            continue;
        auto created = profiles.store().create(entry.profile);
        if (!created) {
            err << entry.profile.name << ": " << created.error().message << Qt::endl;
            continue;
        }
        if (auto stored = profiles.secrets().write(created->id, entry.secret); !stored) {
            profiles.store().remove(created->id).ok();
            err << entry.profile.name << ": " << stored.error().message << Qt::endl;
            continue;
        }
        out << ProfileCommand::tr("Imported profile \"%1\".").arg(entry.profile.name) << Qt::endl;
        ++added;
    }
    return added > 0 || imported->isEmpty() ? ExitOk : ExitFailure;
}

int remove(const QString &nameOrId, QTextStream &out, QTextStream &err, ProfileResolver &profiles)
{
    std::optional<Profile> p = profiles.store().profileNamed(nameOrId);
    if (!p)
        p = profiles.store().profile(nameOrId);
    if (!p) {
        err << ProfileCommand::tr("There is no profile named \"%1\".").arg(nameOrId) << Qt::endl;
        return ExitBadInput;
    }
    if (auto removed = profiles.store().remove(p->id); !removed) {
        err << removed.error().message << Qt::endl;
        return ExitBadInput;
    }
    profiles.secrets().remove(p->id).ok(); // a secret that was never stored is not an error here
    out << ProfileCommand::tr("Removed profile \"%1\" and its secret.").arg(p->name) << Qt::endl;
    return ExitOk;
}

} // namespace

int ProfileCommand::run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err,
                        ProfileResolver &profiles)
{
    const QString verb = arguments.value(2);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (verb == u"list")
        return list(out, profiles);
    if (verb == u"add")
        return add(rest, in, out, err, profiles);
    if (verb == u"import-atlascli")
        return importAtlasCli(rest, out, err, profiles);
    if (verb == u"remove" && arguments.size() == 4)
        return remove(arguments.value(3), out, err, profiles);
    err << tr("Usage: snapline profile list | add … | import-atlascli [--file PATH] | remove NAME")
        << Qt::endl;
    return ExitBadInput;
}

} // namespace snapline
