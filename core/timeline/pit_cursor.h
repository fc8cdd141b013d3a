#pragma once

#include "domain/cluster.h"
#include "domain/restore_job.h"
#include "rules/pit_window.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace snapline {

// The point-in-time cursor's state: a cluster's PIT window and the moment
// chosen in it, which only ever rests on a restorable whole second. The
// timeline's cursor overlay and the point-in-time editor both move it, so a
// click, a key and a typed time snap the same way.
class PitCursor
{
public:
    // Where a request to move the cursor ended up.
    struct Placement
    {
        QDateTime moment;   // whole seconds, UTC; invalid when nothing is restorable
        bool moved = false; // `wanted` was not restorable, so the cursor went elsewhere
        QString reason;     // plain words why `wanted` was not restorable; empty when it was

        bool isValid() const { return moment.isValid(); }
    };

    // A cursor with no window: nothing is restorable.
    PitCursor() = default;
    PitCursor(const Cluster &cluster, const QDateTime &now);

    // The cluster has continuous backup and some second of its window is restorable.
    bool isEnabled() const { return m_window.isEnabled() && !m_seconds.empty(); }
    const PitWindow &window() const { return m_window; }
    const Cluster &cluster() const { return m_cluster; }

    bool hasMoment() const { return m_moment.isValid(); }
    QDateTime moment() const { return m_moment; }
    // The cursor's moment; an empty PointInTime when none is chosen.
    PointInTime pointInTime() const;

    // What place(wanted) would do, without moving the cursor.
    Placement check(const QDateTime &wanted) const;
    // Moves to the restorable second nearest to `wanted` (its fraction of a
    // second dropped; ties go to the earlier second). Clears the increment.
    Placement place(const QDateTime &wanted);
    // As place(point.toDateTime()), keeping the point's oplog increment when
    // its second is restorable.
    Placement place(const PointInTime &point);
    // Moves by `seconds` (either sign). Landing where nothing can be restored,
    // the cursor jumps on to the next restorable second in the direction of
    // travel, or stops at the last one at either end. Clears the increment.
    Placement step(qint64 seconds);
    void clear();

    // An oplog increment (1 or more) for sub-second precision: pointInTime()
    // becomes an oplog timestamp. 0 or less goes back to whole seconds.
    void setOplogIncrement(int increment);
    std::optional<int> oplogIncrement() const { return m_increment; }

private:
    // A restorable range in whole UTC seconds, both ends included.
    struct Seconds
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    Cluster m_cluster;
    PitWindow m_window{m_cluster, QDateTime()};
    std::vector<Seconds> m_seconds; // the window's restorable ranges, sorted
    QDateTime m_moment;
    std::optional<int> m_increment;

    bool isRestorable(qint64 second) const;
    QString reasonAt(const QDateTime &second) const;
};

} // namespace snapline
