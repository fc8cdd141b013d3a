#pragma once

#include "domain/snapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace snapline {

// The cluster page's snapshot table: one row per snapshot, oldest first as
// the catalog gives them (the proxy sorts), with raw values for sorting and
// a lookup from snapshot id to row so the table can follow the timeline.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        ExpiresColumn,
        FrequencyColumn,
        TypeColumn, // scheduled, on-demand or fallback
        StatusColumn,
        SizeColumn,
        VersionColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SnapshotIdRole = Qt::UserRole + 1,
        SortRole,      // the column's raw value: times as ms since the epoch, sizes in bytes, enums as int
        FrequencyRole, // int(Frequency)
        OriginRole,    // int(SnapshotOrigin)
        StatusRole,    // int(SnapshotStatus)
    };

    explicit SnapshotTableModel(QObject *parent = nullptr);

    // `now` is what expiry ages are told against.
    void setSnapshots(QList<Snapshot> snapshots, const QDateTime &now);
    const QList<Snapshot> &snapshots() const { return m_snapshots; }
    const Snapshot &snapshotAt(int row) const { return m_snapshots.at(row); }
    int rowOf(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The raw value the proxy sorts column `column` by.
    static QVariant sortValue(const Snapshot &snapshot, int column);

private:
    QVariant display(const Snapshot &snapshot, int column) const;
    QVariant toolTip(const Snapshot &snapshot, int column) const;

    QList<Snapshot> m_snapshots;
    QDateTime m_now;
    mutable QHash<QString, int> m_rowOfId; // built on first use: most pages never ask
};

} // namespace snapline
