#include "restore/restore_order.h"

#include <QJsonDocument>

namespace snapline {

RestoreOrder RestoreOrder::withTarget(const QString &intoProjectId, const QString &intoCluster) const
{
    RestoreOrder order = *this;
    order.delivery = DeliveryType::Automated;
    order.targetProjectId = intoProjectId;
    order.targetClusterName = intoCluster;
    return order;
}

ProposedAction RestoreOrder::action() const
{
    ProposedAction action;
    action.kind = ActionKind::Restore;
    action.delivery = delivery;
    action.pointInTime = pointInTime;
    return action;
}

RestoreRequest RestoreOrder::atlasRequest() const
{
    RestoreRequest request;
    request.deliveryType = action().atlasDeliveryType();
    request.snapshotId = pointInTime ? QString() : snapshotId.value_or(QString());
    request.pointInTime = pointInTime;
    if (!isDownload()) {
        request.targetProjectId = targetProjectId;
        request.targetClusterName = targetClusterName;
    }
    return request;
}

QString RestoreOrder::fingerprint() const
{
    const QString point = pointInTime ? pointInTime->describe() : snapshotId.value_or(QString());
    return QStringList{projectId, clusterName, point, toString(delivery), targetProjectId, targetClusterName}
            .join(u'|');
}

QString RestoreRequestText::toText() const
{
    return method + u' ' + path + u'\n'
            + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed();
}

QJsonObject RestoreRequestText::toJson() const
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("body"), body}};
}

QString RestoreOrderText::title(const RestoreOrder &order)
{
    if (order.isDownload())
        return tr("Download a snapshot of %1").arg(order.clusterName);
    if (order.targetClusterName == order.clusterName && order.targetProjectId == order.projectId)
        return tr("Restore %1 into itself").arg(order.clusterName);
    return tr("Restore %1 into %2").arg(order.clusterName, order.targetClusterName);
}

QString RestoreOrderText::source(const RestoreOrder &order)
{
    if (order.pointInTime) {
        const PointInTime &p = *order.pointInTime;
        const QString when = p.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        if (p.isOplog())
            return tr("%1 as of %2 (oplog %3:%4)")
                    .arg(order.clusterName, when)
                    .arg(*p.oplogTs)
                    .arg(p.oplogInc.value_or(0));
        return tr("%1 as of %2").arg(order.clusterName, when);
    }
    return tr("snapshot %1 of %2").arg(order.snapshotId.value_or(tr("(none chosen)")), order.clusterName);
}

QString RestoreOrderText::destination(const RestoreOrder &order, const QString &targetProjectName)
{
    if (order.isDownload())
        return tr("download links");
    const QString project = targetProjectName.isEmpty() ? order.targetProjectId : targetProjectName;
    return tr("%1 (project %2)").arg(order.targetClusterName, project);
}

} // namespace snapline
