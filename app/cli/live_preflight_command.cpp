#include "cli/live_preflight_command.h"

#include "cli/exit_codes.h"
#include "cli/interrupt_guard.h"
#include "cli/progress_line.h"
#include "cli/restore_report.h"
#include "session/profile_connection.h"

#include <QJsonDocument>
#include <QTextStream>

namespace snapline {

bool LivePreflightCommand::wanted(const QStringList &arguments)
{
    bool facts = false;
    bool profile = false;
    for (const QString &argument : arguments.mid(2)) {
        facts = facts || argument == u"--facts" || argument.startsWith(u"--facts=");
        profile = profile || argument == u"--profile" || argument.startsWith(u"--profile=");
    }
    return profile || !facts;
}

Result<JudgedRestore, CommandFailure> LivePreflightCommand::judge(const RestoreArguments &arguments,
                                                                  QTextStream &err, ProfileResolver &profiles,
                                                                  const QString &catalogDir,
                                                                  const std::atomic_bool *cancel,
                                                                  ProgressLine &progress)
{
    progress.show(tr("Opening profile %1").arg(arguments.profile));
    auto resolved = profiles.resolve(arguments.profile);
    if (!resolved) {
        // A name nobody knows is the caller's mistake; a keychain or a sandbox that fails is not.
        const bool unknown = resolved.error().code == ProfileCode::NotFound;
        return CommandFailure{unknown ? ExitBadInput : ExitFailure, resolved.error().message};
    }
    auto connection = ProfileConnection::open(resolved->profile, resolved->secret, catalogDir);
    if (!connection)
        return CommandFailure{ExitFailure, connection.error().message};
    if (!connection.value()->catalogMessage().isEmpty()) {
        progress.clear();
        err << connection.value()->catalogMessage() << Qt::endl;
    }
    const RoleCache roles(RoleCache::defaultDir());
    LivePreflight preflight(*connection.value(), roles, cancel);
    preflight.setProgress([&progress](const QString &stage) { progress.show(stage); });
    auto live = preflight.run(arguments);
    progress.clear();
    if (!live)
        return live.error();
    return JudgedRestore{connection.value(), resolved->profile.name, *live};
}

int LivePreflightCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                              const ProfilesOnDemand &profiles, const QString &catalogDir)
{
    RestoreCommandLine line(RestoreCommandLine::Command::Preflight);
    auto parsed = line.parse(arguments);
    if (line.helpAsked()) {
        out << line.helpText();
        return ExitOk;
    }
    if (!parsed) {
        err << tr("snapline preflight: %1").arg(parsed.error().message) << Qt::endl;
        return ExitBadInput;
    }
    const InterruptGuard interrupt;
    ProgressLine progress(err, ProgressLine::stderrIsTerminal(), ProgressLine::Piped::Quiet);
    auto judged = judge(*parsed, err, profiles(), catalogDir, interrupt.flag(), progress);
    if (!judged) {
        err << tr("snapline preflight: %1").arg(judged.error().message) << Qt::endl;
        return judged.error().exitCode;
    }
    const LiveCheck &live = judged->live;
    if (parsed->json) {
        out << QJsonDocument(RestoreReport::checkJson(judged->profileName, live))
                        .toJson(QJsonDocument::Indented);
    } else {
        out << RestoreReport::checkText(live, judged->connection->clock()->now());
    }
    out.flush();
    return live.check.allowed() ? ExitOk : ExitRefused;
}

} // namespace snapline
