#pragma once

#include "console/inventory.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace snapline {

class PostureModel;
class PostureFilterProxy;

// The backup posture of every cluster in an organization or a project, one
// row each, sortable and filterable; a double click opens the cluster.
class PosturePage : public QWidget
{
    Q_OBJECT

public:
    explicit PosturePage(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    // The organization or project whose clusters are listed.
    void showScope(const QString &orgId, const QString &projectId);
    QTableView *table() const { return m_table; }
    PostureModel *model() const { return m_model; }

Q_SIGNALS:
    void clusterActivated(const QString &projectId, const QString &clusterName);

private:
    void updateTitle();

    std::shared_ptr<const Inventory> m_inventory;
    QString m_orgId;
    QString m_projectId;
    PostureModel *m_model = nullptr;
    PostureFilterProxy *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QTableView *m_table = nullptr;
    bool m_columnsSized = false;
};

} // namespace snapline
