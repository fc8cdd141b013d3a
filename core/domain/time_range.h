#pragma once

#include <QDateTime>
#include <QList>

namespace snapline {

// A closed span of time [from, to], to the second.
struct TimeRange
{
    QDateTime from;
    QDateTime to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDateTime &t) const { return from <= t && t <= to; }
    qint64 seconds() const { return from.secsTo(to); }

    bool operator==(const TimeRange &) const = default;
};

using TimeRanges = QList<TimeRange>;

} // namespace snapline
