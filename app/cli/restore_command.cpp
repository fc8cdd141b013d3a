#include "cli/restore_command.h"

#include "cli/exit_codes.h"
#include "cli/interrupt_guard.h"
#include "cli/progress_line.h"
#include "cli/restore_report.h"
#include "preflight/verdict_format.h"
#include "restore/restore_operation_job.h"
#include "session/profile_connection.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace snapline {

namespace {

// How often the event loop looks at the Ctrl+C flag a signal handler sets.
constexpr int kInterruptCheckMs = 100;

} // namespace

QString RestoreCommand::confirmationProblem(const RestoreArguments &a)
{
    const QString expected = a.confirmationName();
    const QString why = a.isDownload()
            ? tr("type the source cluster's name to confirm the download: --confirm %1").arg(expected)
            : tr("type the target cluster's name to confirm that every piece of data on it is replaced: "
                 "--confirm %1")
                      .arg(expected);
    if (a.confirm.isEmpty())
        return tr("nothing was sent: %1").arg(why);
    if (a.confirm != expected)
        return tr("nothing was sent: --confirm %1 does not name %2; %3").arg(a.confirm, expected, why);
    return {};
}

int RestoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                        const ProfilesOnDemand &profiles, const QString &catalogDir)
{
    RestoreCommandLine line(RestoreCommandLine::Command::Restore);
    auto parsed = line.parse(arguments);
    if (line.helpAsked()) {
        out << line.helpText();
        return ExitOk;
    }
    if (!parsed) {
        err << tr("snapline restore: %1").arg(parsed.error().message) << Qt::endl;
        return ExitBadInput;
    }
    if (const QString problem = confirmationProblem(*parsed); !problem.isEmpty()) {
        err << tr("snapline restore: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }

    const InterruptGuard interrupt;
    ProgressLine progress(err, ProgressLine::stderrIsTerminal());
    auto judged
            = LivePreflightCommand::judge(*parsed, err, profiles(), catalogDir, interrupt.flag(), progress);
    if (!judged) {
        err << tr("snapline restore: %1").arg(judged.error().message) << Qt::endl;
        return judged.error().exitCode;
    }
    RestoreCommand command(*parsed, *judged, out, err);
    const LiveCheck &live = judged->live;
    const QDateTime now = judged->connection->clock()->now();
    if (live.offline || !live.check.allowed()) {
        Ending ending;
        ending.json = RestoreReport::checkJson(judged->profileName, live);
        if (live.offline) {
            ending.exitCode = ExitFailure;
            ending.outcome = QStringLiteral("notSent");
            ending.message = tr("Atlas cannot be reached, so nothing was sent (%1).").arg(live.offlineReason);
        } else {
            ending.exitCode = ExitRefused;
            ending.outcome = QStringLiteral("refused");
            ending.message = tr("The restore is refused, so nothing was sent.");
        }
        if (!parsed->json)
            out << RestoreReport::checkText(live, now);
        return command.finish(ending);
    }
    if (!parsed->json)
        out << RestoreReport::checkText(live, now) << Qt::flush;
    return command.send(interrupt.flag());
}

RestoreCommand::RestoreCommand(const RestoreArguments &arguments, const JudgedRestore &judged,
                               QTextStream &out, QTextStream &err)
    : m_arguments(arguments)
    , m_judged(judged)
    , m_out(out)
    , m_err(err)
{}

int RestoreCommand::send(const std::atomic_bool *interrupted)
{
    RestoreOptions options;
    options.follow = m_arguments.wait;
    std::unique_ptr<RestoreOperationJob> job(RestoreOperationJob::create(
            *m_judged.connection, m_judged.live.roles, m_judged.live.check.order, options));
    ProgressLine progress(m_err, ProgressLine::stderrIsTerminal());
    bool announced = false;
    bool stopping = false;
    QObject::connect(job.get(), &Job::progressChanged, job.get(),
                     [&progress](const JobProgress &p) { progress.show(p.stage); });
    QObject::connect(job.get(), &RestoreOperationJob::restoreJobChanged, job.get(),
                     [&](const RestoreJob &atlasJob) {
                         if (announced || m_arguments.json)
                             return;
                         announced = true;
                         progress.clear();
                         m_out << tr("Atlas accepted the restore: job %1").arg(atlasJob.id) << Qt::endl;
                     });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, job.get(), [&] {
        if (stopping || !interrupted->load())
            return;
        stopping = true;
        progress.clear();
        m_err << tr("Stopping; a restore Atlas has accepted goes on there (it is not cancelled).")
              << Qt::endl;
        // Job::cancel, not RestoreOperationJob::cancel: that one would cancel the restore in Atlas.
        job->Job::cancel();
    });
    QEventLoop loop;
    QObject::connect(job.get(), &Job::finished, &loop, &QEventLoop::quit);
    watch.start(kInterruptCheckMs);
    job->start();
    loop.exec();
    watch.stop();
    progress.clear();

    const auto &result = *job->result();
    return finish(result.ok() ? accepted(result.value(), stopping) : failed(result.error()));
}

RestoreCommand::Ending RestoreCommand::accepted(const RestoreOutcome &outcome, bool stoppedFollowing) const
{
    Ending ending;
    ending.json = RestoreReport::checkJson(m_judged.profileName, m_judged.live);
    // What was sent, judged at the moment it was sent.
    ending.json.insert(QStringLiteral("verdict"),
                       VerdictFormat::toJson(outcome.order.action(), outcome.verdict));
    ending.json.insert(QStringLiteral("request"), outcome.request.toJson());
    ending.json.insert(QStringLiteral("sent"), true);
    ending.json.insert(QStringLiteral("job"), RestoreReport::jobJson(outcome.job));
    ending.json.insert(QStringLiteral("adopted"), outcome.adopted);
    QJsonArray notes = ending.json.value(u"notes").toArray();
    for (const QString &problem : outcome.problems)
        notes.append(problem);
    ending.json.insert(QStringLiteral("notes"), notes);

    ending.message = outcome.summary;
    if (outcome.job.isFinished()) {
        ending.outcome = QStringLiteral("completed");
        ending.exitCode = ExitOk;
        if (outcome.job.deliveryType == DeliveryType::Download)
            ending.message += u'\n'
                    + RestoreReport::deliveryText(outcome.job, m_judged.connection->clock()->now()).trimmed();
    } else if (stoppedFollowing) {
        ending.outcome = QStringLiteral("stoppedFollowing");
        ending.exitCode = ExitInterrupted;
        ending.message
                = tr("Stopped following restore job %1; the restore goes on in Atlas.").arg(outcome.job.id);
    } else {
        ending.outcome = QStringLiteral("submitted");
        ending.exitCode = ExitOk;
    }
    if (outcome.adopted)
        ending.message = tr("Atlas did not answer the request clearly; the job was found in its list of "
                            "restore jobs.")
                + u' ' + ending.message;
    for (const QString &problem : outcome.problems)
        m_err << tr("note: %1").arg(problem) << Qt::endl;
    return ending;
}

RestoreCommand::Ending RestoreCommand::failed(const RestoreFailure &failure) const
{
    Ending ending;
    ending.json = RestoreReport::checkJson(m_judged.profileName, m_judged.live);
    ending.json.insert(QStringLiteral("sent"), failure.requestSent || failure.job.has_value());
    if (failure.job)
        ending.json.insert(QStringLiteral("job"), RestoreReport::jobJson(*failure.job));
    if (!failure.verdict.violations.isEmpty() || !failure.verdict.warnings.isEmpty())
        ending.json.insert(QStringLiteral("verdict"),
                           VerdictFormat::toJson(m_judged.live.check.order.action(), failure.verdict));
    ending.message = failure.message;
    using Kind = RestoreFailure::Kind;
    switch (failure.kind) {
    case Kind::Refused:
    case Kind::Changed:
        ending.exitCode = ExitRefused;
        ending.outcome = QStringLiteral("refused");
        if (!m_arguments.json)
            m_out << VerdictFormat::toText(m_judged.live.check.order.action(), failure.verdict);
        break;
    case Kind::RestoreFailed:
    case Kind::Cancelled:
        if (failure.job) {
            ending.exitCode = ExitRestoreFailed;
            ending.outcome = toString(failure.job->state()); // failed, cancelled, expired
        } else {
            ending.exitCode = ExitInterrupted;
            ending.outcome = QStringLiteral("notSent");
        }
        break;
    case Kind::Uncertain:
        ending.exitCode = ExitFailure;
        ending.outcome = QStringLiteral("uncertain");
        break;
    case Kind::Atlas:
        // An answer from Atlas means it saw the request and started nothing.
        ending.exitCode = ExitFailure;
        ending.outcome = failure.atlas && failure.atlas->httpStatus > 0 ? QStringLiteral("atlasRefused")
                                                                        : QStringLiteral("notSent");
        ending.json.insert(QStringLiteral("sent"), ending.outcome == u"atlasRefused");
        break;
    case Kind::Duplicate:
    case Kind::Local:
        ending.exitCode = ExitFailure;
        ending.outcome = QStringLiteral("notSent");
        break;
    }
    return ending;
}

int RestoreCommand::finish(const Ending &ending) const
{
    // People read how a restore ended on stdout, and why nothing (more) happened on stderr.
    const bool onStdout
            = !m_arguments.json && (ending.exitCode == ExitOk || ending.exitCode == ExitRestoreFailed);
    if (m_arguments.json) {
        QJsonObject json = ending.json;
        json.insert(QStringLiteral("outcome"), ending.outcome);
        json.insert(QStringLiteral("message"), ending.message);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (onStdout) {
        m_out << ending.message << Qt::endl;
    }
    m_out.flush();
    if (ending.exitCode != ExitOk && !onStdout)
        m_err << tr("snapline restore: %1").arg(ending.message) << Qt::endl;
    return ending.exitCode;
}

} // namespace snapline
