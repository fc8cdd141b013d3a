#include "domain/backup_policy.h"

#include "domain/enum_text.h"

#include <QCoreApplication>

namespace snapline {

namespace {

constexpr auto kFrequencies
        = makeEnumText<Frequency>(std::pair{Frequency::Hourly, QStringView(u"hourly")},
                                  std::pair{Frequency::Daily, QStringView(u"daily")},
                                  std::pair{Frequency::Weekly, QStringView(u"weekly")},
                                  std::pair{Frequency::Monthly, QStringView(u"monthly")},
                                  std::pair{Frequency::Yearly, QStringView(u"yearly")},
                                  std::pair{Frequency::OnDemand, QStringView(u"ondemand")});

constexpr auto kUnits = makeEnumText<RetentionUnit>(std::pair{RetentionUnit::Days, QStringView(u"days")},
                                                    std::pair{RetentionUnit::Weeks, QStringView(u"weeks")},
                                                    std::pair{RetentionUnit::Months, QStringView(u"months")},
                                                    std::pair{RetentionUnit::Years, QStringView(u"years")});

constexpr double kDaysPerYear = 365.0;

} // namespace

QString toString(Frequency value)
{
    return kFrequencies.toString(value);
}
QString toString(RetentionUnit value)
{
    return kUnits.toString(value);
}

std::optional<Frequency> parseFrequency(QStringView text)
{
    if (text.compare(u"onDemand", Qt::CaseInsensitive) == 0
        || text.compare(u"ON_DEMAND", Qt::CaseInsensitive) == 0)
        return Frequency::OnDemand;
    return kFrequencies.parse(text);
}

std::optional<RetentionUnit> parseRetentionUnit(QStringView text)
{
    return kUnits.parse(text);
}

double Retention::days() const
{
    switch (unit) {
    case RetentionUnit::Days:
        return value;
    case RetentionUnit::Weeks:
        return value * 7.0;
    case RetentionUnit::Months:
        return value * kDaysPerYear / 12.0;
    case RetentionUnit::Years:
        return value * kDaysPerYear;
    }
    return value;
}

QString Retention::describe() const
{
    switch (unit) {
    case RetentionUnit::Days:
        return QCoreApplication::translate("Retention", "%n day(s)", nullptr, value);
    case RetentionUnit::Weeks:
        return QCoreApplication::translate("Retention", "%n week(s)", nullptr, value);
    case RetentionUnit::Months:
        return QCoreApplication::translate("Retention", "%n month(s)", nullptr, value);
    case RetentionUnit::Years:
        return QCoreApplication::translate("Retention", "%n year(s)", nullptr, value);
    }
    return {};
}

BackupPolicy BackupPolicy::atlasDefault()
{
    BackupPolicy policy;
    policy.items = {
            {{}, Frequency::Hourly, 6, {RetentionUnit::Days, 2}},
            {{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}},
            {{}, Frequency::Weekly, 6, {RetentionUnit::Weeks, 4}},
            {{}, Frequency::Monthly, 40, {RetentionUnit::Months, 12}},
            {{}, Frequency::Yearly, 12, {RetentionUnit::Years, 1}},
    };
    return policy;
}

QList<PolicyItem> BackupPolicy::itemsOf(Frequency frequency) const
{
    QList<PolicyItem> out;
    for (const auto &item : items) {
        if (item.frequency == frequency)
            out << item;
    }
    return out;
}

int frequencyRank(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return 0;
    case Frequency::Daily:
        return 1;
    case Frequency::Weekly:
        return 2;
    case Frequency::Monthly:
        return 3;
    case Frequency::Yearly:
        return 4;
    case Frequency::OnDemand:
        return 5;
    }
    return 0;
}

double periodDays(const PolicyItem &item)
{
    switch (item.frequency) {
    case Frequency::Hourly:
        return item.interval >= 1 ? item.interval / 24.0 : 0.0;
    case Frequency::Daily:
        return 1;
    case Frequency::Weekly:
        return 7;
    case Frequency::Monthly:
        return Retention{RetentionUnit::Months, 1}.days();
    case Frequency::Yearly:
        return Retention{RetentionUnit::Years, 1}.days();
    case Frequency::OnDemand:
        return 0; // taken by hand: no steady state
    }
    return 0;
}

} // namespace snapline
