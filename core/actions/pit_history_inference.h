#pragma once

#include "domain/backup_event.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"
#include "domain/time_range.h"

#include <QList>

namespace snapline {

// Works out a cluster's point-in-time history from what Atlas does report,
// since no API lists it: the oplog gaps from the cluster's CPS_OPLOG_BEHIND /
// CPS_OPLOG_CAUGHT_UP events (point in time turned off, or the oplog rolled
// over), and the restore blackouts from the restore jobs into the cluster.
class PitHistoryInference
{
public:
    // The restorable ranges between `from` and `until` around the gaps the
    // events show; empty when they show none (the whole window counts then).
    // A gap runs from CPS_OPLOG_BEHIND to the next CPS_OPLOG_CAUGHT_UP; both
    // of those seconds stay restorable.
    static TimeRanges restorableRanges(QList<BackupEvent> oplogEvents, const QDateTime &from,
                                       const QDateTime &until);

    // From the start of each restore into the cluster to the first completed
    // snapshot taken after it finished, or to `now` while there is none yet.
    // Downloads replace nothing and cancelled restores are left out; a failed
    // restore counts, as it may have replaced part of the data already.
    static TimeRanges restoreBlackouts(const QList<RestoreJob> &restoresInto,
                                       const QList<Snapshot> &snapshots, const QDateTime &now);
};

} // namespace snapline
