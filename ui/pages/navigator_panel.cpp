#include "pages/navigator_panel.h"

#include "models/navigator_filter_proxy.h"
#include "models/navigator_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace snapline {

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NavigatorModel(this))
    , m_proxy(new NavigatorFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigatorPanel"));
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setPlaceholderText(tr("Find a project or cluster (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find in the navigator"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setAccessibleName(tr("Organizations, projects and clusters"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigatorPanel::onCurrentChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &NavigatorPanel::enterTree);
    connect(m_tree, &QTreeView::activated, this, [this] { Q_EMIT nodeActivated(m_current); });
    m_search->installEventFilter(this);
}

bool NavigatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ in the search field goes on to the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        enterTree();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QModelIndex NavigatorPanel::firstMatch(const QModelIndex &parent) const
{
    // In the order the tree shows them: the first node whose own name holds the text.
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (index.data().toString().contains(text, Qt::CaseInsensitive))
            return index;
        if (const QModelIndex below = firstMatch(index); below.isValid())
            return below;
    }
    return {};
}

void NavigatorPanel::enterTree()
{
    QModelIndex target = m_tree->currentIndex();
    if (!m_search->text().trimmed().isEmpty() || !target.isValid()) {
        target = firstMatch({});
        if (!target.isValid())
            target = m_proxy->index(0, 0); // matched by tier or provider: start at the top
    }
    if (!target.isValid())
        return;
    m_tree->setCurrentIndex(target);
    m_tree->scrollTo(target);
    m_tree->setFocus(Qt::TabFocusReason);
}

void NavigatorPanel::setInventory(std::shared_ptr<const Inventory> inventory)
{
    const Node keep = m_current;
    const bool firstFill = m_model->rowCount() == 0;
    m_model->setInventory(std::move(inventory));
    if (firstFill) {
        // Organizations and projects open; clusters one click away.
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            m_tree->expand(m_proxy->index(r, 0));
    }
    if (!keep.orgId.isEmpty() || !keep.projectId.isEmpty())
        select(keep);
}

NavigatorPanel::Node NavigatorPanel::currentNode() const
{
    return m_current;
}

bool NavigatorPanel::select(const Node &node)
{
    QModelIndex source = m_model->indexFor(node.projectId, node.clusterName);
    if (!source.isValid() && node.projectId.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex org = m_model->index(r, 0);
            if (org.data(NavigatorModel::OrgIdRole).toString() == node.orgId)
                source = org;
        }
    }
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void NavigatorPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void NavigatorPanel::onCurrentChanged()
{
    const QModelIndex index = m_tree->currentIndex();
    Node node;
    if (index.isValid()) {
        node.orgId = index.data(NavigatorModel::OrgIdRole).toString();
        node.projectId = index.data(NavigatorModel::ProjectIdRole).toString();
        node.clusterName = index.data(NavigatorModel::ClusterNameRole).toString();
    }
    if (node == m_current)
        return;
    m_current = node;
    Q_EMIT nodeSelected(node);
}

} // namespace snapline
