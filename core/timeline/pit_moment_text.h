#pragma once

#include "domain/restore_job.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace snapline {

// The text forms of a point in time that people type and read: a UTC date
// and time to the second, and an oplog timestamp "seconds:increment". Shared
// by the point-in-time editor and the command line; errors are in words.
class PitMomentText
{
    Q_DECLARE_TR_FUNCTIONS(PitMomentText)

public:
    // "2026-11-20 14:03:07", also with a 'T', without seconds, and ending in
    // "Z", "UTC" or an offset such as "+01:00" (converted to UTC). A
    // fraction of a second is refused: restores go to the second.
    static Result<QDateTime> parseUtc(const QString &text);
    // "2026-11-20 14:03:07 UTC"; empty for an invalid time.
    static QString formatUtc(const QDateTime &moment);

    // "1763647387:5" (also "Timestamp(1763647387, 5)" as mongosh prints it)
    // gives an oplog point; a bare "1763647387" gives that whole second.
    static Result<PointInTime> parseOplog(const QString &text);
    // "1763647387:5" for an oplog point, "1763647387" for a whole second,
    // empty for an empty point.
    static QString formatOplog(const PointInTime &point);
};

} // namespace snapline
