#include "actions/compliance_view.h"

#include "actions/compliance_locks.h"
#include "rules/policy_validation.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace snapline {

namespace {

QLabel *label(QWidget *parent, const char *name, const QString &accessible)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setAccessibleName(accessible);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QListWidget *list(QWidget *parent, const char *name, const QString &accessible)
{
    auto *l = new QListWidget(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setAccessibleName(accessible);
    l->setWordWrap(true);
    l->setSelectionMode(QAbstractItemView::NoSelection);
    l->setFocusPolicy(Qt::TabFocus);
    return l;
}

} // namespace

ComplianceView::ComplianceView(QWidget *parent)
    : QWidget(parent)
    , m_heading(label(this, "complianceHeading", tr("Backup Compliance Policy")))
    , m_state(label(this, "complianceState", tr("State")))
    , m_authority(label(this, "complianceAuthority", tr("Authorized by")))
    , m_itemsTitle(label(this, "complianceItemsTitle", tr("Minimum policy items")))
    , m_items(list(this, "complianceItems", tr("Minimum policy items")))
    , m_locksTitle(label(this, "complianceLocksTitle", tr("What it locks")))
    , m_locks(list(this, "complianceLocks", tr("What the policy locks")))
{
    setObjectName(QStringLiteral("complianceView"));
    setAccessibleName(tr("Backup Compliance Policy"));
    QFont big = m_heading->font();
    big.setBold(true);
    m_heading->setFont(big);
    m_itemsTitle->setText(tr("Every cluster's backup policy keeps at least:"));
    m_locksTitle->setText(
            tr("While the policy is in force, no one, whatever their role, can get around these:"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_authority);
    layout->addWidget(m_itemsTitle);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_locksTitle);
    layout->addWidget(m_locks, 2);
    setPolicy(std::nullopt);
}

void ComplianceView::setPolicy(const std::optional<CompliancePolicy> &policy, const QString &projectName)
{
    m_policy = policy;
    m_items->clear();
    m_locks->clear();
    const QString project = projectName.isEmpty() ? tr("This project") : tr("Project %1").arg(projectName);
    const bool has = policy.has_value();
    for (QWidget *w : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_authority),
                       static_cast<QWidget *>(m_itemsTitle), static_cast<QWidget *>(m_items),
                       static_cast<QWidget *>(m_locksTitle), static_cast<QWidget *>(m_locks)})
        w->setVisible(has);
    if (!has) {
        m_heading->setText(tr("This project has no Backup Compliance Policy"));
        return;
    }
    m_heading->setText(tr("%1 is under a Backup Compliance Policy").arg(project));
    m_state->setText(tr("State: %1").arg(ComplianceLocks::stateName(policy->state)));
    m_authority->setText(ComplianceLocks::authority(*policy));
    for (const PolicyItem &item : policy->scheduledPolicyItems)
        m_items->addItem(describePolicyItem(item));
    if (policy->onDemandPolicyItem)
        m_items->addItem(
                tr("on-demand snapshots kept %1").arg(policy->onDemandPolicyItem->retention.describe()));
    m_itemsTitle->setVisible(m_items->count() > 0);
    m_items->setVisible(m_items->count() > 0);
    m_locks->addItems(describeComplianceLocks(*policy));
}

QStringList ComplianceView::locks() const
{
    QStringList out;
    for (int i = 0; i < m_locks->count(); ++i)
        out << m_locks->item(i)->text();
    return out;
}

} // namespace snapline
