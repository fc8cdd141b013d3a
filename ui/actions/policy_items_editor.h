#pragma once

#include "domain/backup_policy.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace snapline {

// The items of a backup schedule in a small table: frequency, when (hours
// apart, day of week, day of month or month), and how long snapshots are
// kept; items can be added and removed. Every value can be entered, the
// invalid ones too, so the policy editor can say what is wrong with them.
class PolicyItemsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { FrequencyColumn, IntervalColumn, RetentionColumn, UnitColumn, ColumnCount };

    explicit PolicyItemsEditor(QWidget *parent = nullptr);

    void setItems(const QList<PolicyItem> &items);
    QList<PolicyItem> items() const;
    int count() const;
    QTableWidget *table() const { return m_table; }

    // What a new item of `frequency` starts with (Atlas's default schedule).
    static PolicyItem defaultItem(Frequency frequency);

Q_SIGNALS:
    void changed();

private:
    void addRow(const PolicyItem &item);
    void addItem();
    void removeSelected();
    int selectedRow() const;
    void frequencyChanged(int row);
    static QString intervalHint(Frequency frequency);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QStringList m_ids; // Atlas's item ids, row by row ("" for new items)
};

} // namespace snapline
