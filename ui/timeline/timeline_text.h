#pragma once

#include "timeline/timeline_buckets.h"
#include "timeline/timeline_series.h"

#include <QCoreApplication>
#include <QString>

namespace snapline {

// The words of the timeline: lane names, tooltips and the accessible
// description, all translated, with times in UTC.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    static QString laneName(TimelineLane lane);         // "Hourly"
    static QString laneSnapshotNoun(TimelineLane lane); // "hourly snapshot"
    static QString dateTime(qint64 ms);                 // "2026-11-24 12:00 UTC"
    static QString dateTimeSeconds(qint64 ms);          // "2026-11-24 12:00:05 UTC"
    static QString date(qint64 ms);                     // "24 Nov 2026"
    // "3 days 4 hours", "25 minutes", "less than a minute": the two largest units.
    static QString duration(qint64 ms);
    // "in 3 days 4 hours" or "2 hours ago".
    static QString relative(qint64 ms, qint64 nowMs);

    // Rich text for a snapshot: created, expires (and when, from `nowMs`),
    // frequency, type, status, size, version, description. `bucket` is the
    // column under the pointer; when it holds more than this snapshot the
    // tooltip says how many more and how many of them failed.
    static QString snapshotToolTip(const TimelineSeries &series, int row, qint64 nowMs,
                                   const TimelineBucket &bucket = {}, qint64 columnFromMs = 0,
                                   qint64 columnToMs = 0);
    // "Restorable from … to …", "Gap …", "Restore blackout …", "Not restorable …".
    static QString pitToolTip(TimelinePit::State state, const TimelineSpan &span);
    // "Timeline: 1,234 snapshots from … to …; selected: daily snapshot of …".
    static QString accessibleDescription(const TimelineSeries *series, int selectedRow);
    // The timeline's accessible value: "daily snapshot of 2026-11-02 00:00 UTC, failed",
    // or "no snapshot selected".
    static QString accessibleValue(const TimelineSeries *series, int selectedRow);
};

} // namespace snapline
