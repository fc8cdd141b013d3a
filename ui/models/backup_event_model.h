#pragma once

#include "domain/backup_event.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace snapline {

// A cluster's recent backup events, newest first: when, what (in words), who
// and the one-line summary.
class BackupEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, ActorColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EventTypeRole, // the Atlas type name, e.g. CPS_SNAPSHOT_FAILED
        SortRole,      // raw values: times as ms since the epoch
    };

    explicit BackupEventModel(QObject *parent = nullptr);

    // `now` is what the time's tooltip age is told against.
    void setEvents(QList<BackupEvent> events, const QDateTime &now);
    const BackupEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const BackupEvent &event, int column) const;

    QList<BackupEvent> m_events;
    QDateTime m_now;
};

} // namespace snapline
