#include "seed/schedule_times.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <map>

namespace snapline::sandbox {

namespace {

constexpr qint64 kDay = 86400;
constexpr int kLastDayOfMonth = 40;

// Does `item` fire on `day` (UTC date)? Hourly items fire every day.
bool firesOn(const PolicyItem &item, const QDate &day)
{
    switch (item.frequency) {
    case Frequency::Hourly:
    case Frequency::Daily:
        return true;
    case Frequency::Weekly:
        return day.dayOfWeek() == item.interval;
    case Frequency::Monthly:
        return item.interval == kLastDayOfMonth ? day.day() == day.daysInMonth() : day.day() == item.interval;
    case Frequency::Yearly:
        return day.month() == item.interval && day.day() == 1;
    case Frequency::OnDemand:
        return false;
    }
    return false;
}

} // namespace

qint64 retentionSeconds(const Retention &retention)
{
    return qint64(retention.days() * double(kDay));
}

QList<ScheduledSnapshot> scheduledSnapshots(const BackupPolicy &policy, qint64 from, qint64 to)
{
    std::map<qint64, ScheduledSnapshot> byMoment;
    const qint64 reference
            = qint64(policy.referenceHourOfDay) * 3600 + qint64(policy.referenceMinuteOfHour) * 60;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date().addDays(-1);
    const QDate last = QDateTime::fromSecsSinceEpoch(to, Qt::UTC).date();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const qint64 midnight = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        for (int i = 0; i < policy.items.size(); ++i) {
            const PolicyItem &item = policy.items[i];
            if (!firesOn(item, day) || item.interval < 1)
                continue;
            QList<qint64> moments{midnight + reference};
            if (item.frequency == Frequency::Hourly) {
                moments.clear();
                for (qint64 t = reference % (qint64(item.interval) * 3600); t < kDay;
                     t += qint64(item.interval) * 3600)
                    moments << midnight + t;
            }
            for (qint64 at : moments) {
                if (at < from || at >= to)
                    continue;
                ScheduledSnapshot &s = byMoment[at];
                const bool firstItem = s.itemIndexes.isEmpty();
                s.at = at;
                if (firstItem || frequencyRank(item.frequency) > frequencyRank(s.frequency))
                    s.frequency = item.frequency;
                s.retainSeconds = std::max(s.retainSeconds, retentionSeconds(item.retention));
                s.itemIndexes << i;
            }
        }
    }
    QList<ScheduledSnapshot> out;
    out.reserve(qsizetype(byMoment.size()));
    for (auto &[at, s] : byMoment)
        out << s;
    return out;
}

qint64 nextScheduledSnapshot(const BackupPolicy &policy, qint64 from)
{
    // Look two days ahead first (hourly and daily items), then further for
    // policies with only weekly, monthly or yearly items.
    for (const qint64 horizon : {2 * kDay, 40 * kDay, 400 * kDay}) {
        const auto next = scheduledSnapshots(policy, from, from + horizon);
        if (!next.isEmpty())
            return next.first().at;
    }
    return 0;
}

} // namespace snapline::sandbox
