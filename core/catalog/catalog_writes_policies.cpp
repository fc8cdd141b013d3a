// Writing backup schedules and compliance policies.
#include "catalog/catalog.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kUpsertBackupPolicy[]
        = "INSERT OR REPLACE INTO backup_policies (project_id, cluster_name, reference_hour, "
          "reference_minute, restore_window_days, update_snapshots, items) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
          "?7)";

constexpr const char kUpsertCompliancePolicy[]
        = "INSERT OR REPLACE INTO compliance_policies (project_id, state, authorized_email, "
          "authorized_first_name, authorized_last_name, copy_protection, encryption_at_rest, pit_enabled, "
          "restore_window_days, on_demand_item, scheduled_items, deletable, updated_at, updated_user) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

} // namespace

Status Catalog::writeBackupPolicy(const QString &projectId, const QString &clusterName,
                                  const BackupPolicy &policy)
{
    const QString doing = tr("store the backup schedule of cluster %1").arg(clusterName);
    return transact(doing, [&]() -> Status {
        SqlStatement &row = statement(kUpsertBackupPolicy);
        row.bindText(1, projectId);
        row.bindText(2, clusterName);
        row.bindInt(3, policy.referenceHourOfDay);
        row.bindInt(4, policy.referenceMinuteOfHour);
        row.bindInt(5, policy.restoreWindowDays);
        row.bindBool(6, policy.updateSnapshots);
        row.bindUtf8(7, policyItemsJson(policy.items));
        return row.step() == SQLITE_DONE ? Status(Done{}) : Status(sqlError(doing));
    });
}

Status Catalog::writeCompliancePolicy(const QString &projectId, const std::optional<CompliancePolicy> &policy)
{
    const QString doing = tr("store the compliance policy of project %1").arg(projectId);
    return transact(doing, [&]() -> Status {
        if (!policy)
            return exec("DELETE FROM compliance_policies WHERE project_id = ?1", {projectId}, doing);
        SqlStatement &row = statement(kUpsertCompliancePolicy);
        row.bindText(1, projectId);
        row.bindStaticUtf8(2, complianceStateColumn().name(policy->state));
        row.bindText(3, policy->authorizedEmail);
        row.bindText(4, policy->authorizedUserFirstName);
        row.bindText(5, policy->authorizedUserLastName);
        row.bindBool(6, policy->copyProtectionEnabled);
        row.bindBool(7, policy->encryptionAtRestEnabled);
        row.bindBool(8, policy->pitEnabled);
        row.bindInt(9, policy->restoreWindowDays);
        row.bindUtf8(10,
                     policy->onDemandPolicyItem ? policyItemJson(*policy->onDemandPolicyItem) : QByteArray());
        row.bindUtf8(11, policyItemsJson(policy->scheduledPolicyItems));
        row.bindBool(12, policy->deletable);
        row.bindTime(13, policy->updatedDate);
        row.bindText(14, policy->updatedUser);
        return row.step() == SQLITE_DONE ? Status(Done{}) : Status(sqlError(doing));
    });
}

} // namespace snapline
