#include "actions/cluster_actions.h"

#include "actions/action_facts.h"
#include "actions/action_gate.h"
#include "actions/take_snapshot_dialog.h"
#include "rules/policy_validation.h"
#include "rules/rule_planner.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QToolButton>

namespace snapline {

namespace {

const QList<ClusterActions::Id> &allIds()
{
    using Id = ClusterActions::Id;
    // In the enum's order: the window adds them to its menu and tool bar by index.
    static const QList<Id> ids{Id::Restore,    Id::TakeSnapshot, Id::ChangeRetention, Id::DeleteSnapshot,
                               Id::EditPolicy, Id::TogglePit,    Id::ToggleBackup,    Id::ShowCompliance};
    return ids;
}

// The schedule's own faults are what the editor is for, so they do not close it.
Verdict withoutScheduleFaults(Verdict verdict, const BackupPolicy &policy, const Facts &facts)
{
    PolicyValidation::Context context;
    context.nvme = facts.source.cluster.tier.isNvme();
    context.pitEnabled = facts.source.cluster.pitEnabled;
    context.compliance = facts.compliancePolicy;
    context.current = facts.currentPolicy;
    const QList<Finding> faults = PolicyValidation::validate(policy, context);
    verdict.violations.removeIf([&faults](const Finding &f) { return faults.contains(f); });
    return verdict;
}

} // namespace

ClusterActions::ClusterActions(ActionEnvironment environment, QWidget *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_window(parent)
    , m_roles(m_environment.roles)
{
    createActions();
    reevaluate();
}

void ClusterActions::createActions()
{
    const auto make = [this](Id id, const QString &text, const char *name, const char *icon) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, id] { trigger(id); });
        m_actions.insert(id, action);
    };
    make(Id::Restore, tr("R&estore…"), "restoreAction", "document-revert");
    make(Id::TakeSnapshot, tr("&Take Snapshot…"), "takeSnapshotAction", "camera-photo");
    make(Id::ChangeRetention, tr("Change &Retention…"), "changeRetentionAction", "appointment-new");
    make(Id::DeleteSnapshot, tr("&Delete Snapshot…"), "deleteSnapshotAction", "edit-delete");
    make(Id::EditPolicy, tr("Edit Backup &Policy…"), "editPolicyAction", "document-edit");
    make(Id::TogglePit, tr("Turn Off Point-in-Time Restore…"), "togglePitAction", "chronometer");
    make(Id::ToggleBackup, tr("Turn Off Cloud Backup…"), "toggleBackupAction", "media-playback-stop");
    make(Id::ShowCompliance, tr("Show &Compliance Policy…"), "showComplianceAction", "security-high");
    m_actions.value(Id::Restore)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

void ClusterActions::setEnvironment(ActionEnvironment environment)
{
    m_environment = std::move(environment);
    m_roles = m_environment.roles;
    reevaluate();
}

void ClusterActions::setContext(std::shared_ptr<const ClusterDetail> detail, const RoleBook &roles,
                                std::optional<QString> selectedSnapshotId, QDateTime now)
{
    m_detail = std::move(detail);
    m_roles = roles;
    m_environment.roles = roles; // the jobs judge with the same roles the controls were judged with
    m_snapshotId = std::move(selectedSnapshotId);
    m_now = std::move(now);
    reevaluate();
}

void ClusterActions::setSelectedSnapshot(std::optional<QString> snapshotId)
{
    m_snapshotId = std::move(snapshotId);
    reevaluate();
}

QAction *ClusterActions::action(Id id) const
{
    return m_actions.value(id);
}

QList<QAction *> ClusterActions::actions() const
{
    QList<QAction *> out;
    for (const Id id : allIds())
        out << m_actions.value(id);
    return out;
}

Verdict ClusterActions::verdict(Id id) const
{
    return m_verdicts.value(id);
}

QWidget *ClusterActions::window() const
{
    return m_window ? m_window->window() : nullptr;
}

Facts ClusterActions::facts() const
{
    return ActionFacts::fromDetail(*m_detail, m_roles, m_snapshotId, m_now);
}

std::optional<ActionKind> ClusterActions::kindOf(Id id) const
{
    const Cluster *cluster = m_detail ? &m_detail->where.cluster : nullptr;
    switch (id) {
    case Id::Restore:
        return ActionKind::Restore;
    case Id::TakeSnapshot:
        return ActionKind::TakeSnapshot;
    case Id::ChangeRetention:
        return ActionKind::ChangeRetention;
    case Id::DeleteSnapshot:
        return ActionKind::DeleteSnapshot;
    case Id::EditPolicy:
        return ActionKind::EditPolicy;
    case Id::ShowCompliance:
        return std::nullopt;
    case Id::TogglePit:
        return cluster && !cluster->pitEnabled ? ActionKind::EnablePit : ActionKind::DisablePit;
    case Id::ToggleBackup:
        return cluster && !cluster->hasBackup() ? ActionKind::EnableBackup : ActionKind::DisableBackup;
    }
    return std::nullopt;
}

