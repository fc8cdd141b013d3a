#pragma once

#include "domain/snapshot.h"
#include "models/text_filter.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace snapline {

class SnapshotTableModel;

// Filters the snapshot table by frequency, type (origin), status and search
// words (id, description, version), and sorts it by raw values. It reads the
// snapshots straight from its SnapshotTableModel, because a cluster can hold
// a hundred thousand of them and a QVariant per comparison would show.
class SnapshotFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SnapshotFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a SnapshotTableModel

    // nullopt shows every value.
    void setFrequencyFilter(std::optional<Frequency> frequency);
    void setOriginFilter(std::optional<SnapshotOrigin> origin);
    void setStatusFilter(std::optional<SnapshotStatus> status);
    void setText(const QString &text);

    std::optional<Frequency> frequencyFilter() const { return m_frequency; }
    std::optional<SnapshotOrigin> originFilter() const { return m_origin; }
    std::optional<SnapshotStatus> statusFilter() const { return m_status; }
    QString text() const { return m_filter.text(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const SnapshotTableModel *m_table = nullptr;
    std::optional<Frequency> m_frequency;
    std::optional<SnapshotOrigin> m_origin;
    std::optional<SnapshotStatus> m_status;
    TextFilter m_filter;
};

} // namespace snapline
