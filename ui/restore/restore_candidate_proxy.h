#pragma once

#include <QSortFilterProxyModel>

namespace snapline {

// Sorts restore candidates by their raw values (by project, then cluster, at
// first) and can hide the clusters the planner refuses.
class RestoreCandidateProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RestoreCandidateProxy(QObject *parent = nullptr);

    void setOnlyPossible(bool on);
    bool onlyPossible() const { return m_onlyPossible; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyPossible = false;
};

} // namespace snapline
