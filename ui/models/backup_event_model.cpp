#include "models/backup_event_model.h"

#include "console/display_format.h"
#include "models/exact_text.h"

namespace snapline {

BackupEventModel::BackupEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BackupEventModel::setEvents(QList<BackupEvent> events, const QDateTime &now)
{
    beginResetModel();
    m_events = std::move(events);
    m_now = now;
    endResetModel();
}

int BackupEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int BackupEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return ExactText::momentAndAge(event.created, m_now);
        if (index.column() == TypeColumn)
            return event.eventTypeName;
        return display(event, index.column());
    case EventIdRole:
        return event.id;
    case EventTypeRole:
        return event.eventTypeName;
    case SortRole:
        if (index.column() == TimeColumn)
            return event.created.isValid() ? event.created.toMSecsSinceEpoch() : qint64(0);
        return display(event, index.column());
    default:
        return {};
    }
}

QVariant BackupEventModel::display(const BackupEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return formatUtc(event.created);
    case TypeColumn:
        return formatEventType(event.eventTypeName);
    case ActorColumn:
        return event.actor;
    case SummaryColumn:
        return event.summary;
    default:
        return {};
    }
}

QVariant BackupEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case ActorColumn:
        return tr("By");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

QHash<int, QByteArray> BackupEventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(EventTypeRole, "eventType");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace snapline
