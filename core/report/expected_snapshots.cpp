#include "report/expected_snapshots.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace snapline {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kLastDayOfMonth = 40;
constexpr int kLongestMonthlyDay = 28;

// Whether `item` fires on `day` at all (hourly items fire every day).
bool firesOn(const PolicyItem &item, const QDate &day)
{
    if (!itemFires(item))
        return false;
    switch (item.frequency) {
    case Frequency::Hourly:
    case Frequency::Daily:
        return true;
    case Frequency::Weekly:
        return day.dayOfWeek() == item.interval;
    case Frequency::Monthly:
        return day.day() == (item.interval == kLastDayOfMonth ? day.daysInMonth() : item.interval);
    case Frequency::Yearly:
        return day.month() == item.interval && day.day() == 1;
    case Frequency::OnDemand:
        return false;
    }
    return false;
}

} // namespace

bool itemFires(const PolicyItem &item)
{
    switch (item.frequency) {
    case Frequency::Hourly:
        return item.interval >= 1 && item.interval <= 24;
    case Frequency::Daily:
        return true;
    case Frequency::Weekly:
        return item.interval >= 1 && item.interval <= 7;
    case Frequency::Monthly:
        return item.interval == kLastDayOfMonth
                || (item.interval >= 1 && item.interval <= kLongestMonthlyDay);
    case Frequency::Yearly:
        return item.interval >= 1 && item.interval <= 12;
    case Frequency::OnDemand:
        return false;
    }
    return false;
}

qint64 retentionSeconds(const Retention &retention)
{
    return std::llround(retention.days() * double(kDay));
}

std::vector<ScheduledMoment> scheduledMoments(const BackupPolicy &policy, qint64 fromSeconds,
                                              qint64 toSeconds)
{
    std::vector<ScheduledMoment> out;
    const qint64 reference
            = qint64(policy.referenceHourOfDay) * kHour + qint64(policy.referenceMinuteOfHour) * 60;
    if (fromSeconds >= toSeconds || reference < 0 || reference >= kDay)
        return out;
    std::vector<qint64> keep(std::size_t(policy.items.size()));
    for (qsizetype i = 0; i < policy.items.size(); ++i)
        keep[std::size_t(i)] = retentionSeconds(policy.items[i].retention);
    std::vector<std::pair<qint64, int>> day; // (second of the day, item) firing on one day
    const QDate last = QDateTime::fromSecsSinceEpoch(toSeconds, Qt::UTC).date();
    for (QDate d = QDateTime::fromSecsSinceEpoch(fromSeconds, Qt::UTC).date(); d <= last; d = d.addDays(1)) {
        const qint64 midnight = (d.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDay;
        day.clear();
        for (int i = 0; i < int(policy.items.size()); ++i) {
            const PolicyItem &item = policy.items[i];
            if (!firesOn(item, d))
                continue;
            // Hourly items every `interval` hours of the day, aligned on the reference time.
            const qint64 step = item.frequency == Frequency::Hourly ? item.interval * kHour : kDay;
            for (qint64 second = reference % step; second < kDay; second += step) {
                const qint64 at = midnight + second;
                if (at >= fromSeconds && at < toSeconds)
                    day.emplace_back(at, i);
            }
        }
        std::sort(day.begin(), day.end());
        for (const auto &[at, i] : day) {
            const PolicyItem &item = policy.items[i];
            if (out.empty() || out.back().at != at)
                out.push_back({at, item.frequency, 0, 0});
            ScheduledMoment &m = out.back();
            if (frequencyRank(item.frequency) > frequencyRank(m.frequency))
                m.frequency = item.frequency;
            m.retentionSeconds = std::max(m.retentionSeconds, keep[std::size_t(i)]);
            m.items |= quint64(1) << std::min(i, 63);
        }
    }
    return out;
}

QList<ExpectedSnapshot> expectedSnapshots(const BackupPolicy &policy, const QDateTime &from,
                                          const QDateTime &to)
{
    QList<ExpectedSnapshot> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (const ScheduledMoment &m :
         scheduledMoments(policy, from.toSecsSinceEpoch(), to.toSecsSinceEpoch())) {
        ExpectedSnapshot e{QDateTime::fromSecsSinceEpoch(m.at, Qt::UTC), m.frequency, m.retentionSeconds, {}};
        for (int i = 0; i < policy.items.size(); ++i) {
            if (m.items & (quint64(1) << std::min(i, 63)))
                e.itemIndexes << i;
        }
        out << e;
    }
    return out;
}

} // namespace snapline
