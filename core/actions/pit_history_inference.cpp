#include "actions/pit_history_inference.h"

#include <algorithm>

namespace snapline {

namespace {

const QString kOplogBehind = QStringLiteral("CPS_OPLOG_BEHIND");
const QString kOplogCaughtUp = QStringLiteral("CPS_OPLOG_CAUGHT_UP");

} // namespace

TimeRanges PitHistoryInference::restorableRanges(QList<BackupEvent> oplogEvents, const QDateTime &from,
                                                 const QDateTime &until)
{
    std::stable_sort(oplogEvents.begin(), oplogEvents.end(),
                     [](const BackupEvent &a, const BackupEvent &b) { return a.created < b.created; });
    TimeRanges ranges;
    bool sawGap = false;
    bool behind = false;
    QDateTime start = from;
    const auto close = [&](const QDateTime &end) {
        const TimeRange range{std::max(start, from), std::min(end, until)};
        if (range.isValid())
            ranges << range;
    };
    for (const BackupEvent &event : std::as_const(oplogEvents)) {
        if (!event.created.isValid())
            continue;
        if (event.eventTypeName == kOplogBehind && !behind) {
            close(event.created);
            behind = sawGap = true;
        } else if (event.eventTypeName == kOplogCaughtUp && (behind || !sawGap)) {
            // Caught up without a BEHIND seen first: it was behind since before the events.
            if (!behind)
                ranges.clear();
            start = event.created;
            behind = false;
            sawGap = true;
        }
    }
    if (!sawGap)
        return {};
    if (!behind)
        close(until);
    return ranges;
}

TimeRanges PitHistoryInference::restoreBlackouts(const QList<RestoreJob> &restoresInto,
                                                 const QList<Snapshot> &snapshots, const QDateTime &now)
{
    TimeRanges out;
    for (const RestoreJob &job : restoresInto) {
        if (job.deliveryType == DeliveryType::Download || job.cancelled || !job.createdAt.isValid())
            continue;
        QDateTime end = now;
        if (job.finishedAt.isValid()) {
            for (const Snapshot &s : snapshots) {
                if (s.isCompleted() && s.createdAt >= job.finishedAt && s.createdAt < end)
                    end = s.createdAt;
            }
        }
        out << TimeRange{job.createdAt, std::max(job.createdAt, end)};
    }
    return out;
}

} // namespace snapline
