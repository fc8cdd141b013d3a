#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace snapline {

// How often a policy item takes a snapshot. OnDemand exists only in the
// compliance policy's on-demand item and on snapshots.
enum class Frequency { Hourly, Daily, Weekly, Monthly, Yearly, OnDemand };
enum class RetentionUnit { Days, Weeks, Months, Years };

QString toString(Frequency value); // "hourly" … "ondemand", as policy items spell it
QString toString(RetentionUnit value);
std::optional<Frequency> parseFrequency(QStringView text);
std::optional<RetentionUnit> parseRetentionUnit(QStringView text);
// Which snapshot a moment's items share when several fire at once: the
// later in this order wins (hourly < daily < weekly < monthly < yearly).
int frequencyRank(Frequency frequency);

// How long a snapshot is kept.
struct Retention
{
    RetentionUnit unit = RetentionUnit::Days;
    int value = 0;

    // Length in days on a common scale (a month is 1/12 year, a year 365 days),
    // so that 12 months equals 1 year and 31 days is at least a month.
    double days() const;
    QString describe() const; // "7 days", "12 months"

    bool operator==(const Retention &) const = default;
};

// One line of a backup schedule: take a snapshot at this frequency and keep
// it this long. `interval` means hours (hourly), day of week 1–7 (weekly), day
// of month 1–28 or 40 = last (monthly) or month 1–12 (yearly).
struct PolicyItem
{
    QString id;
    Frequency frequency = Frequency::Daily;
    int interval = 1;
    Retention retention;

    bool operator==(const PolicyItem &) const = default;
};

// A cluster's backup schedule (the Atlas "backup policy").
struct BackupPolicy
{
    int referenceHourOfDay = 18;
    int referenceMinuteOfHour = 0;
    int restoreWindowDays = 2;
    QList<PolicyItem> items;
    bool updateSnapshots = false; // apply retention changes to existing snapshots

    // Atlas's default schedule: 18:00 UTC; 6-hourly kept 2 days, daily kept 7
    // days, weekly (Saturday) kept 4 weeks, monthly (last day) kept 12 months,
    // yearly (December) kept 1 year.
    static BackupPolicy atlasDefault();

    QList<PolicyItem> itemsOf(Frequency frequency) const;
    bool operator==(const BackupPolicy &) const = default;
};

// Days between two snapshots of `item` on the retention scale (hourly: its
// interval in hours / 24; monthly: 1/12 year); 0 for on-demand, which has no period.
double periodDays(const PolicyItem &item);

} // namespace snapline
