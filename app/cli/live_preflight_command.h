#pragma once

#include "cli/live_preflight.h"
#include "cli/profile_resolver.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace snapline {

class ProgressLine;

// The profiles a command works with, asked for once its arguments are read
// (so that bad arguments never wait for the keychain).
using ProfilesOnDemand = std::function<ProfileResolver &()>;

// A restore judged for the command line, with the connection it was judged over.
struct JudgedRestore
{
    std::shared_ptr<ProfileConnection> connection;
    QString profileName;
    LiveCheck live;
};

// `snapline preflight --profile NAME --project ID --cluster NAME (--snapshot
// ID | --at UTC | --oplog TS:INC) (--target-project ID --target-cluster NAME
// | --delivery download) [--output text|json] [--offline]`: judges one
// restore with facts fresh from Atlas (or from the catalog when Atlas cannot
// be reached, saying so) and prints the verdict the wizard shows, with the
// source, the destination and the request that would be sent.
class LivePreflightCommand
{
    Q_DECLARE_TR_FUNCTIONS(LivePreflightCommand)

public:
    // Whether `arguments` (program, "preflight", …) are for this command
    // rather than the file-driven `preflight --facts FILE`.
    static bool wanted(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const ProfilesOnDemand &profiles, const QString &catalogDir);

    // Opens the profile named in `arguments` and judges the restore (shared with `restore`).
    static Result<JudgedRestore, CommandFailure> judge(const RestoreArguments &arguments, QTextStream &err,
                                                       ProfileResolver &profiles, const QString &catalogDir,
                                                       const std::atomic_bool *cancel,
                                                       ProgressLine &progress);
};

} // namespace snapline
