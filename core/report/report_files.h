#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace snapline {

// The file-system steps every report output shares, so that a failure or a
// cancel leaves nothing half-written: work in a hidden staging folder beside
// the destination, then move the finished result into place with rename(),
// replacing what was there.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    // A new hidden folder in the folder that will hold `destination`
    // (".snapline-report-XXXXXX"). Fails with a readable error when that
    // folder does not exist or cannot be written.
    static Result<QString> makeStaging(const QString &destination);
    // Moves `staged` (a file or a folder) to `destination`, replacing a file,
    // or a folder that is empty or holds an earlier report (a manifest.json
    // or only .csv files); any other folder is left alone and refused.
    static Status moveIntoPlace(const QString &staged, const QString &destination);
    // Removes a file or a folder with everything in it; quietly.
    static void remove(const QString &path);

    // "Cannot write <path>: <reason>", code "report.write".
    static Error writeError(const QString &path, const QString &reason);
    static Error cancelled();
};

} // namespace snapline
