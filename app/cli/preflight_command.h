#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace snapline {

// `snapline preflight --facts FILE.json [--output json|text]`: judges one
// proposed action with the rules engine and prints the verdict.
class PreflightCommand
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCommand)

public:
    // `arguments` starts with the program name, then "preflight".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace snapline
