#include "agreement_case.h"

namespace snapline::test {

namespace {

QString clusterLabel(const ProjectCluster &where)
{
    return QStringLiteral("%1 (%2, %3 %4, %5)")
            .arg(where.cluster.name, where.projectLabel(), where.cluster.tier.name(),
                 where.cluster.version.toString(), toString(where.cluster.backupKind));
}

} // namespace

ProposedAction AgreementCase::action() const
{
    ProposedAction action;
    action.kind = ActionKind::Restore;
    action.delivery = delivery;
    action.pointInTime = pointInTime;
    return action;
}

QString AgreementCase::describe() const
{
    QString what;
    if (pointInTime) {
        what = QStringLiteral("point in time %1").arg(pointInTime->describe());
    } else if (snapshot) {
        what = QStringLiteral("snapshot %1 of %2 (%3)")
                       .arg(snapshot->id, snapshot->createdAt.toString(Qt::ISODate),
                            toString(snapshot->status));
    } else {
        what = QStringLiteral("no snapshot");
    }
    const QString to = delivery == DeliveryType::Download ? QStringLiteral("download")
            : target ? QStringLiteral("into %1").arg(clusterLabel(*target))
                     : QStringLiteral("into no target");
    return QStringLiteral("case %1 [%2] %3: from %4, %5, %6")
            .arg(number)
            .arg(pick, credential, clusterLabel(source), what, to);
}

} // namespace snapline::test
