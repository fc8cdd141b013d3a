#pragma once

#include "console/cluster_posture.h"
#include "console/inventory.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace snapline {

// The navigator's tree: organizations → projects → clusters, with icons for
// tier family, provider and backup state, a lock on projects under a Backup
// Compliance Policy, and the facts in tooltips. A new inventory is merged in
// place, so expanded branches and the selection survive a reload.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Organization, Project, Cluster };
    Q_ENUM(NodeKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        OrgIdRole,
        ProjectIdRole,       // projects and clusters
        ClusterNameRole,     // clusters
        SearchTextRole,      // name, tier and provider: what the filter matches
        BackupHealthRole,    // clusters: int(BackupHealth)
        UnderComplianceRole, // projects and clusters: the project has a compliance policy
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    void setInventory(std::shared_ptr<const Inventory> inventory);
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }

    // The project's index, or its cluster's; invalid when not in the tree.
    QModelIndex indexFor(const QString &projectId, const QString &clusterName = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    using Children = std::vector<std::unique_ptr<Node>>;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void syncChildren(Node *parent, Children next);
    static Children organizationNodes(const Inventory &inventory);
    const ClusterPosture &postureOf(const Node &node) const;
    QString toolTip(const Node &node) const;

    std::shared_ptr<const Inventory> m_inventory;
    QDateTime m_readAt; // "now" for ages
    std::unique_ptr<Node> m_root;
};

} // namespace snapline
