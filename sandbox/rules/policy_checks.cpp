// Atlas's backup-schedule rules and compliance minimums, and the request-body checks they share.
#include "rules/policy_checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace snapline::sandbox {

namespace {

constexpr double kTolerance = 1e-6;
constexpr int kLastDayOfMonth = 40;
const QString kInvalidAttribute = QStringLiteral("INVALID_ATTRIBUTE");

int rank(Frequency f)
{
    return int(f); // Hourly < Daily < Weekly < Monthly < Yearly
}

// Lowercase enums only: the schedule and compliance items spell them so, unlike snapshot PATCH.
std::optional<Frequency> exactFrequency(const QString &text)
{
    for (Frequency f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly,
                        Frequency::Yearly, Frequency::OnDemand}) {
        if (toString(f) == text)
            return f;
    }
    return std::nullopt;
}

std::optional<RetentionUnit> exactUnit(const QString &text)
{
    for (RetentionUnit u :
         {RetentionUnit::Days, RetentionUnit::Weeks, RetentionUnit::Months, RetentionUnit::Years}) {
        if (toString(u) == text)
            return u;
    }
    return std::nullopt;
}

QString itemText(const PolicyItem &item)
{
    return QStringLiteral("%1 (interval %2, %3 %4)")
            .arg(toString(item.frequency))
            .arg(item.interval)
            .arg(item.retention.value)
            .arg(toString(item.retention.unit));
}

std::optional<PolicyItem> strongest(const QList<PolicyItem> &items, Frequency frequency)
{
    std::optional<PolicyItem> best;
    for (const PolicyItem &item : items) {
        if (item.frequency == frequency && (!best || item.retention.days() > best->retention.days()))
            best = item;
    }
    return best;
}

// Does `have` satisfy the requirement `need` (same frequency, kept as long; hourly at least as often)?
bool satisfies(const PolicyItem &have, const PolicyItem &need)
{
    if (have.frequency != need.frequency || have.retention.days() + kTolerance < need.retention.days())
        return false;
    return need.frequency != Frequency::Hourly || have.interval <= need.interval;
}

} // namespace

ApiError fieldError(const QString &code, const QString &field, const QString &description)
{
    ApiError error(400, code, QStringLiteral("Invalid value for %1: %2").arg(field, description));
    error.addFieldViolation(field, description);
    return error;
}

QString fieldPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : QStringLiteral("%1.%2").arg(path, key);
}

std::optional<ApiError> parseObjectBody(const QByteArray &body, QJsonObject &out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError::invalidJson();
    out = document.object();
    return std::nullopt;
}

std::optional<ApiError> checkKnownFields(const QJsonObject &object, const QStringList &known,
                                         const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString field = fieldPath(path, it.key());
            ApiError error = ApiError::invalidAttribute(field);
            error.addFieldViolation(field, QStringLiteral("is not a field of this request body"));
            return error;
        }
    }
    return std::nullopt;
}

std::optional<ApiError> readInt(const QJsonObject &object, const QString &key, const QString &path,
                                std::optional<int> &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double d = value.toDouble();
    if (!value.isDouble() || std::floor(d) != d || d < -2147483648.0 || d > 2147483647.0)
        return fieldError(kInvalidAttribute, fieldPath(path, key),
                          QStringLiteral("must be a 32-bit integer"));
    out = int(d);
    return std::nullopt;
}

std::optional<ApiError> readBool(const QJsonObject &object, const QString &key, const QString &path,
                                 std::optional<bool> &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        return fieldError(kInvalidAttribute, fieldPath(path, key), QStringLiteral("must be a boolean"));
    out = value.toBool();
    return std::nullopt;
}

std::optional<ApiError> readString(const QJsonObject &object, const QString &key, const QString &path,
                                   std::optional<QString> &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return fieldError(kInvalidAttribute, fieldPath(path, key), QStringLiteral("must be a string"));
    out = value.toString();
    return std::nullopt;
}

