#pragma once

#include "cli/live_preflight_command.h"
#include "restore/restore_operation.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace snapline {

class RestoreOperationJob;

// `snapline restore` with the pre-flight's arguments plus `--confirm NAME`
// and `[--wait]`: judges the restore like `preflight`, and after an allowed
// verdict sends it once through the core's restore job (which checks it again
// on fresh facts and never sends it twice), prints the Atlas job id, and with
// --wait follows the job to its end. Ctrl+C while waiting only stops
// following: the restore goes on in Atlas.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    // `arguments` starts with the program name, then "restore".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const ProfilesOnDemand &profiles, const QString &catalogDir);

    // Why --confirm does not confirm this restore, in words; empty when it does.
    static QString confirmationProblem(const RestoreArguments &arguments);

private:
    struct Ending
    {
        int exitCode = 0;
        QString outcome; // "completed", "submitted", "stoppedFollowing", "refused", …
        QString message; // for people
        QJsonObject json;
    };

    RestoreCommand(const RestoreArguments &arguments, const JudgedRestore &judged, QTextStream &out,
                   QTextStream &err);
    int send(const std::atomic_bool *interrupted);
    Ending accepted(const RestoreOutcome &outcome, bool stoppedFollowing) const;
    Ending failed(const RestoreFailure &failure) const;
    int finish(const Ending &ending) const;

    const RestoreArguments &m_arguments;
    const JudgedRestore &m_judged;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace snapline
