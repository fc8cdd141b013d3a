#include "rules/policy_validation.h"

#include "rules/rule_codes.h"

#include <QLocale>

#include <algorithm>

namespace snapline {

namespace {

constexpr double kEpsilonDays = 0.01;
constexpr int kLastDayOfMonth = 40;

Finding finding(const QString &code, const QString &rule, const QString &message)
{
    return {code, rule, message};
}

// The shortest retention an item may have: its own period, and never under a day.
double minimumRetentionDays(const PolicyItem &item)
{
    return std::max(1.0, periodDays(item));
}

QString frequencyName(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return PolicyValidation::tr("hourly");
    case Frequency::Daily:
        return PolicyValidation::tr("daily");
    case Frequency::Weekly:
        return PolicyValidation::tr("weekly");
    case Frequency::Monthly:
        return PolicyValidation::tr("monthly");
    case Frequency::Yearly:
        return PolicyValidation::tr("yearly");
    case Frequency::OnDemand:
        return PolicyValidation::tr("on-demand");
    }
    return {};
}

double longestRetention(const QList<PolicyItem> &items)
{
    double best = 0;
    for (const auto &item : items)
        best = std::max(best, item.retention.days());
    return best;
}

} // namespace

QString describePolicyItem(const PolicyItem &item)
{
    const QString kept = item.retention.describe();
    const QLocale c = QLocale::c();
    switch (item.frequency) {
    case Frequency::Hourly:
        return PolicyValidation::tr("every %n hour(s), kept %1", nullptr, item.interval).arg(kept);
    case Frequency::Daily:
        return PolicyValidation::tr("daily, kept %1").arg(kept);
    case Frequency::Weekly:
        return PolicyValidation::tr("weekly (%1), kept %2")
                .arg(item.interval >= 1 && item.interval <= 7 ? c.dayName(item.interval)
                                                              : QString::number(item.interval),
                     kept);
    case Frequency::Monthly:
        return PolicyValidation::tr("monthly (%1), kept %2")
                .arg(item.interval == kLastDayOfMonth ? PolicyValidation::tr("last day")
                                                      : PolicyValidation::tr("day %1").arg(item.interval),
                     kept);
    case Frequency::Yearly:
        return PolicyValidation::tr("yearly (%1), kept %2")
                .arg(item.interval >= 1 && item.interval <= 12 ? c.monthName(item.interval)
                                                               : QString::number(item.interval),
                     kept);
    case Frequency::OnDemand:
        return PolicyValidation::tr("on demand, kept %1").arg(kept);
    }
    return {};
}

std::optional<Finding> PolicyValidation::checkInterval(const PolicyItem &item, bool nvme)
{
    const int n = item.interval;
    QString problem;
    switch (item.frequency) {
    case Frequency::Hourly:
        if (nvme && n != 12) {
            return finding(
                    RuleCode::PolicyNvmeHourlyInterval, RuleSource::Policy,
                    tr("On NVMe clusters the hourly snapshot interval must be 12 hours, not %n hour(s).",
                       nullptr, n));
        }
        if (!QList<int>{1, 2, 4, 6, 8, 12}.contains(n))
            problem = tr("An hourly item runs every 1, 2, 4, 6, 8 or 12 hours, not every %1.").arg(n);
        break;
    case Frequency::Daily:
        if (n != 1)
            problem = tr("A daily item must have interval 1, not %1.").arg(n);
        break;
    case Frequency::Weekly:
        if (n < 1 || n > 7)
            problem = tr("A weekly item needs a day of the week from 1 (Monday) to 7 (Sunday), not %1.")
                              .arg(n);
        break;
    case Frequency::Monthly:
        if ((n < 1 || n > 28) && n != kLastDayOfMonth)
            problem = tr("A monthly item needs a day of the month from 1 to 28, or 40 for the last day, not "
                         "%1.")
                              .arg(n);
        break;
    case Frequency::Yearly:
        if (n < 1 || n > 12)
            problem = tr("A yearly item needs a month from 1 (January) to 12 (December), not %1.").arg(n);
        break;
    case Frequency::OnDemand:
        if ((n < 0 || n > 28) && n != kLastDayOfMonth)
            problem = tr("An on-demand item's interval must be 0–28 or 40, not %1.").arg(n);
        break;
    }
    if (problem.isEmpty())
        return std::nullopt;
    return finding(RuleCode::PolicyIntervalInvalid, RuleSource::Policy, problem);
}