std::optional<ApiError> readPolicyItem(const QJsonValue &value, const QString &path, bool compliance,
                                       PolicyItem &out)
{
    if (!value.isObject())
        return fieldError(kInvalidAttribute, path, QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    const QStringList known{QStringLiteral("id"), QStringLiteral("frequencyType"),
                            QStringLiteral("frequencyInterval"), QStringLiteral("retentionUnit"),
                            QStringLiteral("retentionValue")};
    if (auto error = checkKnownFields(o, known, path))
        return error;
    std::optional<QString> id, type, unit;
    std::optional<int> interval, retention;
    for (auto error : {readString(o, QStringLiteral("id"), path, id),
                       readString(o, QStringLiteral("frequencyType"), path, type),
                       readInt(o, QStringLiteral("frequencyInterval"), path, interval),
                       readString(o, QStringLiteral("retentionUnit"), path, unit),
                       readInt(o, QStringLiteral("retentionValue"), path, retention)}) {
        if (error)
            return error;
    }
    const auto missing = [&](const char *key) {
        const QString field = fieldPath(path, QString::fromLatin1(key));
        return fieldError(QStringLiteral("MISSING_ATTRIBUTE"), field, QStringLiteral("is required"));
    };
    if (!type)
        return missing("frequencyType");
    if (!interval)
        return missing("frequencyInterval");
    if (!unit)
        return missing("retentionUnit");
    if (!retention)
        return missing("retentionValue");
    const auto frequency = exactFrequency(*type);
    if (!frequency) {
        return fieldError(QStringLiteral("INVALID_ENUM_VALUE"),
                          fieldPath(path, QStringLiteral("frequencyType")),
                          QStringLiteral("must be one of daily, hourly, weekly, monthly, yearly, ondemand"));
    }
    const auto retentionUnit = exactUnit(*unit);
    if (!retentionUnit) {
        return fieldError(QStringLiteral("INVALID_ENUM_VALUE"),
                          fieldPath(path, QStringLiteral("retentionUnit")),
                          QStringLiteral("must be one of days, weeks, months, years"));
    }
    const bool inEnum = (*interval >= 1 && *interval <= 28) || *interval == kLastDayOfMonth
            || (compliance && *interval == 0 && *frequency == Frequency::OnDemand);
    if (!inEnum) {
        return fieldError(QStringLiteral("INVALID_ENUM_VALUE"),
                          fieldPath(path, QStringLiteral("frequencyInterval")),
                          QStringLiteral("must be 1 to 28 or 40"));
    }
    if (*retention <= 0) {
        ApiError error = ApiError::attributeNegativeOrZero(fieldPath(path, QStringLiteral("retentionValue")));
        error.addFieldViolation(fieldPath(path, QStringLiteral("retentionValue")),
                                QStringLiteral("must be at least 1"));
        return error;
    }
    out = PolicyItem{id.value_or(QString()), *frequency, *interval, Retention{*retentionUnit, *retention}};
    return std::nullopt;
}

std::optional<ApiError> validateSchedule(const BackupPolicy &policy, bool pitEnabled, bool nvme)
{
    if (policy.referenceHourOfDay < 0 || policy.referenceHourOfDay > 23) {
        return fieldError(QStringLiteral("INVALID_REFERENCE_HOUR_OF_DAY"),
                          QStringLiteral("referenceHourOfDay"), QStringLiteral("must be 0 to 23"));
    }
    if (policy.referenceMinuteOfHour < 0 || policy.referenceMinuteOfHour > 59) {
        return fieldError(QStringLiteral("INVALID_REFERENCE_MINUTE_OF_HOUR"),
                          QStringLiteral("referenceMinuteOfHour"), QStringLiteral("must be 0 to 59"));
    }
    if (policy.restoreWindowDays <= 0) {
        return fieldError(QStringLiteral("INVALID_RESTORE_WINDOW_DAYS"), QStringLiteral("restoreWindowDays"),
                          QStringLiteral("must be positive"));
    }
    if (policy.items.isEmpty()) {
        return fieldError(QStringLiteral("INVALID_POLICY_ITEMS"), QStringLiteral("policies[0].policyItems"),
                          QStringLiteral("must hold at least one policy item"));
    }
    int hourly = 0, daily = 0;
    for (qsizetype i = 0; i < policy.items.size(); ++i) {
        const PolicyItem &item = policy.items[i];
        const QString path = QStringLiteral("policies[0].policyItems[%1]").arg(i);
        const auto badInterval = [&](const QString &allowed) {
            return fieldError(
                    QStringLiteral("INVALID_FREQUENCY_INTERVAL"), path + QStringLiteral(".frequencyInterval"),
                    QStringLiteral("a %1 item's interval must be %2").arg(toString(item.frequency), allowed));
        };
        switch (item.frequency) {
        case Frequency::Hourly:
            ++hourly;
            if (nvme && item.interval != 12)
                return badInterval(QStringLiteral("12 on an NVMe cluster"));
            if (!QList<int>{1, 2, 4, 6, 8, 12}.contains(item.interval))
                return badInterval(QStringLiteral("1, 2, 4, 6, 8 or 12"));
            break;
        case Frequency::Daily:
            ++daily;
            if (item.interval != 1)
                return badInterval(QStringLiteral("1"));
            break;
        case Frequency::Weekly:
            if (item.interval < 1 || item.interval > 7)
                return badInterval(QStringLiteral("1 (Monday) to 7 (Sunday)"));
            break;
        case Frequency::Monthly:
            if (!((item.interval >= 1 && item.interval <= 28) || item.interval == kLastDayOfMonth))
                return badInterval(QStringLiteral("1 to 28, or 40 (last day)"));
            break;
        case Frequency::Yearly:
            if (item.interval < 1 || item.interval > 12)
                return badInterval(QStringLiteral("1 (January) to 12 (December)"));
            break;
        case Frequency::OnDemand:
            return fieldError(QStringLiteral("INVALID_FREQUENCY_TYPE"),
                              path + QStringLiteral(".frequencyType"),
                              QStringLiteral("a schedule cannot hold an ondemand item"));
        }
        if (hourly > 1 || daily > 1) {
            return fieldError(
                    QStringLiteral("INVALID_POLICY_ITEMS"), path + QStringLiteral(".frequencyType"),
                    QStringLiteral("a schedule holds at most one %1 item").arg(toString(item.frequency)));
        }
        if (item.retention.days() + kTolerance < periodDays(item)) {
            return fieldError(QStringLiteral("INVALID_RETENTION_PERIOD"),
                              path + QStringLiteral(".retentionValue"),
                              QStringLiteral("a %1 item must keep its snapshots at least one %2 period")
                                      .arg(toString(item.frequency), toString(item.frequency)));
        }
    }
    for (qsizetype i = 0; i < policy.items.size(); ++i) {
        for (const PolicyItem &other : policy.items) {
            const PolicyItem &item = policy.items[i];
            if (rank(other.frequency) < rank(item.frequency)
                && item.retention.days() + kTolerance < other.retention.days()) {
                return fieldError(QStringLiteral("INVALID_RETENTION_PERIOD"),
                                  QStringLiteral("policies[0].policyItems[%1].retentionValue").arg(i),
                                  QStringLiteral("a %1 item must keep snapshots at least as long as the more "
                                                 "frequent %2 item")
                                          .arg(toString(item.frequency), itemText(other)));
            }
        }
    }
    const auto hourlyItem = strongest(policy.items, Frequency::Hourly);
    if (pitEnabled && hourlyItem && policy.restoreWindowDays > hourlyItem->retention.days() + kTolerance) {
        return fieldError(QStringLiteral("INVALID_RESTORE_WINDOW_DAYS"), QStringLiteral("restoreWindowDays"),
                          QStringLiteral("cannot be longer than the hourly snapshots' retention (%1 days)")
                                  .arg(hourlyItem->retention.days()));
    }
    return std::nullopt;
}

ApiError complianceRefusal(const QString &detail)
{
    return ApiError::compliancePolicyViolation(detail);
}

CompliancePolicy compliancePolicyFromJson(const QJsonObject &doc)
{
    CompliancePolicy p;
    p.doc = doc;
    p.projectId = doc.value(u"projectId").toString();
    p.state = doc.value(u"state").toString();
    p.deletable = doc.value(u"deletable").toBool();
    p.pitEnabled = doc.value(u"pitEnabled").toBool();
    p.encryptionAtRestEnabled = doc.value(u"encryptionAtRestEnabled").toBool();
    p.copyProtectionEnabled = doc.value(u"copyProtectionEnabled").toBool();
    p.restoreWindowDays = doc.value(u"restoreWindowDays").toInt();
    PolicyItem item;
    if (doc.contains(u"onDemandPolicyItem")
        && !readPolicyItem(doc.value(u"onDemandPolicyItem"), QStringLiteral("onDemandPolicyItem"), true,
                           item))
        p.onDemandRetention = item.retention;
    for (const QJsonValue &value : doc.value(u"scheduledPolicyItems").toArray()) {
        if (!readPolicyItem(value, QStringLiteral("scheduledPolicyItems"), true, item))
            p.scheduledItems << item;
    }
    return p;
}

std::optional<CompliancePolicy> compliancePolicyOf(const SandboxStore &store, const QString &projectId)
{
    const auto row = store.document(QStringLiteral("compliance"), projectId);
    if (!row)
        return std::nullopt;
    return compliancePolicyFromJson(row->doc);
}

std::optional<ApiError> checkScheduleMeetsCompliance(const BackupPolicy &policy, const CompliancePolicy &bcp,
                                                     bool clusterPit)
{
    for (const PolicyItem &need : bcp.scheduledItems) {
        const bool met = std::any_of(policy.items.begin(), policy.items.end(),
                                     [&](const PolicyItem &have) { return satisfies(have, need); });
        if (!met) {
            return complianceRefusal(
                    QStringLiteral("The Backup Compliance Policy requires a %1 policy item; the "
                                   "schedule does not keep one at least that often and that long.")
                            .arg(itemText(need)));
        }
    }
    if (bcp.pitEnabled && clusterPit && policy.restoreWindowDays < bcp.restoreWindowDays) {
        return complianceRefusal(
                QStringLiteral("The Backup Compliance Policy requires a restore window of at least "
                               "%1 days.")
                        .arg(bcp.restoreWindowDays));
    }
    return std::nullopt;
}

BackupPolicy raiseToCompliance(BackupPolicy policy, const CompliancePolicy &bcp, bool clusterPit)
{
    for (const PolicyItem &need : bcp.scheduledItems) {
        bool met = false;
        for (PolicyItem &have : policy.items) {
            if (have.frequency != need.frequency || met)
                continue;
            if (need.frequency == Frequency::Hourly)
                have.interval = std::min(have.interval, need.interval);
            if (have.retention.days() + kTolerance < need.retention.days())
                have.retention = need.retention;
            met = true;
        }
        if (!met) {
            PolicyItem added = need;
            added.id.clear();
            policy.items << added;
        }
    }
    if (bcp.pitEnabled && clusterPit)
        policy.restoreWindowDays = std::max(policy.restoreWindowDays, bcp.restoreWindowDays);
    std::stable_sort(policy.items.begin(), policy.items.end(), [](const PolicyItem &a, const PolicyItem &b) {
        return rank(a.frequency) < rank(b.frequency);
    });
    return policy;
}

std::optional<ApiError> checkNotWeaker(const CompliancePolicy &current, const CompliancePolicy &next)
{
    const auto weaker = [](const QString &what) {
        return ApiError(
                400, QStringLiteral("CANNOT_WEAKEN_BACKUP_COMPLIANCE_POLICY"),
                QStringLiteral("A Backup Compliance Policy can only be made stricter: %1.").arg(what));
    };
    for (const auto &[name, before, after] :
         {std::tuple{"pitEnabled", current.pitEnabled, next.pitEnabled},
          std::tuple{"encryptionAtRestEnabled", current.encryptionAtRestEnabled,
                     next.encryptionAtRestEnabled},
          std::tuple{"copyProtectionEnabled", current.copyProtectionEnabled, next.copyProtectionEnabled}}) {
        if (before && !after)
            return weaker(QStringLiteral("%1 cannot be turned off").arg(QString::fromLatin1(name)));
    }
    if (current.pitEnabled && next.restoreWindowDays < current.restoreWindowDays)
        return weaker(QStringLiteral("restoreWindowDays cannot go below %1").arg(current.restoreWindowDays));
    if (current.onDemandRetention
        && (!next.onDemandRetention
            || next.onDemandRetention->days() + kTolerance < current.onDemandRetention->days()))
        return weaker(QStringLiteral("the on-demand retention cannot go below %1 %2")
                              .arg(current.onDemandRetention->value)
                              .arg(toString(current.onDemandRetention->unit)));
    for (const PolicyItem &need : current.scheduledItems) {
        const bool kept = std::any_of(next.scheduledItems.begin(), next.scheduledItems.end(),
                                      [&](const PolicyItem &have) { return satisfies(have, need); });
        if (!kept)
            return weaker(QStringLiteral("the %1 item cannot be removed or relaxed").arg(itemText(need)));
    }
    return std::nullopt;
}

} // namespace snapline::sandbox
