#pragma once

#include "console/inventory.h"

#include <QModelIndex>
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
    // Enter (or a double click) on a node: the user wants to work in what it shows.
    void nodeActivated(const snapline::NavigatorPanel::Node &node);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    // From the search field into the tree, on the first cluster that matches (else the first node).
    void enterTree();
    QModelIndex firstMatch(const QModelIndex &parent) const;

    NavigatorModel *m_model = nullptr;
    NavigatorFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    Node m_current;
};

} // namespace snapline
