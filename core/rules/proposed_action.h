#pragma once

#include "domain/backup_policy.h"
#include "domain/cluster.h"
#include "domain/compliance_policy.h"
#include "domain/restore_job.h"
#include "domain/role_book.h"
#include "domain/snapshot.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace snapline {

// Every change the console can ask Atlas for.
enum class ActionKind {
    Restore,
    TakeSnapshot,
    DeleteSnapshot,
    ChangeRetention,
    ExportSnapshot,
    EditPolicy,
    DeletePolicy,
    DisableBackup,
    DisablePit,
    ChangeTier,
    EnableCompliancePolicy,
    DisableCompliancePolicy,
    DeleteProject,
    EnableBackup, // turn Cloud Backup back on
    EnablePit,    // turn continuous backup (point in time) back on
};

QString toString(ActionKind kind); // "restore", "takeSnapshot", … as in the facts file
std::optional<ActionKind> parseActionKind(QStringView text);
QStringList actionKindNames();
// "restore a backup", "take an on-demand snapshot" … for messages.
QString describeAction(ActionKind kind);

// What the person asked for, with the parameters of that action.
struct ProposedAction
{
    ActionKind kind = ActionKind::Restore;
    DeliveryType delivery = DeliveryType::Automated;  // Automated or Download
    std::optional<PointInTime> pointInTime;           // restore to a moment
    std::optional<int> retentionDays;                 // takeSnapshot, changeRetention
    QString description;                              // takeSnapshot
    std::optional<BackupPolicy> policy;               // editPolicy: the new schedule
    std::optional<CompliancePolicy> compliancePolicy; // enableCompliancePolicy: the new BCP
    std::optional<Tier> newTier;                      // changeTier

    // The delivery type Atlas will be sent: pointInTime when a moment is given.
    DeliveryType atlasDeliveryType() const;
    bool isAutomatedRestore() const
    {
        return kind == ActionKind::Restore && delivery != DeliveryType::Download;
    }
};

// A cluster together with the project and organization it lives in.
struct ProjectCluster
{
    QString orgId;
    QString projectId;
    QString projectName;
    Cluster cluster;

    QString projectLabel() const { return projectName.isEmpty() ? projectId : projectName; }
    bool isSameCluster(const ProjectCluster &other) const
    {
        return projectId == other.projectId && cluster.name == other.cluster.name;
    }
    bool operator==(const ProjectCluster &) const = default;
};

// What the planner knows about the world when it judges an action.
struct Facts
{
    QDateTime now;
    RoleBook roles;
    ProjectCluster source;
    std::optional<ProjectCluster> target;
    std::optional<Snapshot> snapshot;
    std::optional<CompliancePolicy> compliancePolicy; // the source project's BCP, if any
    std::optional<BackupPolicy> currentPolicy;        // the source cluster's schedule today
    QList<Snapshot> pendingSnapshots;                 // source snapshots queued or in progress
    int activeExports = 0;                            // running exports of `snapshot`
    int projectSnapshotCount = 0;                     // deleteProject: snapshots kept in the project
    QList<RestoreJob> restoresIntoTarget;             // restore: the jobs (from any source) into the target
};

} // namespace snapline
