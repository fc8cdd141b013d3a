// What ClusterActions does once an action is triggered: its dialog or
// confirmation, then the job.
#include "actions/backup_action_job.h"
#include "actions/change_retention_dialog.h"
#include "actions/cluster_actions.h"
#include "actions/compliance_view.h"
#include "actions/message_box.h"
#include "actions/policy_editor_dialog.h"
#include "actions/take_snapshot_dialog.h"
#include "jobs/job_list_model.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

namespace {

QString sentences(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.message;
    return out.join(u' ');
}

// Opens a dialog without a nested event loop; it deletes itself once closed.
template<typename D>
void openOver(D *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace

void ClusterActions::explain(Id id)
{
    QString name = m_actions.value(id)->text();
    name.remove(u'&').remove(u'…');
    MessageBox::information(window(), tr("Why “%1” is not available").arg(name),
                            m_actions.value(id)->toolTip());
}

void ClusterActions::openTakeSnapshot()
{
    auto *dialog = new TakeSnapshotDialog(facts(), window());
    const QString project = m_detail->where.projectId;
    const QString cluster = m_detail->where.cluster.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, cluster] {
        start(BackupActionRequest::takeSnapshot(project, cluster, dialog->description(),
                                                dialog->retentionDays(), dialog->watchUntilDone()));
    });
    openOver(dialog);
}

void ClusterActions::openChangeRetention()
{
    auto *dialog = new ChangeRetentionDialog(facts(), window());
    const QString project = m_detail->where.projectId;
    const QString cluster = m_detail->where.cluster.name;
    const QString snapshot = m_snapshotId.value_or(QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, cluster, snapshot] {
        start(BackupActionRequest::changeRetention(project, cluster, snapshot, dialog->retentionDays()));
    });
    openOver(dialog);
}

void ClusterActions::confirmDelete()
{
    const Facts f = facts();
    const Snapshot &snapshot = *f.snapshot;
    const QString text
            = tr("Delete snapshot %1 of %2, taken %3?")
                      .arg(snapshot.id, f.source.cluster.name,
                           QLocale().toString(snapshot.createdAt.toLocalTime(), QLocale::ShortFormat))
            + u"\n\n" + sentences(m_verdicts.value(Id::DeleteSnapshot).warnings);
    const QString project = f.source.projectId;
    const QString cluster = f.source.cluster.name;
    const QString id = snapshot.id;
    QPointer<ClusterActions> self(this);
    MessageBox::question(window(), tr("Delete Snapshot"), text, QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel, [self, project, cluster, id](MessageBox::Answer answer) {
                             if (self && answer == QMessageBox::Yes)
                                 self->start(BackupActionRequest::deleteSnapshot(project, cluster, id));
                         });
}

void ClusterActions::openPolicyEditor()
{
    qint64 bytes = 0;
    qint64 counted = 0;
    for (const Snapshot &s : m_detail->snapshots) {
        if (s.isCompleted() && s.storageSizeBytes > 0) {
            bytes += s.storageSizeBytes;
            ++counted;
        }
    }
    auto *dialog = new PolicyEditorDialog(facts(), counted > 0 ? bytes / counted : 0, window());
    const QString project = m_detail->where.projectId;
    const QString cluster = m_detail->where.cluster.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, cluster] {
        start(BackupActionRequest::editPolicy(project, cluster, dialog->policy()));
    });
    openOver(dialog);
}

void ClusterActions::confirmToggle(Id id)
{
    const ActionKind kind = *kindOf(id);
    const QString cluster = m_detail->where.cluster.name;
    QString question;
    QString consequences = sentences(m_verdicts.value(id).warnings);
    switch (kind) {
    case ActionKind::DisableBackup:
        question = tr("Turn off Cloud Backup on %1?").arg(cluster);
        break;
    case ActionKind::EnableBackup:
        question = tr("Turn on Cloud Backup on %1?").arg(cluster);
        consequences
                = tr("Atlas starts taking snapshots of %1 on its backup policy; they are billed as backup "
                     "storage.")
                          .arg(cluster);
        break;
    case ActionKind::DisablePit:
        question = tr("Turn off point-in-time restore on %1?").arg(cluster);
        break;
    default:
        question = tr("Turn on point-in-time restore on %1?").arg(cluster);
        consequences
                = tr("Atlas keeps the oplog of %1 so it can be restored to any moment of its restore window, "
                     "from now on; the time it was off stays a gap. Continuous backup costs extra storage.")
                          .arg(cluster);
        break;
    }
    const QString project = m_detail->where.projectId;
    QPointer<ClusterActions> self(this);
    MessageBox::question(window(), m_actions.value(id)->text().remove(u'&').remove(u'…'),
                         question + u"\n\n" + consequences, QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel, [self, kind, project, cluster](MessageBox::Answer answer) {
                             if (self && answer == QMessageBox::Yes)
                                 self->start(BackupActionRequest::toggle(kind, project, cluster));
                         });
}

void ClusterActions::showCompliance()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("complianceDialog"));
    dialog->setWindowTitle(tr("Backup Compliance Policy of %1").arg(m_detail->where.projectLabel()));
    dialog->setAccessibleName(dialog->windowTitle());
    auto *view = new ComplianceView(dialog);
    view->setPolicy(m_detail->compliance, m_detail->where.projectLabel());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // read-only: it may stay open beside the window
}

void ClusterActions::start(BackupActionRequest request)
{
    auto *job = new BackupActionJob(request, m_environment.services(), m_environment.polling);
    if (m_environment.jobs)
        m_environment.jobs->track(job);
    else
        job->setParent(this);
    connect(job, &Job::finished, this, [this, project = request.projectId, cluster = request.clusterName] {
        Q_EMIT clusterChanged(project, cluster);
    });
    Q_EMIT jobStarted(job);
    job->start(m_environment.pool);
}

} // namespace snapline
