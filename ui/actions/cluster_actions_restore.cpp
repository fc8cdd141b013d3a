// ClusterActions' restore: the Restore action's verdict, its entry points
// (the action, a snapshot's context menu, a moment on the timeline) and the
// wizard they open.
#include "actions/cluster_actions.h"
#include "actions/message_box.h"
#include "jobs/job_list_model.h"
#include "models/snapshot_table_model.h"
#include "restore/restore_wizard.h"
#include "rules/pit_window.h"
#include "rules/rule_codes.h"
#include "rules/rule_planner.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>

namespace snapline {

namespace {

const Snapshot *newestCompleted(const ClusterDetail &detail)
{
    for (auto it = detail.snapshots.crbegin(); it != detail.snapshots.crend(); ++it) {
        if (it->isCompleted())
            return &*it;
    }
    return nullptr;
}

} // namespace

Verdict ClusterActions::restoreVerdict(const Facts &facts, const std::optional<QString> &snapshotId,
                                       bool orAnyCompleted) const
{
    // The restore judged without its target, which the wizard asks for: the
    // chosen snapshot, else (when allowed) the newest completed one, else the
    // newest restorable moment.
    const Cluster &cluster = m_detail->where.cluster;
    const Snapshot *snapshot = snapshotId ? m_detail->snapshot(*snapshotId) : nullptr;
    if (orAnyCompleted && (!snapshot || !snapshot->isCompleted()))
        snapshot = newestCompleted(*m_detail);
    Facts judged = facts;
    judged.snapshot = snapshot ? std::optional<Snapshot>(*snapshot) : std::nullopt;
    ProposedAction action;
    action.kind = ActionKind::Restore;
    action.delivery = DeliveryType::Automated;
    if (!snapshot && orAnyCompleted && cluster.hasPointInTime()) {
        if (const auto moment = PitWindow(cluster, m_now).nearestRestorable(m_now))
            action.pointInTime = PointInTime{moment->toSecsSinceEpoch(), std::nullopt, std::nullopt};
    }
    Verdict verdict = RulePlanner().evaluate(action, judged);
    verdict.violations.removeIf([](const Finding &f) { return f.code == RuleCode::TargetRequired; });
    if (!snapshot && !action.pointInTime && orAnyCompleted) {
        // Nothing to choose from: say so rather than "choose a snapshot".
        verdict.violations.removeIf([](const Finding &f) { return f.code == RuleCode::SnapshotRequired; });
        verdict.refuse(
                QStringLiteral("NO_RESTORABLE_BACKUP"), QString(),
                cluster.hasBackup()
                        ? tr("%1 has no completed snapshot to restore yet.").arg(cluster.name)
                        : tr("Cloud Backup is off on %1 and the catalog holds no completed snapshot of "
                             "it.")
                                  .arg(cluster.name));
    }
    return verdict;
}

void ClusterActions::restoreSnapshot(const QString &snapshotId)
{
    if (!m_detail)
        return;
    const Verdict verdict = restoreVerdict(facts(), snapshotId, false);
    if (!verdict.allowed()) {
        QStringList reasons;
        for (const Finding &f : verdict.violations)
            reasons << f.message;
        MessageBox::information(window(), tr("Why snapshot %1 cannot be restored").arg(snapshotId),
                                reasons.join(u'\n'));
        return;
    }
    openRestoreWizard(snapshotId, std::nullopt);
}

void ClusterActions::restoreToMoment(const PointInTime &moment)
{
    if (!m_actions.value(Id::Restore)->isEnabled()) {
        explain(Id::Restore);
        return;
    }
    openRestoreWizard(std::nullopt, moment);
}

void ClusterActions::openRestoreWizard(const std::optional<QString> &snapshotId,
                                       const std::optional<PointInTime> &moment)
{
    if (!m_detail)
        return;
    auto *wizard = new RestoreWizard(m_environment, m_detail, window());
    if (moment)
        wizard->setPointInTime(*moment);
    else if (snapshotId)
        wizard->setSnapshot(*snapshotId);
    connect(wizard, &RestoreWizard::restoreStarted, this, &ClusterActions::onRestoreStarted);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->open(); // no nested event loop
}

void ClusterActions::onRestoreStarted(RestoreOperationJob *job)
{
    if (!m_environment.jobs)
        job->setParent(this);
    const RestoreOrder order = job->order();
    connect(job, &Job::finished, this, [this, order] {
        Q_EMIT clusterChanged(order.projectId, order.clusterName);
        if (order.hasTarget()
            && (order.targetProjectId != order.projectId || order.targetClusterName != order.clusterName))
            Q_EMIT clusterChanged(order.targetProjectId, order.targetClusterName);
    });
    Q_EMIT restoreStarted(job);
}

QMenu *ClusterActions::createSnapshotMenu(const QString &snapshotId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("snapshotMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // a disabled entry says why in its tool tip
    QAction *restore = menu->addAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                                       tr("&Restore This Snapshot…"));
    restore->setObjectName(QStringLiteral("restoreSnapshotAction"));
    const Verdict verdict = m_detail ? restoreVerdict(facts(), snapshotId, false) : Verdict{};
    QStringList reasons;
    for (const Finding &f : verdict.violations)
        reasons << f.message;
    restore->setEnabled(m_detail && verdict.allowed());
    restore->setToolTip(verdict.allowed() ? tr("Open the restore wizard with snapshot %1").arg(snapshotId)
                                          : reasons.join(u'\n'));
    connect(restore, &QAction::triggered, this, [this, snapshotId] { restoreSnapshot(snapshotId); });
    return menu;
}

void ClusterActions::installSnapshotMenu(QAbstractItemView *table)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        const QString id = index.data(SnapshotTableModel::SnapshotIdRole).toString();
        if (id.isEmpty())
            return;
        table->setCurrentIndex(index);
        QMenu *menu = createSnapshotMenu(id, table);
        // The table's own entries (Export as CSV…) follow the snapshot's.
        if (!table->actions().isEmpty()) {
            menu->addSeparator();
            menu->addActions(table->actions());
        }
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
}

} // namespace snapline
