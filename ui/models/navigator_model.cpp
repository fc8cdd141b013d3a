#include "models/navigator_model.h"

#include "models/console_icons.h"
#include "models/navigator_text.h"
#include "models/row_sync.h"

namespace snapline {

struct NavigatorModel::Node
{
    NodeKind kind = NodeKind::Organization;
    QString key; // organization id, project id or cluster name
    Node *parent = nullptr;
    int row = 0;
    Children children;
    const OrganizationEntry *org = nullptr;
    const ProjectEntry *project = nullptr;
    const ClusterEntry *cluster = nullptr;
    mutable std::optional<ClusterPosture> posture; // judged when first shown
};

namespace {

// A template, so that it need not name the private Node type.
template<typename Children>
void renumber(Children &children)
{
    for (std::size_t i = 0; i < children.size(); ++i)
        children[i]->row = int(i);
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

NavigatorModel::~NavigatorModel() = default;

NavigatorModel::Children NavigatorModel::organizationNodes(const Inventory &inventory)
{
    Children orgs;
    for (const OrganizationEntry &org : inventory.organizations) {
        auto &o = orgs.emplace_back(std::make_unique<Node>());
        o->kind = NodeKind::Organization;
        o->key = org.organization.id;
        o->org = &org;
        for (const ProjectEntry &project : org.projects) {
            auto &p = o->children.emplace_back(std::make_unique<Node>());
            p->kind = NodeKind::Project;
            p->key = project.project.id;
            p->parent = o.get();
            p->org = &org;
            p->project = &project;
            for (const ClusterEntry &cluster : project.clusters) {
                auto &c = p->children.emplace_back(std::make_unique<Node>());
                c->kind = NodeKind::Cluster;
                c->key = cluster.where.cluster.name;
                c->parent = p.get();
                c->org = &org;
                c->project = &project;
                c->cluster = &cluster;
            }
            renumber(p->children);
        }
        renumber(o->children);
    }
    return orgs;
}

void NavigatorModel::setInventory(std::shared_ptr<const Inventory> inventory)
{
    // The old inventory stays alive until the merge is over: the nodes
    // point into it until they are updated.
    const std::shared_ptr<const Inventory> previous = std::exchange(m_inventory, std::move(inventory));
    if (m_inventory)
        m_readAt = m_inventory->readAt; // kept when cleared: rows on their way out are still asked
    syncChildren(m_root.get(), m_inventory ? organizationNodes(*m_inventory) : Children());
}

void NavigatorModel::syncChildren(Node *parent, Children next)
{
    const QModelIndex parentIndex = indexOf(parent);
    for (auto &node : next)
        node->parent = parent;
    RowSyncSteps steps;
    steps.beginInsert = [&](int first, int last) { beginInsertRows(parentIndex, first, last); };
    steps.endInsert = [&] {
        renumber(parent->children);
        endInsertRows();
    };
    steps.beginRemove = [&](int first, int last) { beginRemoveRows(parentIndex, first, last); };
    steps.endRemove = [&] {
        renumber(parent->children);
        endRemoveRows();
    };
    steps.beginMove = [&](int from, int to) { beginMoveRows(parentIndex, from, from, parentIndex, to); };
    steps.endMove = [&] {
        renumber(parent->children);
        endMoveRows();
    };
    syncRows(
            parent->children, std::move(next), [](const std::unique_ptr<Node> &node) { return node->key; },
            steps,
            [this](std::unique_ptr<Node> &existing, std::unique_ptr<Node> incoming, int) {
                existing->org = incoming->org;
                existing->project = incoming->project;
                existing->cluster = incoming->cluster;
                existing->posture.reset();
                syncChildren(existing.get(), std::move(incoming->children));
            });
    if (!parent->children.empty()) {
        const int last = int(parent->children.size()) - 1;
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(last, 0, parentIndex));
    }
}

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::indexFor(const QString &projectId, const QString &clusterName) const
{
    for (const auto &org : m_root->children) {
        for (const auto &project : org->children) {
            if (project->key != projectId)
                continue;
            if (clusterName.isEmpty())
                return indexOf(project.get());
            for (const auto &cluster : project->children) {
                if (cluster->key == clusterName)
                    return indexOf(cluster.get());
            }
            return {};
        }
    }
    return {};
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *owner = nodeOf(parent);
    if (std::size_t(row) >= owner->children.size())
        return {};
    return createIndex(row, 0, owner->children[std::size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const ClusterPosture &NavigatorModel::postureOf(const Node &node) const
{
    if (!node.posture)
        node.posture = assessPosture(*node.cluster, node.project->compliance, m_readAt);
    return *node.posture;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const bool isCluster = node.kind == NodeKind::Cluster;
    switch (role) {
    case Qt::DisplayRole:
        return NavigatorText::name(node.org, node.project, node.cluster);
    case Qt::DecorationRole:
        if (isCluster) {
            const Cluster &c = node.cluster->where.cluster;
            return ConsoleIcons::cluster(c.tier.family(), c.provider, postureOf(node).health());
        }
        return node.kind == NodeKind::Project ? ConsoleIcons::project(node.project->compliance.has_value())
                                              : ConsoleIcons::organization();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return toolTip(node);
    case NodeKindRole:
        return int(node.kind);
    case OrgIdRole:
        return node.org->organization.id;
    case ProjectIdRole:
        return node.project ? node.project->project.id : QVariant();
    case ClusterNameRole:
        return isCluster ? node.cluster->where.cluster.name : QVariant();
    case SearchTextRole:
        return NavigatorText::searchText(node.org, node.project, node.cluster);
    case BackupHealthRole:
        return isCluster ? int(postureOf(node).health()) : QVariant();
    case UnderComplianceRole:
        return node.project ? node.project->compliance.has_value() : QVariant();
    default:
        return {};
    }
}

QString NavigatorModel::toolTip(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::Organization:
        return NavigatorText::organizationToolTip(*node.org, m_readAt);
    case NodeKind::Project:
        return NavigatorText::projectToolTip(*node.project, m_readAt);
    case NodeKind::Cluster:
        return NavigatorText::clusterToolTip(*node.cluster, postureOf(node), m_readAt);
    }
    return {};
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(OrgIdRole, "orgId");
    names.insert(ProjectIdRole, "projectId");
    names.insert(ClusterNameRole, "clusterName");
    names.insert(SearchTextRole, "searchText");
    names.insert(BackupHealthRole, "backupHealth");
    names.insert(UnderComplianceRole, "underCompliance");
    return names;
}

} // namespace snapline
