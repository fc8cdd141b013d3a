#pragma once

#include "models/text_filter.h"

#include <QSortFilterProxyModel>

namespace snapline {

// Narrows the posture grid to the organization or project selected in the
// navigator, to rows matching the search words, and optionally to rows with
// warnings; sorts by the model's raw values (times, bytes), not by the text.
class PostureFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PostureFilterProxy(QObject *parent = nullptr);

    // An organization id or a project id; empty shows every cluster.
    void setScope(const QString &orgOrProjectId);
    QString scope() const { return m_scope; }
    void setText(const QString &text);
    QString text() const { return m_filter.text(); }
    void setWarningsOnly(bool on);
    bool warningsOnly() const { return m_warningsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_scope;
    TextFilter m_filter;
    bool m_warningsOnly = false;
};

} // namespace snapline
