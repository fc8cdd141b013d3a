#include "restore/restore_source_page.h"

#include "actions/action_facts.h"
#include "actions/verdict_label.h"
#include "console/display_format.h"
#include "models/snapshot_filter_proxy.h"
#include "models/snapshot_table_model.h"
#include "restore/restore_wizard.h"
#include "rules/pit_window.h"
#include "rules/rule_codes.h"
#include "rules/rule_planner.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace snapline {

namespace {

// What the planner says about the source alone: the snapshot's and the
// moment's own findings. Targets and roles on them are judged per target on
// the next pages.
Verdict sourceVerdict(const RestoreWizard &wizard, const RestoreOrder &order)
{
    ProposedAction action = order.action();
    action.delivery = DeliveryType::Automated;
    const Facts facts = ActionFacts::fromDetail(wizard.source(), wizard.environment().roles, order.snapshotId,
                                                wizard.now());
    Verdict verdict = RulePlanner().evaluate(action, facts);
    const auto aboutOthers = [](const Finding &f) {
        return f.rule != RuleSource::PointInTime && f.rule != RuleSource::Limits;
    };
    verdict.violations.removeIf(aboutOthers);
    verdict.warnings.removeIf(aboutOthers);
    return verdict;
}

} // namespace

RestoreSourcePage::RestoreSourcePage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_hasPit(wizard->source().where.cluster.hasPointInTime())
{
    setObjectName(QStringLiteral("restoreSourcePage"));
    setTitle(tr("What to restore"));
    setSubTitle(
            tr("Choose a snapshot of %1, or a moment to restore it to.").arg(wizard->order().clusterName));

    m_snapshotChoice = new QRadioButton(tr("A &snapshot"), this);
    m_snapshotChoice->setObjectName(QStringLiteral("snapshotChoice"));
    m_snapshotChoice->setAccessibleName(tr("Restore a snapshot"));
    m_snapshots = new SnapshotTableModel(this);
    m_snapshots->setSnapshots(wizard->source().snapshots, wizard->now());
    m_proxy = new SnapshotFilterProxy(this);
    m_proxy->setSourceModel(m_snapshots);
    m_proxy->setStatusFilter(SnapshotStatus::Completed); // only a completed snapshot holds data to restore
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourceSnapshotTable"));
    m_table->setAccessibleName(tr("Completed snapshots of %1").arg(wizard->order().clusterName));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setColumnHidden(SnapshotTableModel::StatusColumn, true);
    m_table->setColumnHidden(SnapshotTableModel::ExpiresColumn, true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->resizeColumnsToContents();

    m_momentChoice = new QRadioButton(tr("A &point in time"), this);
    m_momentChoice->setObjectName(QStringLiteral("pointInTimeChoice"));
    m_momentChoice->setAccessibleName(tr("Restore to a point in time"));
    m_momentEdit = new QDateTimeEdit(this);
    m_momentEdit->setObjectName(QStringLiteral("pointInTimeEdit"));
    m_momentEdit->setAccessibleName(tr("Moment to restore to, in UTC"));
    m_momentEdit->setTimeSpec(Qt::UTC);
    m_momentEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_localTime = new QLabel(this);
    m_localTime->setObjectName(QStringLiteral("pointInTimeLocal"));
    m_pitNote = new QLabel(this);
    m_pitNote->setObjectName(QStringLiteral("pointInTimeNote"));
    m_pitNote->setWordWrap(true);
    m_verdict = new VerdictLabel(this);
    m_verdict->setObjectName(QStringLiteral("sourceVerdict"));
    m_verdict->setAccessibleName(tr("What the rules say about this source"));

    const Cluster &cluster = wizard->source().where.cluster;
    if (m_hasPit) {
        const PitWindow window(cluster, wizard->now());
        const TimeRange bounds = window.bounds();
        m_momentEdit->setDateTimeRange(bounds.from, bounds.to);
        m_momentEdit->setDateTime(window.nearestRestorable(bounds.to).value_or(bounds.to));
        m_pitNote->setText(
                tr("%1 can be restored to a second between %2 and %3.")
                        .arg(cluster.name, formatUtc(bounds.from, true), formatUtc(bounds.to, true)));
    } else {
        m_pitNote->setText(tr("%1 keeps no point-in-time history (continuous cloud backup is off), so it is "
                              "restored from a snapshot.")
                                   .arg(cluster.name));
    }
    m_momentChoice->setVisible(m_hasPit);
    m_momentEdit->setVisible(m_hasPit);
    m_localTime->setVisible(m_hasPit);

    auto *choices = new QButtonGroup(this);
    choices->addButton(m_snapshotChoice);
    choices->addButton(m_momentChoice);
    m_snapshotChoice->setChecked(true);

    auto *momentRow = new QHBoxLayout;
    momentRow->addWidget(m_momentEdit);
    momentRow->addWidget(new QLabel(tr("UTC"), this));
    momentRow->addWidget(m_localTime, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_snapshotChoice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_momentChoice);
    layout->addLayout(momentRow);
    layout->addWidget(m_pitNote);
    layout->addWidget(m_verdict);
    setTabOrder(m_snapshotChoice, m_table);
    setTabOrder(m_table, m_momentChoice);
    setTabOrder(m_momentChoice, m_momentEdit);

    connect(m_snapshotChoice, &QRadioButton::toggled, this, &RestoreSourcePage::onChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_snapshotChoice->isChecked() && m_table->hasFocus())
            m_snapshotChoice->setChecked(true); // picking a snapshot means restoring one
        onChanged();
    });
    connect(m_momentEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_exactMoment && m_exactMoment->seconds() != m_momentEdit->dateTime().toSecsSinceEpoch())
            m_exactMoment.reset();
        if (!m_momentChoice->isChecked() && m_momentEdit->hasFocus())
            m_momentChoice->setChecked(true);
        onChanged();
    });
    // The newest snapshot first, so Enter alone goes on; chooseSnapshot() picks another.
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    else if (m_hasPit)
        m_momentChoice->setChecked(true);
    showLocalTime();
    onChanged();
}