QList<Finding> PolicyValidation::validate(const BackupPolicy &policy, const Context &context)
{
    QList<Finding> out;
    if (policy.referenceHourOfDay < 0 || policy.referenceHourOfDay > 23 || policy.referenceMinuteOfHour < 0
        || policy.referenceMinuteOfHour > 59) {
        out << finding(RuleCode::PolicyReferenceTime, RuleSource::Policy,
                       tr("The reference time must be an hour from 0 to 23 and a minute from 0 to 59 (UTC); "
                          "got %1:%2.")
                               .arg(policy.referenceHourOfDay)
                               .arg(policy.referenceMinuteOfHour));
    }
    if (policy.items.isEmpty()) {
        out << finding(
                RuleCode::PolicyEmpty, RuleSource::Policy,
                tr("A backup policy needs at least one item, or no scheduled snapshot would ever be taken."));
    }
    checkItems(policy, context, out);
    checkRetentionOrder(policy, out);
    checkRestoreWindow(policy, context, out);
    checkCompliance(policy, context, out);
    return out;
}

void PolicyValidation::checkItems(const BackupPolicy &policy, const Context &context, QList<Finding> &out)
{
    for (const auto &item : policy.items) {
        if (item.frequency == Frequency::OnDemand) {
            out << finding(
                    RuleCode::PolicyOnDemandItem, RuleSource::Policy,
                    tr("A backup schedule cannot contain an on-demand item; on-demand snapshots are taken "
                       "by hand."));
            continue;
        }
        if (auto bad = checkInterval(item, context.nvme))
            out << *bad;
        if (item.retention.value < 1) {
            out << finding(
                    RuleCode::PolicyRetentionInvalid, RuleSource::Policy,
                    tr("The %1 item must keep its snapshots for at least 1 %2, not %3.")
                            .arg(frequencyName(item.frequency), toString(item.retention.unit).chopped(1))
                            .arg(item.retention.value));
        } else if (item.retention.days() + kEpsilonDays < minimumRetentionDays(item)) {
            out << finding(
                    RuleCode::PolicyRetentionTooShort, RuleSource::Policy,
                    tr("The %1 item keeps snapshots for %2, which is shorter than its own period; keep "
                       "them at least %3.")
                            .arg(frequencyName(item.frequency), item.retention.describe(),
                                 item.frequency == Frequency::Weekly            ? tr("7 days")
                                         : item.frequency == Frequency::Monthly ? tr("1 month (31 days)")
                                         : item.frequency == Frequency::Yearly  ? tr("1 year")
                                                                                : tr("1 day")));
        }
    }
    for (const Frequency once : {Frequency::Hourly, Frequency::Daily}) {
        if (policy.itemsOf(once).size() > 1) {
            out << finding(RuleCode::PolicyDuplicateItem, RuleSource::Policy,
                           tr("A backup policy can have only one %1 item.").arg(frequencyName(once)));
        }
    }
}

void PolicyValidation::checkRetentionOrder(const BackupPolicy &policy, QList<Finding> &out)
{
    const QList<Frequency> order{Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly,
                                 Frequency::Yearly};
    for (qsizetype i = 0; i < order.size(); ++i) {
        const double frequent = longestRetention(policy.itemsOf(order[i]));
        if (frequent <= 0)
            continue;
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            for (const auto &item : policy.itemsOf(order[j])) {
                if (item.retention.value >= 1 && item.retention.days() + kEpsilonDays < frequent) {
                    out << finding(
                            RuleCode::PolicyRetentionOrder, RuleSource::Policy,
                            tr("The %1 item keeps snapshots for %2, less than the more frequent %3 item; a "
                               "less frequent item must keep its snapshots at least as long.")
                                    .arg(frequencyName(order[j]), item.retention.describe(),
                                         frequencyName(order[i])));
                }
            }
        }
    }
}

