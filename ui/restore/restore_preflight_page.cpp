#include "restore/restore_preflight_page.h"

#include "actions/verdict_label.h"
#include "restore/restore_check_job.h"
#include "restore/restore_wizard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace snapline {

RestorePreflightPage::RestorePreflightPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("restorePreflightPage"));
    setTitle(tr("Pre-flight check"));
    setSubTitle(tr("Read what will happen, then type the cluster's name to confirm."));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("preflightTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("preflightSource"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_destination = new QLabel(this);
    m_destination->setObjectName(QStringLiteral("preflightDestination"));
    m_destination->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("preflightBusy"));
    m_busy->setAccessibleName(tr("Checking the restore"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_verdict = new VerdictLabel(this);
    m_verdict->setObjectName(QStringLiteral("preflightVerdict"));
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("requestText"));
    m_request->setAccessibleName(tr("The request that will be sent to Atlas"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_request->setTabChangesFocus(true);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("confirmPrompt"));
    m_prompt->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirm->setAccessibleName(tr("Cluster name to confirm"));
    m_prompt->setBuddy(m_confirm);

    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Destination:"), m_destination);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_verdict);
    layout->addWidget(new QLabel(tr("Request:"), this));
    layout->addWidget(m_request, 1);
    layout->addWidget(m_prompt);
    layout->addWidget(m_confirm);
    // The name is the one thing to type here: the page opens in it, and Tab goes on to the request.
    setTabOrder(m_confirm, m_request);

    connect(m_confirm, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString RestorePreflightPage::expectedName() const
{
    const RestoreOrder &order = m_wizard->order();
    return order.isDownload() ? order.clusterName : order.targetClusterName;
}

void RestorePreflightPage::initializePage()
{
    const RestoreOrder &order = m_wizard->order();
    m_title->setText(RestoreOrderText::title(order));
    m_source->setText(RestoreOrderText::source(order));
    m_destination->setText(RestoreOrderText::destination(order, m_wizard->targetProjectName()));
    m_prompt->setText(
            order.isDownload()
                    ? tr("To confirm the download, type the name of the source cluster, %1:")
                              .arg(expectedName())
                    : tr("Everything on %1 will be replaced. To confirm, type the name of the target "
                         "cluster, %1:")
                              .arg(expectedName()));
    m_confirm->clear();
    m_confirm->setPlaceholderText(expectedName());
    read();
}

void RestorePreflightPage::cleanupPage()
{
    ++m_token; // an answer still on its way is for a restore no longer shown
    m_loading = false;
    m_wizard->setCheck(std::nullopt);
    m_confirm->clear();
}

void RestorePreflightPage::read()
{
    const quint64 token = ++m_token;
    m_loading = true;
    m_wizard->setCheck(std::nullopt);
    m_verdict->setVerdict({});
    m_request->setPlainText(tr("Checking…"));
    m_busy->show();
    Q_EMIT completeChanged();
    const ActionEnvironment &env = m_wizard->environment();
    auto *job
            = RestoreCheckJob::create(env.catalogPath, env.clock, env.roles, m_wizard->order(), token, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->token() != m_token)
            return;
        m_loading = false;
        m_busy->hide();
        if (job->state() == Job::State::Succeeded) {
            m_wizard->setCheck(job->result()->value());
            showCheck();
        } else {
            Verdict failed;
            failed.refuse(QStringLiteral("PREFLIGHT_UNREADABLE"), QString(),
                          tr("The restore could not be checked: %1").arg(job->errorMessage()));
            m_verdict->setVerdict(failed);
            m_request->setPlainText(QString());
        }
        Q_EMIT completeChanged();
    });
    job->start(env.pool);
}

void RestorePreflightPage::showCheck()
{
    const RestoreCheck &check = *m_wizard->check();
    m_verdict->setVerdict(check.verdict);
    if (check.allowed() && check.verdict.warnings.isEmpty()) {
        m_verdict->setText(tr("The rules allow this restore."));
        m_verdict->setVisible(true);
    }
    m_request->setPlainText(check.request.toText());
}

bool RestorePreflightPage::isComplete() const
{
    const std::optional<RestoreCheck> &check = m_wizard->check();
    return !m_loading && !m_wizard->isSubmitted() && check && check->allowed()
            && m_confirm->text() == expectedName();
}

int RestorePreflightPage::nextId() const
{
    return -1;
}

} // namespace snapline
