#pragma once

#include "history/backup_history.h"
#include "util/clock.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;

namespace snapline {

class RestoreDurationChartView;
class SnapshotCountChartView;
class StorageChartView;

// The history charts of a cluster or a whole project: storage over time,
// snapshots per day and restore durations. Reading and grouping happen on a
// worker (a BackupHistoryJob), so a project of a million snapshots never
// stalls the window; a newer request drops the answer of an older one.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    // How many days the snapshots-per-day chart covers, and how many of the
    // newest restore jobs the durations chart shows.
    static constexpr int kCountDays = 30;
    static constexpr int kRestoreJobs = 50;

    explicit ChartsPanel(std::shared_ptr<const Clock> clock = Clock::system(), QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // A cluster page's snapshots and restore jobs, grouped off the GUI thread.
    void showCluster(const ClusterDetail &detail);
    // Every cluster of a project, read from the catalog at `catalogPath` by a
    // reader of the job's own. `projectName` is for the heading.
    void showProject(const QString &catalogPath, const QString &projectId, const QString &projectName = {});
    // Draws a history already read.
    void showHistory(const BackupHistory &history);

    StorageChartView *storageChart() const { return m_storage; }
    SnapshotCountChartView *snapshotCountChart() const { return m_counts; }
    RestoreDurationChartView *restoreDurationChart() const { return m_restores; }
    bool isLoading() const { return m_job != nullptr; }

Q_SIGNALS:
    // The charts show a new history.
    void historyShown();
    // Reading the history failed; the panel says so in words too.
    void historyFailed(const QString &message);

private:
    void run(BackupHistoryJob *job, const QString &heading);
    void finish(BackupHistoryJob *job);

    std::shared_ptr<const Clock> m_clock;
    QLabel *m_heading;
    QLabel *m_status;
    StorageChartView *m_storage;
    SnapshotCountChartView *m_counts;
    RestoreDurationChartView *m_restores;
    QPointer<BackupHistoryJob> m_job;
};

} // namespace snapline
