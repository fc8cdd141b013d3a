#include "models/navigator_filter_proxy.h"

#include "models/navigator_model.h"

namespace snapline {

NavigatorFilterProxy::NavigatorFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a matching cluster keeps its parents
    setAutoAcceptChildRows(true);       // a matching project keeps its clusters
}

void NavigatorFilterProxy::setText(const QString &text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    invalidateFilter();
}

bool NavigatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.matches(index.data(NavigatorModel::SearchTextRole).toString());
}

} // namespace snapline