void RestoreSourcePage::chooseSnapshot(const QString &snapshotId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_snapshots->index(m_snapshots->rowOf(snapshotId), 0));
    m_snapshotChoice->setChecked(true);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    onChanged();
}

void RestoreSourcePage::chooseMoment(const PointInTime &moment)
{
    if (!m_hasPit)
        return;
    m_momentChoice->setChecked(true);
    m_momentEdit->setDateTime(moment.toDateTime());
    m_exactMoment = moment; // after the edit: its change signal would drop the increment
    onChanged();
}

std::optional<QString> RestoreSourcePage::selectedSnapshotId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(SnapshotTableModel::SnapshotIdRole).toString();
}

std::optional<PointInTime> RestoreSourcePage::moment() const
{
    if (m_exactMoment)
        return m_exactMoment;
    return PointInTime{m_momentEdit->dateTime().toSecsSinceEpoch(), std::nullopt, std::nullopt};
}

bool RestoreSourcePage::isPointInTime() const
{
    return m_hasPit && m_momentChoice->isChecked();
}

void RestoreSourcePage::showLocalTime()
{
    const QDateTime local = m_momentEdit->dateTime().toLocalTime();
    m_localTime->setText(
            tr("(%1 local time)").arg(QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
}

void RestoreSourcePage::onChanged()
{
    showLocalTime();
    if (isPointInTime())
        m_wizard->setSource(std::nullopt, moment());
    else
        m_wizard->setSource(selectedSnapshotId(), std::nullopt);
    const RestoreOrder &order = m_wizard->order();
    if (order.snapshotId || order.pointInTime)
        m_verdict->setVerdict(sourceVerdict(*m_wizard, order));
    else
        m_verdict->setVerdict({});
    Q_EMIT completeChanged();
}

bool RestoreSourcePage::isComplete() const
{
    const RestoreOrder &order = m_wizard->order();
    return (order.snapshotId || order.pointInTime) && m_verdict->verdict().allowed();
}

int RestoreSourcePage::nextId() const
{
    return RestoreWizard::DeliveryPageId;
}

} // namespace snapline
