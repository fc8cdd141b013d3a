#include "pages/posture_page.h"

#include "charts/charts_panel.h"
#include "models/posture_filter_proxy.h"
#include "models/posture_model.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace snapline {

PosturePage::PosturePage(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new PostureModel(this))
    , m_proxy(new PostureFilterProxy(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_warningsOnly(new QCheckBox(tr("Only clusters with warnings"), this))
    , m_table(new QTableView(this))
    , m_charts(new ChartsPanel(std::move(clock), this))
{
    setObjectName(QStringLiteral("posturePage"));
    m_title->setObjectName(QStringLiteral("postureTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_filter->setObjectName(QStringLiteral("postureFilter"));
    m_filter->setPlaceholderText(tr("Filter clusters"));
    m_filter->setAccessibleName(tr("Filter the posture grid"));
    m_filter->setClearButtonEnabled(true);
    m_warningsOnly->setObjectName(QStringLiteral("postureWarningsOnly"));
    m_warningsOnly->setAccessibleName(tr("Only clusters with warnings"));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("postureTable"));
    m_table->setAccessibleName(tr("Backup posture of every cluster"));
    m_table->setAccessibleDescription(tr(
            "One row per cluster: its backup, point-in-time window, last and next snapshot, snapshot count "
            "and size, policy against the compliance minimum, copies and warnings. Enter opens the "
            "cluster."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the grid, arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(100); // widths from a sample, not 2,000 rows
    m_table->setWordWrap(false);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_warningsOnly);
    m_charts->setObjectName(QStringLiteral("projectCharts"));
    m_charts->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("postureSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PostureFilterProxy::setText);
    connect(m_warningsOnly, &QCheckBox::toggled, m_proxy, &PostureFilterProxy::setWarningsOnly);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PosturePage::updateTitle);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PosturePage::updateTitle);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT clusterActivated(index.data(PostureModel::ProjectIdRole).toString(),
                                index.data(PostureModel::ClusterNameRole).toString());
    });
}

void PosturePage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = inventory;
    m_model->setInventory(std::move(inventory));
    if (!m_charts->isHidden()) { // a sync may have brought new snapshots: read the project's history again
        const ProjectEntry *project = m_inventory ? m_inventory->project(m_projectId) : nullptr;
        m_charts->showProject(m_catalogPath, m_projectId, project ? project->project.name : QString());
    }
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true; // once, when there is something to measure; then the user's widths stay
        m_table->resizeColumnsToContents();
    }
    updateTitle();
}

void PosturePage::showScope(const QString &orgId, const QString &projectId, const QString &catalogPath)
{
    const bool newProject = projectId != m_projectId;
    m_orgId = orgId;
    m_projectId = projectId;
    m_catalogPath = catalogPath;
    m_charts->setVisible(!projectId.isEmpty() && !catalogPath.isEmpty());
    if (!m_charts->isHidden() && newProject) {
        const ProjectEntry *project = m_inventory ? m_inventory->project(projectId) : nullptr;
        m_charts->showProject(catalogPath, projectId, project ? project->project.name : QString());
    }
    m_proxy->setScope(projectId.isEmpty() ? orgId : projectId);
    updateTitle();
}

void PosturePage::updateTitle()
{
    QString name;
    if (m_inventory) {
        if (const ProjectEntry *p = m_inventory->project(m_projectId))
            name = tr("Project %1").arg(p->project.name);
        for (const auto &org : m_inventory->organizations)
            if (name.isEmpty() && org.organization.id == m_orgId)
                name = tr("Organization %1").arg(org.organization.name);
    }
    m_title->setText(tr("%1 — backup posture of %n cluster(s)", nullptr, m_proxy->rowCount()).arg(name));
}

} // namespace snapline
