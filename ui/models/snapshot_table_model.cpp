#include "models/snapshot_table_model.h"

#include "console/display_format.h"
#include "models/console_icons.h"
#include "models/exact_text.h"

#include <limits>

namespace snapline {

SnapshotTableModel::SnapshotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SnapshotTableModel::setSnapshots(QList<Snapshot> snapshots, const QDateTime &now)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    m_now = now;
    m_rowOfId.clear();
    endResetModel();
}

int SnapshotTableModel::rowOf(const QString &id) const
{
    if (m_rowOfId.isEmpty() && !m_snapshots.isEmpty()) {
        m_rowOfId.reserve(m_snapshots.size());
        for (int i = 0; i < m_snapshots.size(); ++i)
            m_rowOfId.insert(m_snapshots.at(i).id, i);
    }
    return m_rowOfId.value(id, -1);
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &s = m_snapshots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && s.status == SnapshotStatus::Failed)
            return ConsoleIcons::backupHealth(BackupHealth::Unprotected);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SnapshotIdRole:
        return s.id;
    case SortRole:
        return sortValue(s, index.column());
    case FrequencyRole:
        return int(s.frequency);
    case OriginRole:
        return int(s.origin);
    case StatusRole:
        return int(s.status);
    default:
        return {};
    }
}

QVariant SnapshotTableModel::display(const Snapshot &s, int column) const
{
    switch (column) {
    case CreatedColumn:
        return formatUtc(s.createdAt);
    case ExpiresColumn:
        return formatUtc(s.expiresAt);
    case FrequencyColumn:
        return formatFrequency(s.frequency);
    case TypeColumn:
        return formatOrigin(s.origin);
    case StatusColumn:
        return formatStatus(s.status);
    case SizeColumn:
        return formatBytes(s.storageSizeBytes);
    case VersionColumn:
        if (s.fcvPinned)
            return tr("%1 (FCV %2)").arg(s.mongodVersion.toString(), s.fcvPinned->toString());
        return s.mongodVersion.toString();
    case DescriptionColumn:
        return s.description;
    default:
        return {};
    }
}

QVariant SnapshotTableModel::toolTip(const Snapshot &s, int column) const
{
    switch (column) {
    case CreatedColumn:
        return ExactText::momentAndAge(s.createdAt, m_now);
    case ExpiresColumn:
        if (!s.expiresAt.isValid())
            return tr("Kept until deleted");
        return ExactText::momentAndAge(s.expiresAt, m_now);
    case SizeColumn:
        return ExactText::bytes(s.storageSizeBytes);
    case StatusColumn:
        if (s.status == SnapshotStatus::Failed)
            return tr("The snapshot failed; it cannot be restored.");
        return display(s, column);
    default:
        return display(s, column);
    }
}

QVariant SnapshotTableModel::sortValue(const Snapshot &s, int column)
{
    switch (column) {
    case CreatedColumn:
        return s.createdAt.toMSecsSinceEpoch();
    case ExpiresColumn:
        return s.expiresAt.isValid() ? s.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case FrequencyColumn:
        return int(s.frequency);
    case TypeColumn:
        return int(s.origin);
    case StatusColumn:
        return int(s.status);
    case SizeColumn:
        return s.storageSizeBytes;
    case VersionColumn: {
        const MongoVersion &v = s.mongodVersion;
        return qint64(v.majorNumber()) * 1'000'000 + v.minorNumber() * 1000 + v.patchNumber();
    }
    case DescriptionColumn:
        return s.description;
    default:
        return {};
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case FrequencyColumn:
        return tr("Frequency");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    case VersionColumn:
        return tr("Version");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QHash<int, QByteArray> SnapshotTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SnapshotIdRole, "snapshotId");
    names.insert(SortRole, "sortValue");
    names.insert(FrequencyRole, "frequency");
    names.insert(OriginRole, "origin");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace snapline
