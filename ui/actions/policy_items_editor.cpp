#include "actions/policy_items_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace snapline {

namespace {

constexpr int kMaxInterval = 99;
constexpr int kMaxRetention = 9999;

template<typename W>
W *cell(const QTableWidget *table, int row, int column)
{
    return qobject_cast<W *>(table->cellWidget(row, column));
}

} // namespace

PolicyItemsEditor::PolicyItemsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Item"), this))
    , m_remove(new QPushButton(tr("&Remove Item"), this))
{
    setObjectName(QStringLiteral("policyItemsEditor"));
    m_table->setObjectName(QStringLiteral("policyItemsTable"));
    m_table->setAccessibleName(tr("Backup policy items"));
    m_table->setHorizontalHeaderLabels({tr("Frequency"), tr("When"), tr("Keep"), tr("Unit")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addPolicyItem"));
    m_add->setAccessibleName(tr("Add a policy item"));
    m_remove->setObjectName(QStringLiteral("removePolicyItem"));
    m_remove->setAccessibleName(tr("Remove the selected policy item"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &PolicyItemsEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &PolicyItemsEditor::removeSelected);
}

PolicyItem PolicyItemsEditor::defaultItem(Frequency frequency)
{
    for (const PolicyItem &item : BackupPolicy::atlasDefault().items) {
        if (item.frequency == frequency)
            return item;
    }
    return {{}, frequency, 1, {RetentionUnit::Days, 7}};
}

QString PolicyItemsEditor::intervalHint(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly:
        return tr("Hours between snapshots: 1, 2, 4, 6, 8 or 12");
    case Frequency::Daily:
        return tr("Daily items use 1");
    case Frequency::Weekly:
        return tr("Day of the week: 1 = Monday … 7 = Sunday");
    case Frequency::Monthly:
        return tr("Day of the month: 1–28, or 40 for the last day");
    case Frequency::Yearly:
        return tr("Month: 1 = January … 12 = December");
    case Frequency::OnDemand:
        break;
    }
    return {};
}

void PolicyItemsEditor::setItems(const QList<PolicyItem> &items)
{
    m_table->setRowCount(0);
    m_ids.clear();
    for (const PolicyItem &item : items)
        addRow(item);
}

void PolicyItemsEditor::addRow(const PolicyItem &item)
{
    const int row = m_table->rowCount();
    const QString n = QString::number(row);
    m_table->insertRow(row);
    m_ids << item.id;

    auto *frequency = new QComboBox(m_table);
    frequency->setObjectName(QStringLiteral("itemFrequency_") + n);
    frequency->setAccessibleName(tr("Frequency of item %1").arg(row + 1));
    for (const auto &[f, label] :
         {std::pair{Frequency::Hourly, tr("Hourly")}, std::pair{Frequency::Daily, tr("Daily")},
          std::pair{Frequency::Weekly, tr("Weekly")}, std::pair{Frequency::Monthly, tr("Monthly")},
          std::pair{Frequency::Yearly, tr("Yearly")}})
        frequency->addItem(label, int(f));
    frequency->setCurrentIndex(frequency->findData(int(item.frequency)));

    auto *interval = new QSpinBox(m_table);
    interval->setObjectName(QStringLiteral("itemInterval_") + n);
    interval->setAccessibleName(tr("When item %1 runs").arg(row + 1));
    interval->setRange(0, kMaxInterval);
    interval->setValue(item.interval);
    interval->setToolTip(intervalHint(item.frequency));

    auto *retention = new QSpinBox(m_table);
    retention->setObjectName(QStringLiteral("itemRetention_") + n);
    retention->setAccessibleName(tr("How long item %1 keeps its snapshots").arg(row + 1));
    retention->setRange(0, kMaxRetention);
    retention->setValue(item.retention.value);

    auto *unit = new QComboBox(m_table);
    unit->setObjectName(QStringLiteral("itemUnit_") + n);
    unit->setAccessibleName(tr("Retention unit of item %1").arg(row + 1));
    for (const auto &[u, label] :
         {std::pair{RetentionUnit::Days, tr("days")}, std::pair{RetentionUnit::Weeks, tr("weeks")},
          std::pair{RetentionUnit::Months, tr("months")}, std::pair{RetentionUnit::Years, tr("years")}})
        unit->addItem(label, int(u));
    unit->setCurrentIndex(unit->findData(int(item.retention.unit)));

    m_table->setCellWidget(row, FrequencyColumn, frequency);
    m_table->setCellWidget(row, IntervalColumn, interval);
    m_table->setCellWidget(row, RetentionColumn, retention);
    m_table->setCellWidget(row, UnitColumn, unit);
    connect(frequency, &QComboBox::currentIndexChanged, this, [this, frequency] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, FrequencyColumn) == frequency)
                frequencyChanged(r);
        }
    });
    connect(interval, &QSpinBox::valueChanged, this, &PolicyItemsEditor::changed);
    connect(retention, &QSpinBox::valueChanged, this, &PolicyItemsEditor::changed);
    connect(unit, &QComboBox::currentIndexChanged, this, &PolicyItemsEditor::changed);
}

void PolicyItemsEditor::frequencyChanged(int row)
{
    // A new frequency starts from its usual interval, so the row is not invalid for a moment.
    const auto frequency = Frequency(cell<QComboBox>(m_table, row, FrequencyColumn)->currentData().toInt());
    auto *interval = cell<QSpinBox>(m_table, row, IntervalColumn);
    const QSignalBlocker quiet(interval);
    interval->setValue(defaultItem(frequency).interval);
    interval->setToolTip(intervalHint(frequency));
    m_ids[row].clear(); // another frequency is another item for Atlas
    Q_EMIT changed();
}

QList<PolicyItem> PolicyItemsEditor::items() const
{
    QList<PolicyItem> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        PolicyItem item;
        item.id = m_ids.value(row);
        item.frequency = Frequency(cell<QComboBox>(m_table, row, FrequencyColumn)->currentData().toInt());
        item.interval = cell<QSpinBox>(m_table, row, IntervalColumn)->value();
        item.retention.value = cell<QSpinBox>(m_table, row, RetentionColumn)->value();
        item.retention.unit = RetentionUnit(cell<QComboBox>(m_table, row, UnitColumn)->currentData().toInt());
        out << item;
    }
    return out;
}

int PolicyItemsEditor::count() const
{
    return m_table->rowCount();
}

void PolicyItemsEditor::addItem()
{
    // The first kind the schedule lacks; with all of them, another weekly (several are allowed).
    const QList<PolicyItem> now = items();
    Frequency next = Frequency::Weekly;
    for (const Frequency f :
         {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly}) {
        if (std::none_of(now.cbegin(), now.cend(), [f](const PolicyItem &i) { return i.frequency == f; })) {
            next = f;
            break;
        }
    }
    addRow(defaultItem(next));
    m_table->selectRow(m_table->rowCount() - 1);
    Q_EMIT changed();
}

int PolicyItemsEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    // A click into a row's field focuses the field, not the row.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QWidget *w = m_table->cellWidget(row, column);
            if (w && w->hasFocus())
                return row;
        }
    }
    return -1;
}

void PolicyItemsEditor::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QList<PolicyItem> kept = items();
    kept.removeAt(row);
    setItems(kept); // rebuilt, so every row's widgets keep their row in their names
    Q_EMIT changed();
}

} // namespace snapline
