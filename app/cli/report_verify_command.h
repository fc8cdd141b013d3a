#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace snapline {

// `snapline report verify PATH [--key-fingerprint FP]`: checks an exported
// report against its manifest and signature and prints exactly what
// changed. Exit 0 intact, 5 changed (or a bad or untrusted signature),
// 1 no manifest to check against, 2 bad arguments.
class ReportVerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifyCommand)

public:
    // `arguments` starts with the program name, then "report", "verify".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText();
};

} // namespace snapline