ProposedAction ClusterActions::defaultProposal(Id id, const Facts &f) const
{
    Q_ASSERT(kindOf(id)); // ShowCompliance only reads and is never judged
    ProposedAction action;
    action.kind = *kindOf(id);
    switch (id) {
    case Id::TakeSnapshot:
        action.retentionDays = TakeSnapshotDialog::defaultRetentionDays(f);
        break;
    case Id::ChangeRetention:
        // Keeping it as long as it is kept now: is the snapshot's retention open to change at all?
        action.retentionDays = f.snapshot ? int(std::max<qint64>(f.snapshot->retentionDays(), 1)) : 1;
        break;
    case Id::EditPolicy:
        action.policy = f.currentPolicy.value_or(BackupPolicy::atlasDefault());
        break;
    default:
        break;
    }
    return action;
}

void ClusterActions::reevaluate()
{
    // Read once: the selection changes often, and a cluster may hold many snapshots.
    const std::optional<Facts> known = m_detail ? std::optional(facts()) : std::nullopt;
    for (const Id id : allIds()) {
        QAction *action = m_actions.value(id);
        Verdict verdict;
        if (!known) {
            verdict.refuse(QStringLiteral("NO_CLUSTER"), QString(), tr("Choose a cluster first."));
        } else if (id == Id::Restore) {
            verdict = restoreVerdict(*known, m_snapshotId, true);
        } else if (id != Id::ShowCompliance) {
            const ProposedAction proposal = defaultProposal(id, *known);
            verdict = RulePlanner().evaluate(proposal, *known);
            if (id == Id::EditPolicy)
                verdict = withoutScheduleFaults(verdict, *proposal.policy, *known);
        }
        m_verdicts.insert(id, verdict);

        const QString cluster = m_detail ? m_detail->where.cluster.name : QString();
        const bool on = kindOf(id) == ActionKind::DisablePit || kindOf(id) == ActionKind::DisableBackup;
        QString purpose;
        switch (id) {
        case Id::Restore:
            purpose = tr("Restore %1 from a snapshot or a point in time, into a cluster or as a download")
                              .arg(cluster);
            break;
        case Id::TakeSnapshot:
            purpose = tr("Take an on-demand snapshot of %1").arg(cluster);
            break;
        case Id::ChangeRetention:
            purpose = tr("Change how long snapshot %1 is kept").arg(m_snapshotId.value_or(QString()));
            break;
        case Id::DeleteSnapshot:
            purpose = tr("Delete snapshot %1").arg(m_snapshotId.value_or(QString()));
            break;
        case Id::EditPolicy:
            purpose = tr("Edit the backup schedule of %1").arg(cluster);
            break;
        case Id::TogglePit:
            action->setText(on ? tr("Turn Off Point-in-Time Restore…")
                               : tr("Turn On Point-in-Time Restore…"));
            purpose = on ? tr("Stop continuous backup of %1").arg(cluster)
                         : tr("Let %1 be restored to any moment in its restore window").arg(cluster);
            break;
        case Id::ToggleBackup:
            action->setText(on ? tr("Turn Off Cloud Backup…") : tr("Turn On Cloud Backup…"));
            purpose = on ? tr("Stop backing up %1").arg(cluster)
                         : tr("Back up %1 on its backup policy").arg(cluster);
            break;
        case Id::ShowCompliance:
            purpose = tr("Show everything the project's Backup Compliance Policy locks");
            break;
        }
        QStringList reasons;
        for (const Finding &f : verdict.violations)
            reasons << f.message;
        action->setEnabled(verdict.allowed());
        action->setToolTip(verdict.allowed() ? purpose : reasons.join(u'\n'));
        action->setStatusTip(action->toolTip());
    }
}

QToolButton *ClusterActions::createButton(Id id, QWidget *parent)
{
    QAction *action = m_actions.value(id);
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto name = [button, action] {
        QString text = action->text();
        button->setAccessibleName(text.remove(u'&').remove(u'…'));
    };
    name();
    connect(action, &QAction::changed, button, name); // the switches change their words
    ActionGate::install(button);
    return button;
}

void ClusterActions::trigger(Id id)
{
    if (!m_actions.value(id)->isEnabled()) {
        explain(id);
        return;
    }
    switch (id) {
    case Id::Restore:
        openRestoreWizard(m_snapshotId, std::nullopt);
        break;
    case Id::TakeSnapshot:
        openTakeSnapshot();
        break;
    case Id::ChangeRetention:
        openChangeRetention();
        break;
    case Id::DeleteSnapshot:
        confirmDelete();
        break;
    case Id::EditPolicy:
        openPolicyEditor();
        break;
    case Id::TogglePit:
    case Id::ToggleBackup:
        confirmToggle(id);
        break;
    case Id::ShowCompliance:
        showCompliance();
        break;
    }
}

} // namespace snapline
