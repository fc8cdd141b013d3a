#include "models/posture_filter_proxy.h"

#include "models/posture_model.h"

namespace snapline {

PostureFilterProxy::PostureFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostureModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PostureFilterProxy::setScope(const QString &orgOrProjectId)
{
    if (orgOrProjectId == m_scope)
        return;
    m_scope = orgOrProjectId;
    invalidateFilter();
}

void PostureFilterProxy::setText(const QString &text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    invalidateFilter();
}

void PostureFilterProxy::setWarningsOnly(bool on)
{
    if (on == m_warningsOnly)
        return;
    m_warningsOnly = on;
    invalidateFilter();
}

bool PostureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_scope.isEmpty() && index.data(PostureModel::OrgIdRole).toString() != m_scope
        && index.data(PostureModel::ProjectIdRole).toString() != m_scope)
        return false;
    if (m_warningsOnly && index.data(PostureModel::WarningCountRole).toInt() == 0)
        return false;
    return m_filter.isEmpty() || m_filter.matches(index.data(PostureModel::SearchTextRole).toString());
}

} // namespace snapline
