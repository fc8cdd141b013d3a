#pragma once

#include <QWidget>

namespace snapline {
class Job;
}

class QPushButton;
class QTableView;

namespace snapline {

class JobListModel;
class RestoreJobView;

// The Jobs panel: every job of the session in a table, a Cancel button for
// the selected running job, and "Clear finished"; a restore's Atlas job (and
// its download links) below the table. Its running count feeds the status bar.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    // `model` must outlive the panel (the window or the actions own it).
    explicit JobsPanel(JobListModel *model, QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RestoreJobView *restoreView() const { return m_restoreView; }
    // Selects the job's row (and shows its details).
    void select(const Job *job);
    int runningCount() const;

Q_SIGNALS:
    void runningCountChanged(int running);

private:
    void cancelSelected();
    void updateButtons();
    int selectedRow() const;

    JobListModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    RestoreJobView *m_restoreView;
};

} // namespace snapline
