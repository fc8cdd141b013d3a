#include "restore_sender.h"

namespace snapline::test {

namespace {

SendOutcome outcomeOf(const QString &call, const AtlasApi::Call<RestoreJob> &answer)
{
    SendOutcome out;
    out.call = call;
    if (answer) {
        out.kind = SendOutcome::Kind::Accepted;
        out.job = *answer;
    } else {
        out.kind = SendOutcome::Kind::Refused;
        out.error = answer.error();
    }
    return out;
}

} // namespace

RestoreRequest restoreRequestOf(const AgreementCase &c)
{
    RestoreRequest request;
    request.deliveryType = c.action().atlasDeliveryType();
    if (c.snapshot && !c.pointInTime)
        request.snapshotId = c.snapshot->id;
    request.pointInTime = c.pointInTime;
    if (c.target) {
        request.targetProjectId = c.target->projectId;
        request.targetClusterName = c.target->cluster.name;
    }
    return request;
}

SendOutcome sendRestore(AtlasApi &api, const AgreementCase &c)
{
    const QString &projectId = c.source.projectId;
    const QString &name = c.source.cluster.name;
    switch (c.source.cluster.backupKind) {
    case BackupKind::Cloud:
    case BackupKind::CloudContinuous:
        return outcomeOf(QStringLiteral("createRestoreJob"),
                         api.createRestoreJob(projectId, name, restoreRequestOf(c)));
    case BackupKind::ServerlessContinuous:
    case BackupKind::ServerlessBasic:
        return outcomeOf(QStringLiteral("createServerlessRestoreJob"),
                         api.createServerlessRestoreJob(projectId, name, restoreRequestOf(c)));
    case BackupKind::Flex: {
        // The Flex calls take a snapshot only: a moment cannot be expressed.
        if (c.pointInTime || !c.snapshot)
            return {};
        if (c.delivery == DeliveryType::Download)
            return outcomeOf(QStringLiteral("downloadFlexSnapshot"),
                             api.downloadFlexSnapshot(projectId, name, c.snapshot->id));
        return outcomeOf(QStringLiteral("createFlexRestoreJob"),
                         api.createFlexRestoreJob(projectId, name, c.snapshot->id,
                                                  c.target ? c.target->projectId : QString(),
                                                  c.target ? c.target->cluster.name : QString()));
    }
    case BackupKind::Legacy:
    case BackupKind::SharedDaily:
    case BackupKind::None:
        break;
    }
    return {};
}

} // namespace snapline::test
