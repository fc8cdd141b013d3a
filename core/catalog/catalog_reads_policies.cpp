// Reading backup schedules and compliance policies.
#include "catalog/catalog.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr const char kBackupPolicy[]
        = "SELECT reference_hour, reference_minute, restore_window_days, update_snapshots, items FROM "
          "backup_policies WHERE project_id = ?1 AND cluster_name = ?2";
constexpr const char kCompliancePolicy[]
        = "SELECT state, authorized_email, authorized_first_name, authorized_last_name, copy_protection, "
          "encryption_at_rest, pit_enabled, restore_window_days, on_demand_item, scheduled_items, "
          "deletable, updated_at, updated_user FROM compliance_policies WHERE project_id = ?1";

} // namespace

Result<std::optional<BackupPolicy>> Catalog::backupPolicy(const QString &projectId,
                                                          const QString &clusterName) const
{
    SqlStatement &query = statement(kBackupPolicy);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    query.bindText(2, clusterName);
    const int rc = query.step();
    if (rc == SQLITE_DONE)
        return std::optional<BackupPolicy>();
    if (rc != SQLITE_ROW)
        return sqlError(tr("read the backup schedule of cluster %1").arg(clusterName));
    BackupPolicy policy;
    policy.referenceHourOfDay = query.integer(0);
    policy.referenceMinuteOfHour = query.integer(1);
    policy.restoreWindowDays = query.integer(2);
    policy.updateSnapshots = query.boolean(3);
    policy.items = policyItemsFromJson(query.utf8(4));
    return std::optional<BackupPolicy>(policy);
}

Result<std::optional<CompliancePolicy>> Catalog::compliancePolicy(const QString &projectId) const
{
    SqlStatement &query = statement(kCompliancePolicy);
    const auto finished = qScopeGuard([&query] { query.reset(); });
    query.bindText(1, projectId);
    const int rc = query.step();
    if (rc == SQLITE_DONE)
        return std::optional<CompliancePolicy>();
    if (rc != SQLITE_ROW)
        return sqlError(tr("read the compliance policy of project %1").arg(projectId));
    CompliancePolicy policy;
    policy.projectId = projectId;
    policy.state = complianceStateColumn().parseOr(query.utf8(0), ComplianceState::Active);
    policy.authorizedEmail = query.text(1);
    policy.authorizedUserFirstName = query.text(2);
    policy.authorizedUserLastName = query.text(3);
    policy.copyProtectionEnabled = query.boolean(4);
    policy.encryptionAtRestEnabled = query.boolean(5);
    policy.pitEnabled = query.boolean(6);
    policy.restoreWindowDays = query.integer(7);
    policy.onDemandPolicyItem = policyItemFromJson(query.utf8(8));
    policy.scheduledPolicyItems = policyItemsFromJson(query.utf8(9));
    policy.deletable = query.boolean(10);
    policy.updatedDate = query.time(11);
    policy.updatedUser = query.text(12);
    return std::optional<CompliancePolicy>(policy);
}

} // namespace snapline
