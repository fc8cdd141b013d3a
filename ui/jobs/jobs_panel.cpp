#include "jobs/jobs_panel.h"

#include "jobs/job_list_model.h"
#include "jobs/restore_job_view.h"
#include "restore/restore_operation_job.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace snapline {

JobsPanel::JobsPanel(JobListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("&Cancel Job"), this))
    , m_clear(new QPushButton(tr("C&lear Finished"), this))
    , m_restoreView(new RestoreJobView(model->clock(), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setAccessibleName(tr("Jobs"));

    m_view->setObjectName(QStringLiteral("jobsTable"));
    m_view->setAccessibleName(tr("Jobs of this session"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(JobListModel::Stage, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JobListModel::Title, QHeaderView::ResizeToContents);

    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setAccessibleName(tr("Cancel the selected job"));
    m_cancel->setToolTip(tr("Stop the selected job. A request already sent to Atlas is not taken back."));
    m_clear->setObjectName(QStringLiteral("clearFinishedButton"));
    m_clear->setAccessibleName(tr("Clear finished jobs"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_restoreView);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_clear, &QPushButton::clicked, m_model, &JobListModel::clearFinished);
    connect(m_model, &JobListModel::runningCountChanged, this, &JobsPanel::runningCountChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateButtons);
    updateButtons();
}

int JobsPanel::runningCount() const
{
    return m_model->runningCount();
}

int JobsPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void JobsPanel::cancelSelected()
{
    if (Job *job = m_model->job(selectedRow()); job && !job->isFinished())
        job->cancel();
}

void JobsPanel::select(const Job *job)
{
    const int row = m_model->rowOf(job);
    if (row >= 0)
        m_view->selectRow(row);
}

void JobsPanel::updateButtons()
{
    Job *job = m_model->job(selectedRow());
    m_cancel->setEnabled(job && !job->isFinished());
    auto *restore = qobject_cast<RestoreOperationJob *>(job);
    m_cancel->setToolTip(
            restore && restore->restoreJob()
                    ? tr("Ask Atlas to cancel this restore. Atlas cannot cancel the restore of a "
                         "sharded cluster, and says so.")
                    : tr("Stop the selected job. A request already sent to Atlas is not taken back."));
    if (m_restoreView->job() != restore)
        m_restoreView->setJob(restore);
    m_clear->setEnabled(m_model->hasFinished());
}

} // namespace snapline
