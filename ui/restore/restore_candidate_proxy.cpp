#include "restore/restore_candidate_proxy.h"

#include "restore/restore_candidate_model.h"

namespace snapline {

RestoreCandidateProxy::RestoreCandidateProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RestoreCandidateModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RestoreCandidateProxy::setOnlyPossible(bool on)
{
    if (on == m_onlyPossible)
        return;
    m_onlyPossible = on;
    invalidateFilter();
}

bool RestoreCandidateProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyPossible)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(RestoreCandidateModel::AllowedRole).toBool();
}

bool RestoreCandidateProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(RestoreCandidateModel::SortRole);
    const QVariant r = right.data(RestoreCandidateModel::SortRole);
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal values keep a stable order: by project, then cluster.
    const auto key = [](const QModelIndex &i) {
        return i.siblingAtColumn(RestoreCandidateModel::ProjectColumn)
                .data(RestoreCandidateModel::SortRole)
                .toString();
    };
    return key(left).compare(key(right), Qt::CaseInsensitive) < 0;
}

} // namespace snapline
