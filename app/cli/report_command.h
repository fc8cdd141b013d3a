#pragma once

#include "profile_resolver.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QTextStream;

namespace snapline {

// `snapline report …`: writes a backup report from a profile's catalog
// (after a sync of its scope with --sync), with its manifest and optional
// signature; and `snapline report verify PATH`. Headless and prompt-free for
// cron; needs a QGuiApplication (offscreen) for PDF and HTML. The exit codes
// are in exit_codes.h and docs/reports.md.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // The resolver with the keychain, made only when a sync needs the secret:
    // a report from the catalog reads no secret, so cron never waits on a keychain.
    using Profiles = std::function<ProfileResolver &()>;

    // `arguments` starts with the program name, then "report".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const ProfileStore &store, const Profiles &profiles, const QString &catalogDir);
};

} // namespace snapline
