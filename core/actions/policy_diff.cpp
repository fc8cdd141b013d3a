#include "actions/policy_diff.h"

#include "rules/policy_validation.h"

#include <QLocale>

#include <algorithm>

namespace snapline {

namespace {

constexpr int kLastDayOfMonth = 40;

QString frequencyWord(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return PolicyDiffer::tr("hourly");
    case Frequency::Daily:
        return PolicyDiffer::tr("daily");
    case Frequency::Weekly:
        return PolicyDiffer::tr("weekly");
    case Frequency::Monthly:
        return PolicyDiffer::tr("monthly");
    case Frequency::Yearly:
        return PolicyDiffer::tr("yearly");
    case Frequency::OnDemand:
        return PolicyDiffer::tr("on-demand");
    }
    return {};
}

QString clock(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

// Index of the item in `pool` that `item` pairs with, or -1.
qsizetype partnerOf(const PolicyItem &item, const QList<PolicyItem> &pool, const QList<bool> &taken)
{
    if (!item.id.isEmpty()) {
        for (qsizetype i = 0; i < pool.size(); ++i) {
            if (!taken[i] && pool[i].id == item.id && pool[i].frequency == item.frequency)
                return i;
        }
    }
    qsizetype sameFrequency = -1;
    for (qsizetype i = 0; i < pool.size(); ++i) {
        if (taken[i] || pool[i].frequency != item.frequency)
            continue;
        // An id on both sides that differs means a different item.
        if (!item.id.isEmpty() && !pool[i].id.isEmpty())
            continue;
        if (pool[i].interval == item.interval)
            return i;
        if (sameFrequency < 0)
            sameFrequency = i;
    }
    return sameFrequency;
}

} // namespace

bool PolicyDiff::has(PolicyChange::Kind kind) const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [kind](const PolicyChange &c) { return c.kind == kind; });
}

QStringList PolicyDiff::sentences() const
{
    QStringList out;
    for (const PolicyChange &c : changes)
        out << c.sentence;
    return out;
}

QString PolicyDiffer::when(const PolicyItem &item)
{
    const QLocale c = QLocale::c();
    switch (item.frequency) {
    case Frequency::Hourly:
        return tr("every %n hour(s)", nullptr, item.interval);
    case Frequency::Weekly:
        return item.interval >= 1 && item.interval <= 7 ? tr("on %1").arg(c.dayName(item.interval))
                                                        : tr("on day %1 of the week").arg(item.interval);
    case Frequency::Monthly:
        return item.interval == kLastDayOfMonth ? tr("on the last day of the month")
                                                : tr("on day %1 of the month").arg(item.interval);
    case Frequency::Yearly:
        return item.interval >= 1 && item.interval <= 12 ? tr("in %1").arg(c.monthName(item.interval))
                                                         : tr("in month %1").arg(item.interval);
    case Frequency::Daily:
    case Frequency::OnDemand:
        break;
    }
    return tr("with interval %1").arg(item.interval);
}

void PolicyDiffer::compareItems(const PolicyItem &before, const PolicyItem &after, PolicyDiff &out)
{
    const QString what = frequencyWord(after.frequency);
    if (before.interval != after.interval) {
        out.changes << PolicyChange{
                PolicyChange::Kind::IntervalChanged, before, after,
                tr("Takes %1 snapshots %2 instead of %3.").arg(what, when(after), when(before))};
    }
    const double was = before.retention.days();
    const double will = after.retention.days();
    if (before.retention != after.retention && was != will) {
        const bool longer = will > was;
        out.changes << PolicyChange{
                longer ? PolicyChange::Kind::RetentionLonger : PolicyChange::Kind::RetentionShorter, before,
                after,
                longer ? tr("Keeps %1 snapshots longer: %2 instead of %3.")
                                 .arg(what, after.retention.describe(), before.retention.describe())
                       : tr("Keeps %1 snapshots for less time: %2 instead of %3.")
                                 .arg(what, after.retention.describe(), before.retention.describe())};
    }
}

PolicyDiff PolicyDiffer::diff(const BackupPolicy &current, const BackupPolicy &proposed)
{
    PolicyDiff out;
    if (current.referenceHourOfDay != proposed.referenceHourOfDay
        || current.referenceMinuteOfHour != proposed.referenceMinuteOfHour) {
        out.changes << PolicyChange{
                PolicyChange::Kind::ReferenceTimeChanged, std::nullopt, std::nullopt,
                tr("Takes scheduled snapshots from %1 UTC instead of %2 UTC.")
                        .arg(clock(proposed.referenceHourOfDay, proposed.referenceMinuteOfHour),
                             clock(current.referenceHourOfDay, current.referenceMinuteOfHour))};
    }
    if (current.restoreWindowDays != proposed.restoreWindowDays) {
        const bool wider = proposed.restoreWindowDays > current.restoreWindowDays;
        const QString was = tr("%n day(s)", nullptr, current.restoreWindowDays);
        out.changes << PolicyChange{
                PolicyChange::Kind::RestoreWindowChanged, std::nullopt, std::nullopt,
                wider ? tr("Widens the point-in-time restore window to %n day(s) (from %1).", nullptr,
                           proposed.restoreWindowDays)
                                .arg(was)
                      : tr("Narrows the point-in-time restore window to %n day(s) (from %1).", nullptr,
                           proposed.restoreWindowDays)
                                .arg(was)};
    }
    if (current.updateSnapshots != proposed.updateSnapshots) {
        out.changes << PolicyChange{
                PolicyChange::Kind::UpdateSnapshotsChanged, std::nullopt, std::nullopt,
                proposed.updateSnapshots
                        ? tr("Applies the new retention to the snapshots already taken, too.")
                        : tr("Leaves the snapshots already taken with the retention they have.")};
    }

    QList<bool> taken(current.items.size(), false);
    for (const PolicyItem &item : proposed.items) {
        const qsizetype partner = partnerOf(item, current.items, taken);
        if (partner < 0) {
            out.changes << PolicyChange{PolicyChange::Kind::ItemAdded, std::nullopt, item,
                                        tr("Adds %1.").arg(describePolicyItem(item))};
            continue;
        }
        taken[partner] = true;
        compareItems(current.items[partner], item, out);
    }
    for (qsizetype i = 0; i < current.items.size(); ++i) {
        if (!taken[i]) {
            out.changes << PolicyChange{PolicyChange::Kind::ItemRemoved, current.items[i], std::nullopt,
                                        tr("Removes %1.").arg(describePolicyItem(current.items[i]))};
        }
    }
    return out;
}

} // namespace snapline
