#include "console/next_scheduled_snapshot.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace snapline {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kLastDayOfMonth = 40;
constexpr int kLongestMonthlyDay = 28;

QDateTime at(const QDate &day, qint64 secondOfDay)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(secondOfDay);
}

// The first of `day`'s moments (seconds into the day) after `now`, over `days` days.
std::optional<QDateTime> firstAfter(const QDateTime &now, const QDate &from, int days,
                                    const QList<qint64> &moments)
{
    for (int d = 0; d < days; ++d) {
        for (const qint64 second : moments) {
            const QDateTime candidate = at(from.addDays(d), second);
            if (candidate > now)
                return candidate;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> nextFiring(const PolicyItem &item, qint64 reference, const QDateTime &now)
{
    const QDate today = now.date();
    switch (item.frequency) {
    case Frequency::Hourly: {
        if (item.interval < 1 || item.interval > 24)
            return std::nullopt;
        const qint64 step = item.interval * kHour;
        QList<qint64> moments;
        for (qint64 t = reference % step; t < kDay; t += step)
            moments << t;
        return firstAfter(now, today, 2, moments);
    }
    case Frequency::Daily:
        return firstAfter(now, today, 2, {reference});
    case Frequency::Weekly: {
        if (item.interval < 1 || item.interval > 7)
            return std::nullopt;
        const QDate day = today.addDays((item.interval - today.dayOfWeek() + 7) % 7);
        return firstAfter(now, day, 1, {reference}).value_or(at(day.addDays(7), reference));
    }
    case Frequency::Monthly: {
        const bool last = item.interval == kLastDayOfMonth;
        if (!last && (item.interval < 1 || item.interval > kLongestMonthlyDay))
            return std::nullopt;
        for (int m = 0; m < 2; ++m) {
            const QDate month = QDate(today.year(), today.month(), 1).addMonths(m);
            const QDate day(month.year(), month.month(), last ? month.daysInMonth() : item.interval);
            if (const QDateTime candidate = at(day, reference); candidate > now)
                return candidate;
        }
        return std::nullopt;
    }
    case Frequency::Yearly: {
        if (item.interval < 1 || item.interval > 12)
            return std::nullopt;
        for (int y = 0; y < 2; ++y) {
            if (const QDateTime candidate = at(QDate(today.year() + y, item.interval, 1), reference);
                candidate > now)
                return candidate;
        }
        return std::nullopt;
    }
    case Frequency::OnDemand:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<NextSnapshot> nextScheduledSnapshot(const BackupPolicy &policy, const QDateTime &now)
{
    if (!now.isValid())
        return std::nullopt;
    const QDateTime utcNow = now.toUTC();
    const qint64 reference
            = qint64(policy.referenceHourOfDay) * kHour + qint64(policy.referenceMinuteOfHour) * 60;
    if (reference < 0 || reference >= kDay)
        return std::nullopt;
    std::optional<NextSnapshot> best;
    for (const PolicyItem &item : policy.items) {
        const auto next = nextFiring(item, reference, utcNow);
        if (!next)
            continue;
        if (!best || *next < best->at)
            best = NextSnapshot{*next, item.frequency};
        else if (*next == best->at && frequencyRank(item.frequency) > frequencyRank(best->frequency))
            best->frequency = item.frequency;
    }
    return best;
}

} // namespace snapline
