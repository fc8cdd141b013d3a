#include "report/report_run_panel.h"

#include "models/exact_text.h"
#include "report/report_job.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace snapline {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path).toHtmlEscaped();
}

} // namespace

ReportRunPanel::ReportRunPanel(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel export"), this))
    , m_result(new QLabel(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_verification(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_stage->setObjectName(QStringLiteral("reportStage"));
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setAccessibleName(tr("Files written"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verify->setObjectName(QStringLiteral("reportVerifyButton"));
    m_verify->setToolTip(tr("Check the report against its manifest and signature, as an auditor would"));
    m_verification->setObjectName(QStringLiteral("reportVerification"));
    m_verification->setAccessibleName(tr("Verification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 0, 0);
    layout->addWidget(m_cancel, 0, 1);
    layout->addWidget(m_stage, 1, 0, 1, 2);
    layout->addWidget(m_result, 2, 0);
    layout->addWidget(m_verify, 2, 1, Qt::AlignTop);
    layout->addWidget(m_verification, 3, 0, 1, 2);
    // Hidden until there is something to read: an empty label would still be a Tab stop.
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_stage),
                       static_cast<QWidget *>(m_cancel), static_cast<QWidget *>(m_result),
                       static_cast<QWidget *>(m_verify), static_cast<QWidget *>(m_verification)})
        w->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_stage->setText(tr("Cancelling…"));
        }
    });
    connect(m_verify, &QPushButton::clicked, this, &ReportRunPanel::verify);
}

void ReportRunPanel::follow(ReportJob *job)
{
    m_job = job;
    m_output = {};
    m_result->clear();
    m_result->hide();
    m_verification->clear();
    m_verification->hide();
    m_verify->hide();
    m_progress->setValue(0);
    m_stage->setText(tr("Waiting to start…"));
    m_cancel->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_stage),
                       static_cast<QWidget *>(m_cancel)})
        w->show();
    connect(job, &Job::progressChanged, this, [this](const JobProgress &p) {
        m_progress->setValue(int(p.total > 0 ? p.done * 100 / p.total : 0));
        m_stage->setText(p.stage);
    });
    connect(job, &Job::finished, this, &ReportRunPanel::onFinished);
}

bool ReportRunPanel::isRunning() const
{
    const ReportJob *job = m_job.data();
    return job && !job->isFinished();
}

QString ReportRunPanel::resultText() const
{
    return m_result->text();
}

QString ReportRunPanel::verifyText() const
{
    return m_verification->text();
}

void ReportRunPanel::onFinished()
{
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_stage),
                       static_cast<QWidget *>(m_cancel)})
        w->hide();
    ReportJob *job = m_job.data();
    if (!job)
        return;
    const bool ok = job->state() == Job::State::Succeeded;
    if (ok) {
        m_output = job->result()->value();
        QString text = tr("<b>The report was written</b> to %1 (%2), with its manifest %3.")
                               .arg(native(m_output.path), ExactText::size(m_output.bytes).toHtmlEscaped(),
                                    native(m_output.manifestPath));
        if (!m_output.signaturePath.isEmpty())
            text += u' '
                    + tr("The manifest is signed (%1) with the key %2: publish that fingerprint so auditors "
                         "know the key is yours.")
                              .arg(native(m_output.signaturePath), m_output.keyFingerprint.toHtmlEscaped());
        text += u"<br/>"
                + tr("To prove it unchanged later: <tt>snapline report verify %1</tt>, or Verify here.")
                          .arg(native(m_output.path));
        m_result->setText(text);
        m_verify->show();
    } else if (job->state() == Job::State::Cancelled) {
        m_result->setText(tr("The export was cancelled; nothing was written."));
    } else {
        m_result->setText(
                tr("<b>The report was not written:</b> %1").arg(job->errorMessage().toHtmlEscaped()));
    }
    m_result->show();
    Q_EMIT finished(ok);
}

void ReportRunPanel::verify()
{
    if (m_output.path.isEmpty())
        return;
    m_verify->setEnabled(false);
    m_verification->show();
    m_verification->setText(tr("Checking…"));
    const QString path = m_output.path;
    QThreadPool *pool = m_pool ? m_pool : Job::defaultPool();
    QtConcurrent::run(pool, [path] {
        return ReportVerifier::verify(path);
    }).then(this, [this](const Result<ReportVerification> &verification) { showVerification(verification); });
}

void ReportRunPanel::showVerification(const Result<ReportVerification> &verification)
{
    m_verify->setEnabled(true);
    if (!verification) {
        m_verification->setText(verification.error().message.toHtmlEscaped());
        Q_EMIT verified(false);
        return;
    }
    const bool intact = verification->intact();
    QStringList lines;
    for (const QString &line : verification->describe())
        lines << line.toHtmlEscaped();
    m_verification->setText((intact ? tr("<b>Intact.</b>") : tr("<b>The report has changed.</b>")) + u"<br/>"
                            + lines.join(QStringLiteral("<br/>")));
    Q_EMIT verified(intact);
}

} // namespace snapline
