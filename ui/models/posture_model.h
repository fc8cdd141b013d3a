#pragma once

#include "console/cluster_posture.h"
#include "console/inventory.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace snapline {

// The posture grid: one row per cluster across all projects, with its backup
// kind, point in time, snapshot ages and totals, standing against the
// compliance policy, copies and warnings — each judged by assessPosture() at
// the inventory's read time. Rows are merged in place on a reload.
class PostureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProjectColumn,
        ClusterColumn,
        TierColumn,
        BackupKindColumn,
        PitColumn,
        LastSnapshotColumn,
        NextSnapshotColumn,
        SnapshotCountColumn,
        TotalSizeColumn,
        ComplianceColumn,
        CopyRegionsColumn,
        WarningsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ProjectIdRole = Qt::UserRole + 1,
        ClusterNameRole,
        OrgIdRole,
        SortRole,         // the column's raw value: times as ms since the epoch, sizes in bytes …
        WarningCountRole, // int
        SearchTextRole,   // what the text filter matches
    };

    explicit PostureModel(QObject *parent = nullptr);
    ~PostureModel() override;

    void setInventory(std::shared_ptr<const Inventory> inventory);
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }

    // The row's judged posture (for the reports' export); `row` must be valid.
    const ClusterPosture &postureAt(int row) const;
    const ClusterEntry &clusterAt(int row) const;
    int rowOf(const QString &projectId, const QString &clusterName) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString key; // projectId/clusterName
        const ProjectEntry *project = nullptr;
        const ClusterEntry *cluster = nullptr;
        ClusterPosture posture;
    };

    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString searchText(const Row &row) const;

    std::shared_ptr<const Inventory> m_inventory;
    QDateTime m_readAt; // "now" for ages
    std::vector<Row> m_rows;
};

} // namespace snapline
