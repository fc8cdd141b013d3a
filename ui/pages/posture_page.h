#pragma once

#include "console/inventory.h"
#include "util/clock.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace snapline {

class ChartsPanel;
class PostureModel;
class PostureFilterProxy;

// The backup posture of every cluster in an organization or a project, one
// row each, sortable and filterable; a double click opens the cluster.
class PosturePage : public QWidget
{
    Q_OBJECT

public:
    explicit PosturePage(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    // The organization or project whose clusters are listed; a project also
    // gets its charts, read from the catalog at `catalogPath`.
    void showScope(const QString &orgId, const QString &projectId, const QString &catalogPath = {});
    QTableView *table() const { return m_table; }
    ChartsPanel *charts() const { return m_charts; }
    PostureModel *model() const { return m_model; }

Q_SIGNALS:
    void clusterActivated(const QString &projectId, const QString &clusterName);

private:
    void updateTitle();

    std::shared_ptr<const Inventory> m_inventory;
    QString m_orgId;
    QString m_projectId;
    QString m_catalogPath;
    PostureModel *m_model = nullptr;
    PostureFilterProxy *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QTableView *m_table = nullptr;
    ChartsPanel *m_charts = nullptr; // a project's storage, snapshots per day and restore durations
    bool m_columnsSized = false;
};

} // namespace snapline
