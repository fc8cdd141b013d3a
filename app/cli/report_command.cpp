#include "report_command.h"

#include "cli/exit_codes.h"
#include "cli/report_arguments.h"
#include "cli/report_verify_command.h"
#include "console/display_format.h"
#include "report/report_context.h"
#include "report/report_job.h"
#include "session/profile_connection.h"
#include "sync/sync_job.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace snapline {

namespace {

// Ctrl+C, or the SIGTERM of a cron timeout: the run is cancelled, which
// removes its staging folder, and the exit code says which signal it was.
std::atomic_bool g_stop = false;
std::atomic_int g_signal = 0;

void onSignal(int signal)
{
    g_signal = signal;
    g_stop = true;
}

class SignalGuard
{
public:
    SignalGuard()
    {
        g_stop = false;
        g_signal = 0;
        m_int = std::signal(SIGINT, onSignal);
        m_term = std::signal(SIGTERM, onSignal);
    }
    ~SignalGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    SignalGuard(const SignalGuard &) = delete;
    SignalGuard &operator=(const SignalGuard &) = delete;

    static int exitCode() { return 128 + (g_signal ? g_signal.load() : SIGINT); }

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

// Codes that mean the request itself is wrong (exit 2); any other failure is exit 1.
int exitCodeFor(const Error &error)
{
    if (error.code == u"report.cancelled")
        return SignalGuard::exitCode();
    static const QStringList badInput{QStringLiteral("report.spec"), QStringLiteral("report.scope"),
                                      QStringLiteral("report.scope.unknown"),
                                      QStringLiteral("report.csv.tables")};
    return badInput.contains(error.code) ? ExitBadInput : ExitFailure;
}

// The profile a report reads, found without its secret: a report from the
// catalog needs none, so a cron job never waits on (or unlocks) a keychain.
std::optional<Profile> findProfile(const ProfileStore &store, const QString &nameOrId)
{
    if (auto named = store.profileNamed(nameOrId))
        return named;
    if (auto byId = store.profile(nameOrId))
        return byId;
    if (nameOrId.compare(QCoreApplication::translate("Profile", "Local sandbox"), Qt::CaseInsensitive) == 0) {
        Profile builtIn;
        builtIn.id = Profile::localSandboxId();
        builtIn.name = QCoreApplication::translate("Profile", "Local sandbox");
        return builtIn;
    }
    return std::nullopt;
}

// The organization a report covers when no scope is given: the profile's,
// or the catalog's only one.
Result<ReportScope> defaultScope(const Profile &profile, const QString &catalogPath)
{
    if (!profile.orgId.isEmpty())
        return ReportScope::organization(profile.orgId);
    auto reader = Catalog::openReader(catalogPath, Clock::system());
    if (!reader)
        return reader.error();
    const auto organizations = (*reader)->organizations();
    if (!organizations)
        return organizations.error();
    if (organizations->size() == 1)
        return ReportScope::organization(organizations->first().id);
    QStringList names;
    for (const Organization &org : *organizations)
        names << QStringLiteral("org:") + org.id + QStringLiteral(" (") + org.name + u')';
    return Error{QStringLiteral("report.scope"),
                 organizations->isEmpty()
                         ? ReportCommand::tr("The catalog holds no organization yet: sync it first (--sync).")
                         : ReportCommand::tr(
                                   "The catalog holds several organizations: choose one with --scope: %1.")
                                   .arg(names.join(QStringLiteral(", ")))};
}

// What --sync reads from Atlas: the scope, when the catalog already knows it
// (by id or name); otherwise the profile's organization, or everything.
SyncTarget syncTargetFor(const QString &catalogPath, const std::optional<ReportScope> &scope,
                         const Profile &profile)
{
    const SyncTarget fallback
            = profile.orgId.isEmpty() ? SyncTarget::everything() : SyncTarget::organization(profile.orgId);
    if (!scope)
        return fallback;
    auto reader = Catalog::openReader(catalogPath, Clock::system());
    if (!reader)
        return fallback;
    ReportSpec probe;
    probe.kind = ReportKind::Posture;
    probe.scope = *scope;
    probe.generatedAt = Clock::system()->now();
    probe.to = probe.generatedAt;
    const auto context = ReportContext::open(**reader, probe);
    if (!context)
        return fallback;
    const ReportScope &known = context->spec().scope;
    switch (known.level) {
    case ReportScope::Level::Organization:
        return SyncTarget::organization(known.id);
    case ReportScope::Level::Project:
        return SyncTarget::project(known.id);
    case ReportScope::Level::Cluster:
        return SyncTarget::cluster(known.id, known.clusterName);
    }
    return fallback;
}

// A line that rewrites itself on a terminal; nothing when stderr is a file (cron mail).
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
        , m_terminal(isatty(fileno(stderr)))
    {}
    void show(const QString &text)
    {
        if (m_terminal)
            m_err << '\r' << text.left(78).leftJustified(78) << Qt::flush;
    }
    void clear()
    {
        if (m_terminal)
            m_err << '\r' << QString(78, u' ') << '\r' << Qt::flush;
    }

private:
    QTextStream &m_err;
    bool m_terminal;
};

// A path as a shell reads it back, for a command line to copy.
QString shellQuoted(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    return u'\'' + QString(path).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                       const ProfileStore &store, const Profiles &profiles, const QString &catalogDir)
{
    if (arguments.value(2) == u"verify")
        return ReportVerifyCommand::run(arguments, out, err);
    const auto clock = Clock::system();
    const auto read = ReportArgumentReader::read(arguments, clock->now());
    if (!read) {
        err << read.error().message << Qt::endl << ReportArgumentReader::usage() << Qt::endl;
        return ExitBadInput;
    }
    if (read->help) {
        out << ReportArgumentReader::helpText();
        return ExitOk;
    }
    const ReportArguments &a = *read;
    const SignalGuard guard;
    ProgressLine progress(err);

    Profile profile;
    QString catalogPath;
    if (a.sync) {
        auto resolved = profiles().resolve(a.profile);
        if (!resolved) {
            err << resolved.error().message << Qt::endl;
            return ExitBadInput;
        }
        auto connection = ProfileConnection::open(resolved->profile, resolved->secret, catalogDir, clock);
        if (!connection) {
            err << connection.error().message << Qt::endl;
            return ExitFailure;
        }
        if (!(*connection)->catalogMessage().isEmpty())
            err << (*connection)->catalogMessage() << Qt::endl;
        profile = resolved->profile;
        catalogPath = (*connection)->catalogPath();
        const SyncTarget target = syncTargetFor(catalogPath, a.scope, profile);
        Synchronizer synchronizer((*connection)->api(), (*connection)->writer(), clock, {});
        synchronizer.setProgress([&](qint64 done, qint64 total, const QString &stage) {
            progress.show(tr("Sync: %1 of %2 clusters · %3").arg(done).arg(total).arg(stage));
        });
        const auto synced = SyncJob::runHere(target, synchronizer, &g_stop);
        progress.clear();
        if (g_stop)
            return SignalGuard::exitCode();
        if (!synced) {
            err << tr("The sync failed, so no report was written: %1").arg(synced.error().message)
                << Qt::endl;
            return ExitFailure;
        }
    } else {
        const auto found = findProfile(store, a.profile);
        if (!found) {
            QStringList names;
            for (const Profile &p : store.profiles())
                names << p.name;
            err << tr("There is no profile named \"%1\". Profiles: %2.")
                            .arg(a.profile,
                                 names.isEmpty() ? tr("none yet") : names.join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitBadInput;
        }
        profile = *found;
        catalogPath = QDir(catalogDir).filePath(ProfileConnection::catalogFileName(profile));
        if (!QFileInfo::exists(catalogPath)) {
            err << tr("Profile \"%1\" has no catalog yet: add --sync, or run snapline sync --profile \"%1\" "
                      "first.")
                            .arg(profile.name)
                << Qt::endl;
            return ExitFailure;
        }
    }

    ReportRequest request;
    request.catalogPath = catalogPath;
    if (a.scope) {
        request.spec.scope = *a.scope;
    } else {
        const auto scope = defaultScope(profile, catalogPath);
        if (!scope) {
            err << scope.error().message << Qt::endl;
            return exitCodeFor(scope.error());
        }
        request.spec.scope = *scope;
    }
    request.spec.kind = a.kind;
    request.spec.from = a.from;
    request.spec.to = a.to;
    request.spec.profileName = profile.name;
    request.spec.pageSize = a.pageSize;
    request.format = a.format;
    request.outputPath = a.outputPath;
    request.signing = a.signing;
    const auto written = ReportJob::runHere(request, *clock, &g_stop, [&](int percent, const QString &stage) {
        progress.show(tr("%1 · %2 %").arg(stage).arg(percent));
    });
    progress.clear();
    if (!written) {
        err << written.error().message << Qt::endl;
        return exitCodeFor(written.error());
    }
    out << tr("%1 report written to %2 (%3)")
                    .arg(ReportText::formatTitle(a.format), QDir::toNativeSeparators(written->path),
                         formatBytes(written->bytes))
        << Qt::endl
        << tr("Manifest: %1").arg(QDir::toNativeSeparators(written->manifestPath)) << Qt::endl;
    if (!written->signaturePath.isEmpty())
        out << tr("Signature: %1, key %2")
                        .arg(QDir::toNativeSeparators(written->signaturePath), written->keyFingerprint)
            << Qt::endl;
    out << tr("Check it with: snapline report verify %1")
                    .arg(shellQuoted(QDir::toNativeSeparators(written->path)))
        << Qt::endl;
    return ExitOk;
}

} // namespace snapline
