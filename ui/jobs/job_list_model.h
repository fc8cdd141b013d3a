#pragma once

#include "jobs/job.h"
#include "util/clock.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace snapline {

// The jobs of this session, one row each, newest last: what it is, its state,
// how far it has come, what it does now (or why it failed), when it started
// and how long it has run. A tracked job belongs to the model: its row stays
// after it ends, until the finished rows are cleared.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, State, Progress, Stage, Started, Elapsed, ColumnCount };
    enum Role {
        JobRole = Qt::UserRole + 1, // the Job (QObject *)
        PercentRole,                // 0–100, or -1 while unknown
        FinishedRole,               // bool
    };

    explicit JobListModel(std::shared_ptr<const Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~JobListModel() override;

    // Adds a row for `job` and takes it over (it becomes the model's child).
    void track(Job *job);
    Job *job(int row) const;
    int rowOf(const Job *job) const;
    int runningCount() const;
    bool hasFinished() const;
    // Removes the rows of jobs that ended and deletes those jobs.
    void clearFinished();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(Job::State state);
    std::shared_ptr<const Clock> clock() const { return m_clock; }

Q_SIGNALS:
    void runningCountChanged(int running);
    // A tracked job ended (after its row shows the end).
    void jobFinished(snapline::Job *job);

private:
    struct Row
    {
        Job *job = nullptr;
        QDateTime started;
        QDateTime ended;
    };

    void jobChanged(Job *job, bool ended);
    void forget(const Job *job);
    void tick();
    QString elapsedText(const Row &row) const;
    int percent(const Job &job) const;

    std::shared_ptr<const Clock> m_clock;
    QList<Row> m_rows;
    QTimer m_ticker; // moves the Elapsed column of running jobs
    int m_running = 0;
};

} // namespace snapline
