#include "history/storage_history.h"

#include <algorithm>
#include <vector>

namespace snapline {

qint64 StorageDay::total() const
{
    qint64 sum = 0;
    for (const qint64 value : bytes)
        sum += value;
    return sum;
}

StorageHistory StorageHistory::fromTotals(const QList<DailySnapshotTotals> &totals, const QDate &today)
{
    StorageHistory history;
    if (!today.isValid())
        return history;
    QDate first = today;
    for (const DailySnapshotTotals &row : totals)
        if (row.status != SnapshotStatus::Failed && row.createdDay.isValid() && row.createdDay < first)
            first = row.createdDay;
    const qint64 firstDay = first.toJulianDay();
    const qint64 dayCount = today.toJulianDay() - firstDay + 1;

    // A difference array per frequency: +bytes on the first day held, -bytes
    // on the first day no longer held; one running sum then gives every day,
    // so the cost follows days plus rows, not days times rows.
    std::vector<std::array<qint64, kFrequencyCount>> change(std::size_t(dayCount + 1));
    for (const DailySnapshotTotals &row : totals) {
        if (row.status == SnapshotStatus::Failed || !row.createdDay.isValid() || row.bytes == 0)
            continue;
        const qint64 from = row.createdDay.toJulianDay() - firstDay;
        qint64 until = dayCount; // exclusive
        if (row.expiresDay.isValid()) {
            // Today is not over: a snapshot due to expire later today is
            // still held (the catalog drops the ones already gone at sync).
            const qint64 expires = row.expiresDay.toJulianDay() - firstDay;
            until = std::min(until, row.expiresDay == today ? expires + 1 : expires);
        }
        if (from >= until)
            continue; // created after today, or gone before its first day ended
        const auto f = std::size_t(row.frequency);
        change[std::size_t(from)][f] += row.bytes;
        change[std::size_t(until)][f] -= row.bytes;
    }

    std::array<qint64, kFrequencyCount> held{};
    history.m_days.reserve(dayCount);
    for (qint64 i = 0; i < dayCount; ++i) {
        for (std::size_t f = 0; f < held.size(); ++f)
            held[f] += change[std::size_t(i)][f];
        StorageDay &day = history.m_days.emplace_back();
        day.day = QDate::fromJulianDay(firstDay + i);
        day.bytes = held;
        history.m_peakTotal = std::max(history.m_peakTotal, day.total());
    }
    if (history.m_peakTotal == 0)
        history.m_days.clear(); // a row of zeros is not a history
    return history;
}

QList<Frequency> StorageHistory::frequencies() const
{
    std::array<bool, kFrequencyCount> present{};
    for (const StorageDay &day : m_days)
        for (std::size_t f = 0; f < present.size(); ++f)
            present[f] = present[f] || day.bytes[f] != 0;
    QList<Frequency> out;
    for (std::size_t f = 0; f < present.size(); ++f)
        if (present[f])
            out.append(Frequency(f));
    return out;
}

std::optional<StorageDay> StorageHistory::on(const QDate &day) const
{
    if (m_days.isEmpty() || !day.isValid())
        return std::nullopt;
    const qint64 index = day.toJulianDay() - m_days.first().day.toJulianDay();
    if (index < 0 || index >= m_days.size())
        return std::nullopt;
    return m_days[index];
}

} // namespace snapline
