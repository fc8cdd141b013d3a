#include "restore/restore_delivery_page.h"

#include "actions/action_facts.h"
#include "restore/restore_wizard.h"
#include "rules/rule_planner.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace snapline {

RestoreDeliveryPage::RestoreDeliveryPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("restoreDeliveryPage"));
    setTitle(tr("How to restore"));
    setSubTitle(tr("Atlas restores into a running cluster, or prepares a snapshot for download."));

    m_automated = new QRadioButton(tr("Restore into a &cluster"), this);
    m_automated->setObjectName(QStringLiteral("automatedChoice"));
    m_automated->setAccessibleName(tr("Restore into a cluster"));
    m_automatedNote = new QLabel(tr("Atlas copies the backup into a cluster you choose next. Everything on "
                                    "that cluster is replaced."),
                                 this);
    m_automatedNote->setWordWrap(true);
    m_automatedNote->setIndent(24);
    m_download = new QRadioButton(tr("&Download the snapshot"), this);
    m_download->setObjectName(QStringLiteral("downloadChoice"));
    m_download->setAccessibleName(tr("Download the snapshot"));
    m_downloadNote = new QLabel(this);
    m_downloadNote->setObjectName(QStringLiteral("downloadNote"));
    m_downloadNote->setWordWrap(true);
    m_downloadNote->setIndent(24);

    auto *choices = new QButtonGroup(this);
    choices->addButton(m_automated);
    choices->addButton(m_download);
    m_automated->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_automated);
    layout->addWidget(m_automatedNote);
    layout->addSpacing(12);
    layout->addWidget(m_download);
    layout->addWidget(m_downloadNote);
    layout->addStretch(1);

    connect(m_automated, &QRadioButton::toggled, this, &RestoreDeliveryPage::onChanged);
}

void RestoreDeliveryPage::initializePage()
{
    // The planner judges a download of the chosen source (a point in time cannot be one).
    RestoreOrder download = m_wizard->order();
    download.delivery = DeliveryType::Download;
    const Facts facts = ActionFacts::fromDetail(m_wizard->source(), m_wizard->environment().roles,
                                                download.snapshotId, m_wizard->now());
    const Verdict verdict = RulePlanner().evaluate(download.action(), facts);
    QStringList lines;
    if (!verdict.allowed()) {
        lines << tr("A download is not possible:");
        for (const Finding &f : verdict.violations)
            lines << f.message;
    } else {
        lines << tr("Atlas prepares the snapshot's files and gives links to fetch them.");
        for (const Finding &f : verdict.warnings)
            lines << f.message;
    }
    m_downloadNote->setText(lines.join(u' '));
    m_download->setEnabled(verdict.allowed());
    m_download->setToolTip(m_downloadNote->text());
    if (!verdict.allowed())
        m_automated->setChecked(true);
    onChanged();
}

void RestoreDeliveryPage::onChanged()
{
    m_wizard->setDelivery(m_download->isChecked() ? DeliveryType::Download : DeliveryType::Automated);
}

int RestoreDeliveryPage::nextId() const
{
    return m_download->isChecked() ? RestoreWizard::PreflightPageId : RestoreWizard::TargetPageId;
}

} // namespace snapline
