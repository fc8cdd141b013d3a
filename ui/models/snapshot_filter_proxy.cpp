#include "models/snapshot_filter_proxy.h"

#include "console/display_format.h"
#include "models/snapshot_table_model.h"

#include <limits>

namespace snapline {

namespace {

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The order of `column`, ties broken by creation time and id so that equal
// rows keep a stable, meaningful order.
int compareSnapshots(const Snapshot &a, const Snapshot &b, int column)
{
    int c = 0;
    switch (column) {
    case SnapshotTableModel::ExpiresColumn:
        c = compare(
                a.expiresAt.isValid() ? a.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
                b.expiresAt.isValid() ? b.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
        break;
    case SnapshotTableModel::FrequencyColumn:
        c = compare(int(a.frequency), int(b.frequency));
        break;
    case SnapshotTableModel::TypeColumn:
        c = compare(int(a.origin), int(b.origin));
        break;
    case SnapshotTableModel::StatusColumn:
        c = compare(int(a.status), int(b.status));
        break;
    case SnapshotTableModel::SizeColumn:
        c = compare(a.storageSizeBytes, b.storageSizeBytes);
        break;
    case SnapshotTableModel::VersionColumn:
        c = compare(a.mongodVersion, b.mongodVersion);
        break;
    case SnapshotTableModel::DescriptionColumn:
        c = a.description.compare(b.description, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (c == 0)
        c = compare(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
    return c != 0 ? c : a.id.compare(b.id);
}

} // namespace

SnapshotFilterProxy::SnapshotFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SnapshotTableModel::SortRole);
}

void SnapshotFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<const SnapshotTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void SnapshotFilterProxy::setFrequencyFilter(std::optional<Frequency> frequency)
{
    if (frequency == m_frequency)
        return;
    m_frequency = frequency;
    invalidateFilter();
}

void SnapshotFilterProxy::setOriginFilter(std::optional<SnapshotOrigin> origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    invalidateFilter();
}

void SnapshotFilterProxy::setStatusFilter(std::optional<SnapshotStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void SnapshotFilterProxy::setText(const QString &text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    invalidateFilter();
}

bool SnapshotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_table || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Snapshot &s = m_table->snapshotAt(sourceRow);
    if ((m_frequency && s.frequency != *m_frequency) || (m_origin && s.origin != *m_origin)
        || (m_status && s.status != *m_status))
        return false;
    if (m_filter.isEmpty())
        return true;
    return m_filter.matches(QStringList{s.id, s.description, s.mongodVersion.toString(),
                                        formatFrequency(s.frequency), formatOrigin(s.origin),
                                        formatStatus(s.status)}
                                    .join(u' '));
}

bool SnapshotFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    return compareSnapshots(m_table->snapshotAt(left.row()), m_table->snapshotAt(right.row()), left.column())
            < 0;
}

} // namespace snapline
