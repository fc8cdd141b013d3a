#pragma once

#include "util/result.h"

#include <QSaveFile>
#include <QString>

namespace snapline {

// One report file written all or nothing: the bytes go to a temporary file
// beside the target, which replaces the target only when everything was
// written; a failure or a cancel leaves no file (and no temporary) behind.
class ReportOutputFile
{
public:
    explicit ReportOutputFile(const QString &path);
    ~ReportOutputFile(); // discards the temporary unless commit() succeeded

    ReportOutputFile(const ReportOutputFile &) = delete;
    ReportOutputFile &operator=(const ReportOutputFile &) = delete;

    Status open();
    QIODevice *device() { return &m_file; }
    // Renames the temporary onto the target; answers the target's absolute path.
    Result<QString> commit();
    void discard();

    // The error of a write that was cancelled.
    static Error cancelledError();

private:
    Error failure(const QString &what) const;

    QString m_path;
    QSaveFile m_file;
    bool m_done = false;
};

} // namespace snapline