void PolicyValidation::checkRestoreWindow(const BackupPolicy &policy, const Context &context,
                                          QList<Finding> &out)
{
    if (!context.pitEnabled)
        return;
    if (policy.restoreWindowDays < 1) {
        out << finding(RuleCode::PolicyRestoreWindowInvalid, RuleSource::Policy,
                       tr("The point-in-time restore window must be at least 1 day, not %1.")
                               .arg(policy.restoreWindowDays));
        return;
    }
    const auto hourly = policy.itemsOf(Frequency::Hourly);
    if (!hourly.isEmpty() && policy.restoreWindowDays > longestRetention(hourly) + kEpsilonDays) {
        out << finding(
                RuleCode::PolicyRestoreWindowExceedsHourly, RuleSource::Policy,
                tr("The restore window (%n day(s)) cannot be longer than the hourly snapshots are kept (%1).",
                   nullptr, policy.restoreWindowDays)
                        .arg(hourly.first().retention.describe()));
    }
}

void PolicyValidation::checkCompliance(const BackupPolicy &policy, const Context &context,
                                       QList<Finding> &out)
{
    if (!context.compliance)
        return;
    const CompliancePolicy &bcp = *context.compliance;
    for (const auto &required : bcp.scheduledPolicyItems) {
        const auto candidates = policy.itemsOf(required.frequency);
        if (candidates.isEmpty()) {
            out << finding(RuleCode::CompliancePolicyItemMissing, RuleSource::Compliance,
                           tr("The Backup Compliance Policy requires a %1 item (%2); it cannot be removed.")
                                   .arg(frequencyName(required.frequency), describePolicyItem(required)));
            continue;
        }
        const bool meets = std::any_of(candidates.cbegin(), candidates.cend(), [&](const PolicyItem &item) {
            return meetsRequirement(item, required);
        });
        if (!meets) {
            out << finding(
                    RuleCode::CompliancePolicyItemBelowMinimum, RuleSource::Compliance,
                    tr("The Backup Compliance Policy requires at least %1 for the %2 item; this policy "
                       "goes below it.")
                            .arg(describePolicyItem(required), frequencyName(required.frequency)));
        }
    }
    if (bcp.pitEnabled && context.pitEnabled && policy.restoreWindowDays < bcp.restoreWindowDays) {
        out << finding(RuleCode::ComplianceRestoreWindowBelowMinimum, RuleSource::Compliance,
                       tr("The Backup Compliance Policy requires a restore window of at least %n day(s).",
                          nullptr, bcp.restoreWindowDays));
    }
    if (policy.updateSnapshots && context.current) {
        for (const auto &item : policy.items) {
            const double before = longestRetention(context.current->itemsOf(item.frequency));
            if (before > 0 && item.retention.days() + kEpsilonDays < before) {
                out << finding(
                        RuleCode::ComplianceRetentionDecreaseLocked, RuleSource::Compliance,
                        tr("Under the Backup Compliance Policy the retention of existing %1 snapshots cannot "
                           "be shortened; turn off \"apply to existing snapshots\" or keep %2.")
                                .arg(frequencyName(item.frequency),
                                     context.current->itemsOf(item.frequency).first().retention.describe()));
            }
        }
    }
}

bool PolicyValidation::meetsRequirement(const PolicyItem &item, const PolicyItem &required)
{
    const bool oftenEnough = required.frequency != Frequency::Hourly || item.interval <= required.interval;
    return item.frequency == required.frequency && oftenEnough
            && item.retention.days() + kEpsilonDays >= required.retention.days();
}

QList<Finding> PolicyValidation::warnings(const BackupPolicy &policy, const Context &context)
{
    QList<Finding> out;
    if (policy.updateSnapshots) {
        out << finding(
                RuleCode::WarnUpdateSnapshots, RuleSource::Policy,
                tr("Retention changes will also apply to existing snapshots; snapshots whose new expiry "
                   "has passed are deleted."));
    }
    if (context.current) {
        for (const auto &item : policy.items) {
            const double before = longestRetention(context.current->itemsOf(item.frequency));
            if (before > 0 && item.retention.days() + kEpsilonDays < before) {
                out << finding(RuleCode::WarnRetentionShortened, RuleSource::Policy,
                               tr("New %1 snapshots will be kept for %2, shorter than today.")
                                       .arg(frequencyName(item.frequency), item.retention.describe()));
                break;
            }
        }
    }
    return out;
}

} // namespace snapline
