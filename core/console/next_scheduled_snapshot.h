#pragma once

#include "domain/backup_policy.h"

#include <QDateTime>

#include <optional>

namespace snapline {

// The next moment a backup schedule takes a snapshot, and the least frequent
// item firing then (Atlas keeps one snapshot for all items due at a moment
// and names it after that item).
struct NextSnapshot
{
    QDateTime at; // UTC
    Frequency frequency = Frequency::Daily;

    bool operator==(const NextSnapshot &) const = default;
};

// The first moment strictly after `now` when `policy` fires, computed from its
// reference hour and minute (UTC) and its items: hourly items every `interval`
// hours aligned on the reference time, daily at the reference time, weekly on
// day `interval` (1 = Monday), monthly on day `interval` (40 = the last day of
// the month), yearly on the first day of month `interval` — the moments the
// sandbox schedule fires at. Items with an invalid interval never fire;
// nullopt when no item does.
std::optional<NextSnapshot> nextScheduledSnapshot(const BackupPolicy &policy, const QDateTime &now);

} // namespace snapline
