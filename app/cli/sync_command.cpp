#include "sync_command.h"

#include "cli/exit_codes.h"
#include "session/profile_connection.h"
#include "sync/sync_job.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace snapline {

namespace {

std::atomic_bool g_interrupted = false;

void onInterrupt(int)
{
    g_interrupted = true;
}

QJsonObject reportJson(const ResolvedProfile &resolved, const SyncTarget &target, const SyncReport &report,
                       const QString &catalog)
{
    const double seconds = std::max<double>(report.elapsedMs, 1) / 1000.0;
    return {{QStringLiteral("profile"), resolved.profile.name},
            {QStringLiteral("scope"), target.describe()},
            {QStringLiteral("projects"), report.projects},
            {QStringLiteral("clusters"), report.clusters},
            {QStringLiteral("snapshotsRead"), report.snapshotsRead},
            {QStringLiteral("requests"), report.requests},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("snapshotsPerSecond"), double(report.snapshotsRead) / seconds},
            {QStringLiteral("catalog"), catalog},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

} // namespace

int SyncCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                     ProfileResolver &profiles, const QString &catalogDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Bring a profile's catalog up to date with Atlas."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The profile to sync (a name, an id, or env)."), tr("NAME"));
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Sync only this project."),
                                           tr("ID"));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        tr("Re-read everything, not only what changed."));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("text (default) or json."),
                                          tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({profileOption, projectOption, fullOption, outputOption});
    if (!parser.parse(arguments.mid(1))) {
        err << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QString output = parser.value(outputOption);
    if (!parser.isSet(profileOption) || (output != u"text" && output != u"json")) {
        err << tr("Usage: snapline sync --profile NAME [--project ID] [--full] [--output json|text]")
            << Qt::endl;
        return ExitBadInput;
    }
    auto resolved = profiles.resolve(parser.value(profileOption));
    if (!resolved) {
        err << resolved.error().message << Qt::endl;
        return ExitBadInput;
    }
    auto connection = ProfileConnection::open(resolved->profile, resolved->secret, catalogDir);
    if (!connection) {
        err << connection.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!connection.value()->catalogMessage().isEmpty())
        err << connection.value()->catalogMessage() << Qt::endl;

    SyncTarget target;
    if (parser.isSet(projectOption)) {
        target = SyncTarget::project(parser.value(projectOption));
    } else if (!resolved->profile.orgId.isEmpty()) {
        target = SyncTarget::organization(resolved->profile.orgId);
    } else {
        target = SyncTarget::everything();
    }
    target.full = parser.isSet(fullOption);

    Synchronizer::Options options;
    options.full = target.full;
    Synchronizer synchronizer(connection.value()->api(), connection.value()->writer(),
                              connection.value()->clock(), options);
    const bool terminal = isatty(fileno(stderr));
    if (terminal) {
        synchronizer.setProgress([&err](qint64 done, qint64 total, const QString &stage) {
            err << '\r' << tr("%1 of %2 clusters · %3").arg(done).arg(total).arg(stage).leftJustified(78)
                << Qt::flush;
        });
    }
    g_interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    const auto report = SyncJob::runHere(target, synchronizer, &g_interrupted);
    std::signal(SIGINT, previous);
    if (terminal)
        err << '\r' << QString(78, u' ') << '\r' << Qt::flush;
    if (!report) {
        err << report.error().message << Qt::endl;
        return ExitFailure;
    }
    const QJsonObject json = reportJson(*resolved, target, *report, connection.value()->catalogPath());
    if (output == u"json") {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << tr("%1: %2 projects, %3 clusters, %4 snapshots read in %5 s (%6 requests) into %7")
                        .arg(target.describe())
                        .arg(report->projects)
                        .arg(report->clusters)
                        .arg(report->snapshotsRead)
                        .arg(json.value(u"seconds").toDouble(), 0, 'f', 1)
                        .arg(report->requests)
                        .arg(connection.value()->catalogPath())
            << Qt::endl;
        for (const QString &warning : report->warnings)
            out << tr("  note: %1").arg(warning) << Qt::endl;
    }
    return ExitOk;
}

} // namespace snapline
