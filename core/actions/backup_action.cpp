#include "actions/backup_action.h"

#include "console/display_format.h"

namespace snapline {

namespace {

BackupActionRequest onCluster(ActionKind kind, const QString &projectId, const QString &clusterName)
{
    BackupActionRequest request;
    request.action.kind = kind;
    request.projectId = projectId;
    request.clusterName = clusterName;
    return request;
}

} // namespace

BackupActionRequest BackupActionRequest::takeSnapshot(const QString &projectId, const QString &clusterName,
                                                      const QString &description, int retentionDays,
                                                      bool followSnapshot)
{
    BackupActionRequest request = onCluster(ActionKind::TakeSnapshot, projectId, clusterName);
    request.action.description = description;
    request.action.retentionDays = retentionDays;
    request.followSnapshot = followSnapshot;
    return request;
}

BackupActionRequest BackupActionRequest::changeRetention(const QString &projectId, const QString &clusterName,
                                                         const QString &snapshotId, int retentionDays)
{
    BackupActionRequest request = onCluster(ActionKind::ChangeRetention, projectId, clusterName);
    request.snapshotId = snapshotId;
    request.action.retentionDays = retentionDays;
    return request;
}

BackupActionRequest BackupActionRequest::deleteSnapshot(const QString &projectId, const QString &clusterName,
                                                        const QString &snapshotId)
{
    BackupActionRequest request = onCluster(ActionKind::DeleteSnapshot, projectId, clusterName);
    request.snapshotId = snapshotId;
    return request;
}

BackupActionRequest BackupActionRequest::editPolicy(const QString &projectId, const QString &clusterName,
                                                    const BackupPolicy &policy)
{
    BackupActionRequest request = onCluster(ActionKind::EditPolicy, projectId, clusterName);
    request.action.policy = policy;
    return request;
}

BackupActionRequest BackupActionRequest::toggle(ActionKind kind, const QString &projectId,
                                                const QString &clusterName)
{
    return onCluster(kind, projectId, clusterName);
}

bool isBackupAction(ActionKind kind)
{
    switch (kind) {
    case ActionKind::TakeSnapshot:
    case ActionKind::ChangeRetention:
    case ActionKind::DeleteSnapshot:
    case ActionKind::EditPolicy:
    case ActionKind::DisableBackup:
    case ActionKind::EnableBackup:
    case ActionKind::DisablePit:
    case ActionKind::EnablePit:
        return true;
    default:
        return false;
    }
}

QString BackupActionRequest::title() const
{
    const QString &c = clusterName;
    const QString id = snapshotId.value_or(QString());
    switch (action.kind) {
    case ActionKind::TakeSnapshot:
        return BackupActionText::tr("Take a snapshot of %1").arg(c);
    case ActionKind::ChangeRetention:
        return BackupActionText::tr("Keep snapshot %1 of %2 for %n day(s)", nullptr,
                                    action.retentionDays.value_or(0))
                .arg(id, c);
    case ActionKind::DeleteSnapshot:
        return BackupActionText::tr("Delete snapshot %1 of %2").arg(id, c);
    case ActionKind::EditPolicy:
        return BackupActionText::tr("Change the backup policy of %1").arg(c);
    case ActionKind::DisableBackup:
        return BackupActionText::tr("Turn off Cloud Backup on %1").arg(c);
    case ActionKind::EnableBackup:
        return BackupActionText::tr("Turn on Cloud Backup on %1").arg(c);
    case ActionKind::DisablePit:
        return BackupActionText::tr("Turn off point-in-time restore on %1").arg(c);
    case ActionKind::EnablePit:
        return BackupActionText::tr("Turn on point-in-time restore on %1").arg(c);
    default:
        return BackupActionText::tr("%1 on %2").arg(describeAction(action.kind), c);
    }
}

QString BackupActionRequest::auditAction() const
{
    switch (action.kind) {
    case ActionKind::TakeSnapshot:
        return QStringLiteral("snapshot.take");
    case ActionKind::ChangeRetention:
        return QStringLiteral("snapshot.retention");
    case ActionKind::DeleteSnapshot:
        return QStringLiteral("snapshot.delete");
    case ActionKind::EditPolicy:
        return QStringLiteral("policy.update");
    case ActionKind::DisableBackup:
        return QStringLiteral("backup.disable");
    case ActionKind::EnableBackup:
        return QStringLiteral("backup.enable");
    case ActionKind::DisablePit:
        return QStringLiteral("pit.disable");
    case ActionKind::EnablePit:
        return QStringLiteral("pit.enable");
    default:
        return toString(action.kind);
    }
}

QString BackupActionRequest::auditTarget() const
{
    if (snapshotId)
        return QStringLiteral("snapshot:%1/%2/%3").arg(projectId, clusterName, *snapshotId);
    return QStringLiteral("cluster:%1/%2").arg(projectId, clusterName);
}

QString BackupActionText::refusal(const Verdict &verdict)
{
    QStringList sentences;
    for (const Finding &f : verdict.violations)
        sentences << f.message;
    return sentences.join(u' ');
}

QString BackupActionText::statusName(SnapshotStatus status)
{
    return formatStatus(status);
}

} // namespace snapline
