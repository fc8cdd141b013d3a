#include "models/restore_job_model.h"

#include "console/display_format.h"
#include "models/exact_text.h"

namespace snapline {

RestoreJobModel::RestoreJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RestoreJobModel::setRestoreJobs(QList<RestoreJob> jobs, const QDateTime &now)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    m_now = now;
    endResetModel();
}

int RestoreJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int RestoreJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RestoreJobModel::durationSeconds(const RestoreJob &job) const
{
    if (!job.createdAt.isValid())
        return -1;
    if (job.finishedAt.isValid())
        return job.createdAt.secsTo(job.finishedAt);
    return job.isFinished() || !m_now.isValid() ? -1 : job.createdAt.secsTo(m_now);
}

QVariant RestoreJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RestoreJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        return toolTip(job, index.column());
    case RestoreJobIdRole:
        return job.id;
    case SortRole:
        return sortValue(job, index.column());
    case StateRole:
        return int(job.state());
    default:
        return {};
    }
}

QVariant RestoreJobModel::display(const RestoreJob &job, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatUtc(job.createdAt);
    case StateColumn:
        return formatRestoreState(job.state());
    case DeliveryColumn:
        return formatDelivery(job.deliveryType);
    case SourceColumn:
        if (job.pointInTime)
            return job.pointInTime->describe();
        return job.snapshotTimestamp.isValid() ? tr("snapshot of %1").arg(formatUtc(job.snapshotTimestamp))
                                               : job.snapshotId;
    case TargetColumn:
        if (job.deliveryType == DeliveryType::Download)
            return tr("download links");
        return job.targetClusterName;
    case FinishedColumn:
        return formatUtc(job.finishedAt);
    case DurationColumn: {
        const qint64 seconds = durationSeconds(job);
        if (seconds < 0)
            return QString();
        return job.isFinished() ? formatDuration(seconds) : tr("%1 so far").arg(formatDuration(seconds));
    }
    default:
        return {};
    }
}

QVariant RestoreJobModel::toolTip(const RestoreJob &job, int column) const
{
    switch (column) {
    case CreatedColumn:
        return ExactText::momentAndAge(job.createdAt, m_now);
    case SourceColumn:
        if (job.pointInTime)
            return display(job, column);
        if (job.snapshotTimestamp.isValid())
            return tr("Snapshot %1, taken %2").arg(job.snapshotId, ExactText::moment(job.snapshotTimestamp));
        return tr("Snapshot %1").arg(job.snapshotId);
    case TargetColumn:
        if (job.deliveryType == DeliveryType::Download)
            return job.deliveryUrls.join(u'\n');
        return tr("Cluster %1 in project %2").arg(job.targetClusterName, job.targetProjectId);
    case FinishedColumn:
        return ExactText::moment(job.finishedAt);
    case DurationColumn: {
        const qint64 seconds = durationSeconds(job);
        if (seconds < 0)
            return {};
        return job.isFinished() ? ExactText::duration(seconds)
                                : tr("%1 so far").arg(ExactText::duration(seconds));
    }
    default:
        return display(job, column);
    }
}

QVariant RestoreJobModel::sortValue(const RestoreJob &job, int column) const
{
    const auto ms = [](const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0); };
    switch (column) {
    case CreatedColumn:
        return ms(job.createdAt);
    case StateColumn:
        return int(job.state());
    case DeliveryColumn:
        return int(job.deliveryType);
    case SourceColumn:
        return job.pointInTime ? job.pointInTime->seconds() * 1000 : ms(job.snapshotTimestamp);
    case FinishedColumn:
        return ms(job.finishedAt);
    case DurationColumn:
        return durationSeconds(job);
    default:
        return display(job, column);
    }
}

QVariant RestoreJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    case DeliveryColumn:
        return tr("Delivery");
    case SourceColumn:
        return tr("Restored from");
    case TargetColumn:
        return tr("Target");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QHash<int, QByteArray> RestoreJobModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RestoreJobIdRole, "restoreJobId");
    names.insert(SortRole, "sortValue");
    names.insert(StateRole, "state");
    return names;
}

} // namespace snapline
