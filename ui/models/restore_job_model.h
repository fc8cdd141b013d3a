#pragma once

#include "domain/restore_job.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace snapline {

// A cluster's restore job history, newest first: state, delivery, what was
// restored to where, when, and how long it took (or has been running).
class RestoreJobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        StateColumn,
        DeliveryColumn,
        SourceColumn, // the snapshot, or the point in time
        TargetColumn,
        FinishedColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RestoreJobIdRole = Qt::UserRole + 1,
        SortRole,  // raw values: times as ms since the epoch, durations in seconds, enums as int
        StateRole, // int(RestoreJobState)
    };

    explicit RestoreJobModel(QObject *parent = nullptr);

    // `now` measures jobs still running.
    void setRestoreJobs(QList<RestoreJob> jobs, const QDateTime &now);
    const RestoreJob &jobAt(int row) const { return m_jobs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qint64 durationSeconds(const RestoreJob &job) const; // -1 when unknown
    QVariant display(const RestoreJob &job, int column) const;
    QVariant toolTip(const RestoreJob &job, int column) const;
    QVariant sortValue(const RestoreJob &job, int column) const;

    QList<RestoreJob> m_jobs;
    QDateTime m_now;
};

} // namespace snapline
