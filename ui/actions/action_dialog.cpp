#include "actions/action_dialog.h"

#include "actions/verdict_label.h"
#include "rules/rule_planner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

ActionDialog::ActionDialog(Facts facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
    , m_form(new QFormLayout)
    , m_verdictLabel(new VerdictLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_buttons->setObjectName(QStringLiteral("buttons"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    okButton()->setAccessibleName(tr("Confirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ActionDialog::refresh()
{
    m_verdict = RulePlanner().evaluate(proposal(), m_facts);
    m_verdictLabel->setVerdict(m_verdict);
    okButton()->setEnabled(m_verdict.allowed());
}

} // namespace snapline
