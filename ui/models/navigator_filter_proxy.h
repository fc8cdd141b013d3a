#pragma once

#include "models/text_filter.h"

#include <QSortFilterProxyModel>

namespace snapline {

// Filters the navigator by the search field: a matching cluster keeps its
// project and organization; a matching project or organization shows
// everything under it. Matches names, tiers and providers.
class NavigatorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NavigatorFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_filter.text(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TextFilter m_filter;
};

} // namespace snapline
