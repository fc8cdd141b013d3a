#include "rules/proposed_action.h"

#include "domain/enum_text.h"

#include <QCoreApplication>

namespace snapline {

namespace {

constexpr auto kActions = makeEnumText<ActionKind>(
        std::pair{ActionKind::Restore, QStringView(u"restore")},
        std::pair{ActionKind::TakeSnapshot, QStringView(u"takeSnapshot")},
        std::pair{ActionKind::DeleteSnapshot, QStringView(u"deleteSnapshot")},
        std::pair{ActionKind::ChangeRetention, QStringView(u"changeRetention")},
        std::pair{ActionKind::ExportSnapshot, QStringView(u"exportSnapshot")},
        std::pair{ActionKind::EditPolicy, QStringView(u"editPolicy")},
        std::pair{ActionKind::DeletePolicy, QStringView(u"deletePolicy")},
        std::pair{ActionKind::DisableBackup, QStringView(u"disableBackup")},
        std::pair{ActionKind::DisablePit, QStringView(u"disablePit")},
        std::pair{ActionKind::ChangeTier, QStringView(u"changeTier")},
        std::pair{ActionKind::EnableCompliancePolicy, QStringView(u"enableCompliancePolicy")},
        std::pair{ActionKind::DisableCompliancePolicy, QStringView(u"disableCompliancePolicy")},
        std::pair{ActionKind::DeleteProject, QStringView(u"deleteProject")},
        std::pair{ActionKind::EnableBackup, QStringView(u"enableBackup")},
        std::pair{ActionKind::EnablePit, QStringView(u"enablePit")});

} // namespace

QString toString(ActionKind kind)
{
    return kActions.toString(kind);
}
std::optional<ActionKind> parseActionKind(QStringView text)
{
    return kActions.parse(text);
}
QStringList actionKindNames()
{
    return kActions.names();
}

QString describeAction(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Restore:
        return QCoreApplication::translate("Action", "restore a backup");
    case ActionKind::TakeSnapshot:
        return QCoreApplication::translate("Action", "take an on-demand snapshot");
    case ActionKind::DeleteSnapshot:
        return QCoreApplication::translate("Action", "delete a snapshot");
    case ActionKind::ChangeRetention:
        return QCoreApplication::translate("Action", "change a snapshot's retention");
    case ActionKind::ExportSnapshot:
        return QCoreApplication::translate("Action", "export a snapshot to a bucket");
    case ActionKind::EditPolicy:
        return QCoreApplication::translate("Action", "edit the backup policy");
    case ActionKind::DeletePolicy:
        return QCoreApplication::translate("Action", "delete the backup policy");
    case ActionKind::DisableBackup:
        return QCoreApplication::translate("Action", "turn off Cloud Backup");
    case ActionKind::DisablePit:
        return QCoreApplication::translate("Action", "turn off continuous backup (point in time)");
    case ActionKind::ChangeTier:
        return QCoreApplication::translate("Action", "change the cluster tier");
    case ActionKind::EnableCompliancePolicy:
        return QCoreApplication::translate("Action", "enable the Backup Compliance Policy");
    case ActionKind::DisableCompliancePolicy:
        return QCoreApplication::translate("Action", "turn off the Backup Compliance Policy");
    case ActionKind::DeleteProject:
        return QCoreApplication::translate("Action", "delete the project");
    case ActionKind::EnableBackup:
        return QCoreApplication::translate("Action", "turn on Cloud Backup");
    case ActionKind::EnablePit:
        return QCoreApplication::translate("Action", "turn on continuous backup (point in time)");
    }
    return {};
}

DeliveryType ProposedAction::atlasDeliveryType() const
{
    if (pointInTime)
        return DeliveryType::PointInTime;
    return delivery == DeliveryType::Download ? DeliveryType::Download : DeliveryType::Automated;
}

} // namespace snapline
