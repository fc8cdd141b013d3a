#pragma once

#include "history/daily_snapshot_totals.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace snapline {

inline constexpr int kFrequencyCount = int(Frequency::OnDemand) + 1;

// The bytes held at the end of one UTC day, by snapshot frequency.
struct StorageDay
{
    QDate day;
    std::array<qint64, kFrequencyCount> bytes{}; // indexed by Frequency

    qint64 of(Frequency frequency) const { return bytes[std::size_t(frequency)]; }
    qint64 total() const;

    bool operator==(const StorageDay &) const = default;
};

// Storage over time of a cluster or a project, stacked by frequency: one
// entry per day from the first snapshot's creation to today. A snapshot
// counts on the days it is held at their end: from its creation day up to
// the day before it expires, or through today when it has no expiry; today,
// which has not ended, counts what is held now, so a snapshot expiring later
// today still counts. Failed snapshots hold nothing. The catalog only has the snapshots Atlas still
// lists, so days long past show what those snapshots held, not everything
// that was stored then.
class StorageHistory
{
public:
    StorageHistory() = default;
    static StorageHistory fromTotals(const QList<DailySnapshotTotals> &totals, const QDate &today);

    const QList<StorageDay> &days() const { return m_days; }
    // Whether any day holds a byte: an empty history has nothing to chart.
    bool isEmpty() const { return m_peakTotal == 0; }
    qint64 peakTotal() const { return m_peakTotal; }
    // The frequencies that hold bytes on some day, in the enum's order.
    QList<Frequency> frequencies() const;
    std::optional<StorageDay> on(const QDate &day) const;

private:
    QList<StorageDay> m_days;
    qint64 m_peakTotal = 0;
};

} // namespace snapline
