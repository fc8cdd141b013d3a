#pragma once

#include "console/inventory.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QTreeView;

namespace snapline {

class NavigatorModel;
class NavigatorFilterProxy;

// The left-hand tree of organizations → projects → clusters with its search
// field. Says which node is selected; keeps the selection across reloads.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    // What a node stands for; an empty projectId means the organization.
    struct Node
    {
        QString orgId;
        QString projectId;
        QString clusterName;

        bool isCluster() const { return !clusterName.isEmpty(); }
        bool isProject() const { return !projectId.isEmpty() && clusterName.isEmpty(); }
        bool operator==(const Node &) const = default;
    };

    explicit NavigatorPanel(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    Node currentNode() const;
    // Selects the node (when it exists) and scrolls it into view.
    bool select(const Node &node);
    // Puts the keyboard in the search field (Ctrl+F).
    void focusSearch();
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void nodeSelected(const snapline::NavigatorPanel::Node &node);

private:
    void onCurrentChanged();

    NavigatorModel *m_model = nullptr;
    NavigatorFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    Node m_current;
};

} // namespace snapline
