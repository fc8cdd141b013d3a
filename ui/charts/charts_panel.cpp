#include "charts/charts_panel.h"

#include "charts/restore_duration_chart_view.h"
#include "charts/snapshot_count_chart_view.h"
#include "charts/storage_chart_view.h"
#include "history/restore_durations.h"
#include "history/snapshot_count_history.h"
#include "history/storage_history.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace snapline {

ChartsPanel::ChartsPanel(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_storage(new StorageChartView)
    , m_counts(new SnapshotCountChartView)
    , m_restores(new RestoreDurationChartView)
{
    setObjectName(QStringLiteral("chartsPanel"));
    setAccessibleName(tr("Backup history charts"));
    m_heading->setObjectName(QStringLiteral("chartsHeading"));
    QFont larger = m_heading->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    larger.setBold(true);
    m_heading->setFont(larger);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *content = new QWidget;
    auto *charts = new QVBoxLayout(content);
    charts->addWidget(m_storage, 3);
    charts->addWidget(m_counts, 2);
    charts->addWidget(m_restores, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::showCluster(const ClusterDetail &detail)
{
    // The list is shared, not copied: the worker only reads it.
    const QDateTime now = m_clock->now();
    auto *job = new BackupHistoryJob(
            tr("Chart the backup history of cluster %1").arg(detail.where.cluster.name),
            [detail, now](JobContext &) -> Result<BackupHistory> {
                return BackupHistoryReader::fromDetail(detail, now);
            },
            this);
    run(job, tr("Cluster %1").arg(detail.where.cluster.name));
}

void ChartsPanel::showProject(const QString &catalogPath, const QString &projectId,
                              const QString &projectName)
{
    run(makeBackupHistoryJob(catalogPath, m_clock, projectId, QString(), this),
        tr("Project %1 — all clusters").arg(projectName.isEmpty() ? projectId : projectName));
}

void ChartsPanel::showHistory(const BackupHistory &history)
{
    const QDate today = history.today();
    m_storage->setHistory(StorageHistory::fromTotals(history.snapshotTotals, today));
    m_counts->setHistory(SnapshotCountHistory::lastDays(history.snapshotTotals, today, kCountDays));
    m_restores->setDurations(RestoreDurations::fromJobs(history.restoreJobs, kRestoreJobs));
    Q_EMIT historyShown();
}

void ChartsPanel::run(BackupHistoryJob *job, const QString &heading)
{
    if (Job *previous = m_job.data()) {
        // Its answer is no longer wanted; a running job may be destroyed.
        previous->cancel();
        delete previous;
    }
    m_job = job;
    m_heading->setText(heading);
    m_status->setText(tr("Reading the backup history…"));
    m_status->setVisible(true);
    connect(job, &Job::finished, this, [this, job] { finish(job); });
    job->start();
}

void ChartsPanel::finish(BackupHistoryJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    const auto &result = job->result();
    if (!result || !result->ok()) {
        const QString message = result ? result->error().message : job->errorMessage();
        m_status->setText(tr("The backup history could not be read: %1").arg(message));
        Q_EMIT historyFailed(message);
        return;
    }
    m_status->setVisible(false);
    showHistory(result->value());
}

} // namespace snapline
