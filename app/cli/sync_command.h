#pragma once

#include "profile_resolver.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace snapline {

// `snapline sync --profile NAME [--project ID] [--full] [--output json|text]`:
// brings the profile's catalog up to date with Atlas, headless, with a
// progress line on a terminal; for scripts and benchmarks.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    // `arguments` starts with the program name, then "sync".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   ProfileResolver &profiles, const QString &catalogDir);
};

} // namespace snapline
