#pragma once

#include "api/api_error.h"
#include "domain/backup_policy.h"
#include "store/sandbox_store.h"

#include <QJsonObject>

#include <optional>

// Atlas's own backup-schedule validation and Backup Compliance Policy minimums, as the sandbox
// enforces them (written independently of the console's rules engine).
namespace snapline::sandbox {

// A project's Backup Compliance Policy, read from its stored document.
struct CompliancePolicy
{
    QString projectId;
    QString state;
    bool deletable = false;
    bool pitEnabled = false;
    bool encryptionAtRestEnabled = false;
    bool copyProtectionEnabled = false;
    int restoreWindowDays = 0;
    std::optional<Retention> onDemandRetention;
    QList<PolicyItem> scheduledItems;
    QJsonObject doc;
};

// The policy of `projectId`, when one exists (any state locks the project).
std::optional<CompliancePolicy> compliancePolicyOf(const SandboxStore &store, const QString &projectId);
CompliancePolicy compliancePolicyFromJson(const QJsonObject &doc);

// A 400 naming `field` in badRequestDetail.
ApiError fieldError(const QString &code, const QString &field, const QString &description);

// Request-body checks shared by the backup handlers, answering as Atlas does: malformed JSON is
// INVALID_JSON, an unknown field INVALID_ATTRIBUTE, a wrong type INVALID_ATTRIBUTE naming the field.
std::optional<ApiError> parseObjectBody(const QByteArray &body, QJsonObject &out);
std::optional<ApiError> checkKnownFields(const QJsonObject &object, const QStringList &known,
                                         const QString &path = {});
// Each leaves `out` alone when the key is absent or null; a present value of the wrong type is an error.
std::optional<ApiError> readInt(const QJsonObject &object, const QString &key, const QString &path,
                                std::optional<int> &out);
std::optional<ApiError> readBool(const QJsonObject &object, const QString &key, const QString &path,
                                 std::optional<bool> &out);
std::optional<ApiError> readString(const QJsonObject &object, const QString &key, const QString &path,
                                   std::optional<QString> &out);
// "a.b" or "b" when `path` is empty.
QString fieldPath(const QString &path, const QString &key);

// Reads one policy item {frequencyType, frequencyInterval, retentionUnit, retentionValue} at `path`
// (lowercase enums). `compliance` allows the compliance policy's looser intervals (0 for on-demand,
// ignored for non-hourly items).
std::optional<ApiError> readPolicyItem(const QJsonValue &value, const QString &path, bool compliance,
                                       PolicyItem &out);

// A schedule's rules: intervals per frequency (NVMe clusters hourly only every 12 h), at most one hourly
// and one daily item, retention at least the item's own period and at least that of any more frequent
// item, reference time in range, restore window positive and within the hourly retention when PIT is on.
std::optional<ApiError> validateSchedule(const BackupPolicy &policy, bool pitEnabled, bool nvme);

// Whether `policy` keeps every item the compliance policy requires (hourly at least as often) and its
// restore window; the error names what is missing.
std::optional<ApiError> checkScheduleMeetsCompliance(const BackupPolicy &policy, const CompliancePolicy &bcp,
                                                     bool clusterPit);
// `policy` raised to the compliance minimums (missing items added, retentions and windows raised).
BackupPolicy raiseToCompliance(BackupPolicy policy, const CompliancePolicy &bcp, bool clusterPit);

// A new compliance policy may only be as strict as or stricter than the current one.
std::optional<ApiError> checkNotWeaker(const CompliancePolicy &current, const CompliancePolicy &next);

// The BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS refusal.
ApiError complianceRefusal(const QString &detail);

} // namespace snapline::sandbox
