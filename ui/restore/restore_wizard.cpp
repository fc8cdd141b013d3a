#include "restore/restore_wizard.h"

#include "jobs/job_list_model.h"
#include "restore/restore_delivery_page.h"
#include "restore/restore_operation_job.h"
#include "restore/restore_preflight_page.h"
#include "restore/restore_source_page.h"
#include "restore/restore_target_page.h"

#include <QAbstractButton>

namespace snapline {

RestoreWizard::RestoreWizard(ActionEnvironment environment, std::shared_ptr<const ClusterDetail> source,
                             QWidget *parent)
    : QWizard(parent)
    , m_environment(std::move(environment))
    , m_source(std::move(source))
{
    Q_ASSERT(m_source);
    if (!m_environment.clock)
        m_environment.clock = Clock::system();
    m_order.projectId = m_source->where.projectId;
    m_order.clusterName = m_source->where.cluster.name;

    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore %1").arg(m_order.clusterName));
    setAccessibleName(windowTitle());
    setOption(QWizard::NoBackButtonOnStartPage);

    m_sourcePage = new RestoreSourcePage(this);
    m_deliveryPage = new RestoreDeliveryPage(this);
    m_targetPage = new RestoreTargetPage(this);
    m_preflightPage = new RestorePreflightPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(DeliveryPageId, m_deliveryPage);
    setPage(TargetPageId, m_targetPage);
    setPage(PreflightPageId, m_preflightPage);
    setStartId(SourcePageId);
    nameButtons();
    resize(880, 640);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::nameButtons()
{
    const auto name = [this](WizardButton which, const char *objectName, const QString &text,
                             const QString &accessible) {
        setButtonText(which, text);
        button(which)->setObjectName(QString::fromLatin1(objectName));
        button(which)->setAccessibleName(accessible);
    };
    name(BackButton, "backButton", tr("< &Back"), tr("Back"));
    name(NextButton, "nextButton", tr("&Next >"), tr("Next"));
    name(FinishButton, "submitButton", tr("&Submit Restore"), tr("Submit restore"));
    name(CancelButton, "cancelButton", tr("Cancel"), tr("Cancel"));
}

QDateTime RestoreWizard::now() const
{
    return m_environment.clock->now();
}

void RestoreWizard::setSnapshot(const QString &snapshotId)
{
    m_sourcePage->chooseSnapshot(snapshotId);
}

void RestoreWizard::setPointInTime(const PointInTime &moment)
{
    m_sourcePage->chooseMoment(moment);
}

void RestoreWizard::setSource(const std::optional<QString> &snapshotId,
                              const std::optional<PointInTime> &moment)
{
    m_order.snapshotId = moment ? std::nullopt : snapshotId;
    m_order.pointInTime = moment;
    m_check.reset();
}

void RestoreWizard::setDelivery(DeliveryType delivery)
{
    m_order.delivery = delivery;
    if (m_order.isDownload())
        setTarget({}, {}, {});
    m_check.reset();
}

void RestoreWizard::setTarget(const QString &projectId, const QString &clusterName,
                              const QString &projectName)
{
    m_order.targetProjectId = projectId;
    m_order.targetClusterName = clusterName;
    m_targetProjectName = projectName;
    m_check.reset();
}

void RestoreWizard::setCheck(std::optional<RestoreCheck> check)
{
    m_check = std::move(check);
}

void RestoreWizard::accept()
{
    // A second click, Enter held down or a late signal finds the restore submitted already.
    if (m_submitted || currentId() != PreflightPageId || !m_check || !m_preflightPage->isComplete())
        return;
    m_submitted = true;
    button(FinishButton)->setEnabled(false);
    Q_EMIT m_preflightPage->completeChanged();

    RestoreOptions options;
    options.confirmed = m_check->verdict; // the job refuses if the fresh facts say anything else
    options.polling = m_environment.restorePolling;
    auto *job = new RestoreOperationJob(m_check->order, options, m_environment.services());
    if (m_environment.jobs)
        m_environment.jobs->track(job);
    else
        job->setParent(parent()); // outlives the wizard, which closes now
    Q_EMIT restoreStarted(job);
    job->start(m_environment.pool);
    QWizard::accept();
}

} // namespace snapline
