#include "actions/take_snapshot_dialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

namespace snapline {

namespace {

constexpr int kDefaultDays = 7;
constexpr int kMaxDays = 3650;

} // namespace

int TakeSnapshotDialog::defaultRetentionDays(const Facts &facts)
{
    int days = kDefaultDays;
    if (facts.compliancePolicy && facts.compliancePolicy->onDemandPolicyItem) {
        const double minimum = facts.compliancePolicy->onDemandPolicyItem->retention.days();
        days = std::max(days, int(std::ceil(minimum)));
    }
    return days;
}

TakeSnapshotDialog::TakeSnapshotDialog(Facts facts, QWidget *parent)
    : ActionDialog(std::move(facts), parent)
    , m_description(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_watch(new QCheckBox(tr("&Watch it in the Jobs panel until it completes"), this))
{
    setObjectName(QStringLiteral("takeSnapshotDialog"));
    setWindowTitle(tr("Take a Snapshot of %1").arg(this->facts().source.cluster.name));
    setAccessibleName(windowTitle());

    m_description->setObjectName(QStringLiteral("snapshotDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Why this snapshot is taken, e.g. before the 4.2 migration"));
    m_retention->setObjectName(QStringLiteral("snapshotRetentionDays"));
    m_retention->setAccessibleName(tr("Keep for (days)"));
    m_retention->setRange(0, kMaxDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(defaultRetentionDays(this->facts()));
    m_watch->setObjectName(QStringLiteral("watchSnapshot"));
    m_watch->setAccessibleName(tr("Watch until it completes"));
    m_watch->setChecked(true);

    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(tr("&Keep for:"), m_retention);
    form()->addRow(QString(), m_watch);
    connect(m_retention, &QSpinBox::valueChanged, this, &TakeSnapshotDialog::refresh);
    refresh();
}

ProposedAction TakeSnapshotDialog::proposal() const
{
    ProposedAction action;
    action.kind = ActionKind::TakeSnapshot;
    action.description = description();
    action.retentionDays = retentionDays();
    return action;
}

QString TakeSnapshotDialog::description() const
{
    return m_description->text().trimmed();
}

int TakeSnapshotDialog::retentionDays() const
{
    return m_retention->value();
}

bool TakeSnapshotDialog::watchUntilDone() const
{
    return m_watch->isChecked();
}

} // namespace snapline
