#pragma once

#include "actions/action_environment.h"
#include "actions/backup_action.h"
#include "actions/backup_action_job.h"
#include "console/cluster_detail.h"
#include "restore/restore_operation_job.h"
#include "rules/verdict.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAbstractItemView;
class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace snapline {

// The backup actions of the cluster on screen, as QActions for menus and
// tool bars. Each one's default proposal (take a snapshot, delete the
// selected one …) goes through the planner whenever the context changes: a
// refused action is disabled with the verdict's reasons as its tool tip, and
// its buttons explain themselves when clicked. Triggering an action opens
// its dialog; a confirmed one becomes a BackupActionJob in the Jobs panel
// (a restore: the RestoreWizard, then a RestoreOperationJob).
class ClusterActions : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        Restore,
        TakeSnapshot,
        ChangeRetention,
        DeleteSnapshot,
        EditPolicy,
        TogglePit,
        ToggleBackup,
        ShowCompliance
    };
    Q_ENUM(Id)

    // `parent` is the window the dialogs open over.
    ClusterActions(ActionEnvironment environment, QWidget *parent);

    // A new profile (or new roles): the jobs it starts from now on use it.
    void setEnvironment(ActionEnvironment environment);
    // The cluster on screen, the roles to judge with, the snapshot selected
    // in its table or timeline, and the time the verdicts are judged at.
    void setContext(std::shared_ptr<const ClusterDetail> detail, const RoleBook &roles,
                    std::optional<QString> selectedSnapshotId, QDateTime now);
    void setSelectedSnapshot(std::optional<QString> snapshotId);

    QAction *action(Id id) const;
    QList<QAction *> actions() const;
    // What the action would ask Atlas for now (the switches: DisablePit or EnablePit …);
    // nothing for ShowCompliance, which only reads.
    std::optional<ActionKind> kindOf(Id id) const;
    // The verdict behind the action's state.
    Verdict verdict(Id id) const;
    // A tool button for the action that explains itself when clicked while disabled.
    QToolButton *createButton(Id id, QWidget *parent);
    std::shared_ptr<const ClusterDetail> detail() const { return m_detail; }
    // Gives a snapshot table (rows with SnapshotTableModel::SnapshotIdRole) the
    // context menu "Restore this snapshot…".
    void installSnapshotMenu(QAbstractItemView *table);
    // That menu for one snapshot, its action judged for that snapshot; it deletes itself once closed.
    QMenu *createSnapshotMenu(const QString &snapshotId, QWidget *parent);

public Q_SLOTS:
    // What a click on the action's control does: open its dialog, or say why it is not available.
    void trigger(snapline::ClusterActions::Id id);
    void explain(snapline::ClusterActions::Id id);
    // Opens the restore wizard with this snapshot of the cluster on screen chosen,
    // or says why it cannot be restored.
    void restoreSnapshot(const QString &snapshotId);
    // Opens the restore wizard at this moment (the timeline cursor's button).
    void restoreToMoment(const snapline::PointInTime &moment);

Q_SIGNALS:
    void jobStarted(snapline::BackupActionJob *job);
    // The wizard submitted a restore; the job is in the Jobs panel and running.
    void restoreStarted(snapline::RestoreOperationJob *job);
    // A job on this cluster ended: the window reloads it from the catalog.
    void clusterChanged(const QString &projectId, const QString &clusterName);

private:
    void createActions();
    void reevaluate();
    ProposedAction defaultProposal(Id id, const Facts &facts) const;
    Facts facts() const;
    QWidget *window() const;
    // The dialogs and confirmations (cluster_actions_dialogs.cpp).
    void openTakeSnapshot();
    void openChangeRetention();
    void confirmDelete();
    void openPolicyEditor();
    void confirmToggle(Id id);
    void showCompliance();
    void start(BackupActionRequest request);
    // The restore wizard and its entry points (cluster_actions_restore.cpp).
    Verdict restoreVerdict(const Facts &facts, const std::optional<QString> &snapshotId,
                           bool orAnyCompleted) const;
    void openRestoreWizard(const std::optional<QString> &snapshotId,
                           const std::optional<PointInTime> &moment);
    void onRestoreStarted(RestoreOperationJob *job);

    ActionEnvironment m_environment;
    QPointer<QWidget> m_window;
    QHash<Id, QAction *> m_actions;
    QHash<Id, Verdict> m_verdicts;
    std::shared_ptr<const ClusterDetail> m_detail;
    RoleBook m_roles;
    std::optional<QString> m_snapshotId;
    QDateTime m_now;
};

} // namespace snapline
