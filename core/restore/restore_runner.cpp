#include "restore/restore_runner.h"

#include "actions/backup_action.h"
#include "atlas/atlas_client.h"
#include "console/display_format.h"
#include "preflight/verdict_format.h"
#include "restore/restore_submissions.h"
#include "sync/synchronizer.h"

#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace snapline {

Q_LOGGING_CATEGORY(lcRestore, "snapline.core.restore")

namespace {

// Whether Atlas may have created the job although no answer says so.
bool isUncertain(const AtlasError &error)
{
    switch (error.kind) {
    case AtlasError::Kind::Timeout:
    case AtlasError::Kind::Protocol:
        return true;
    case AtlasError::Kind::Http:
        return error.httpStatus >= 500;
    default:
        return false; // no connection, TLS, refused by Atlas (4xx), local: nothing was created
    }
}

QString failureSummary(const AtlasError &error)
{
    return error.errorCode.isEmpty() ? error.kindCode() : error.errorCode;
}

// Atlas's clock and ours differ a little; a job created this long before the request is not ours.
constexpr qint64 kClockSlackSeconds = 120;
// Reads of the job list after an uncertain answer, and the waits before them.
constexpr int kLookups = 3;
constexpr int kFirstLookupDelayMs = 1000;

} // namespace

RestoreRunner::RestoreRunner(RestoreOrder order, RestoreOptions options, ActionServices services,
                             JobContext &context, const std::atomic_bool *cancelInAtlas)
    : m_order(std::move(order))
    , m_options(std::move(options))
    , m_services(std::move(services))
    , m_context(context)
    , m_cancelInAtlas(cancelInAtlas)
{}

void RestoreRunner::step(const QString &stage)
{
    m_context.progress(m_step++, m_steps, stage);
}

RestoreRunner::Outcome RestoreRunner::run()
{
    RestoreFailure failure;
    const RestoreClaim claim(m_order.fingerprint());
    if (!claim.isHeld()) {
        failure.kind = RestoreFailure::Kind::Duplicate;
        failure.message
                = tr("This restore (%1 to %2) is already being submitted or followed; it was not sent "
                     "a second time.")
                          .arg(RestoreOrderText::source(m_order), RestoreOrderText::destination(m_order));
        return failure;
    }

    step(tr("Bringing %1 up to date")
                 .arg(m_order.hasTarget() ? m_order.targetClusterName : m_order.clusterName));
    if (m_options.syncFirst) {
        if (const Status synced = syncFirst(); !synced) {
            failure.kind = RestoreFailure::Kind::Atlas;
            failure.message
                    = tr("The latest state could not be read from Atlas, so the restore was not sent: %1")
                              .arg(synced.error().message);
            return failure;
        }
    }

    step(tr("Checking the rules"));
    auto checked = check();
    if (!checked) {
        failure.message = checked.error().message;
        failure.auditSequence = audit(QStringLiteral("restore.submit"), {}, nullptr, std::nullopt,
                                      QStringLiteral("not sent: ") + checked.error().code);
        return failure;
    }
    if (auto refused = refusal(*checked)) {
        refused->auditSequence
                = audit(QStringLiteral("restore.submit"), checked->verdict, &checked->request, std::nullopt,
                        (refused->kind == RestoreFailure::Kind::Changed ? QStringLiteral("changed: ")
                                                                        : QStringLiteral("refused: "))
                                + checked->verdict.violationCodes().join(u", "));
        return *refused;
    }
    if (m_context.isCancelled()) {
        failure.kind = RestoreFailure::Kind::Cancelled;
        failure.message = tr("Cancelled before anything was sent to Atlas.");
        return failure;
    }

    step(tr("Sending the restore request to Atlas"));
    const RestoreGateway gateway(m_services.api, checked->facts.source.cluster);
    RestoreOutcome outcome;
    outcome.order = m_order;
    outcome.verdict = checked->verdict;
    outcome.request = checked->request;
    auto submitted = submit(gateway, *checked, outcome.adopted);
    if (!submitted)
        return submitted.error();
    outcome.job = *submitted;
    outcome.auditSequence = m_submitAudit;
    publish(outcome.job);

    if (m_options.follow) {
        step(RestoreText::jobSummary(outcome.job, m_services.clock->now()));
        follow(gateway, outcome);
    } else {
        outcome.followStopped = true;
    }
    step(tr("Updating the catalog"));
    syncAfter(outcome);

    const QDateTime now = m_services.clock->now();
    outcome.summary = outcome.followStopped && !outcome.job.isFinished()
            ? tr("Atlas accepted restore job %1; it goes on in Atlas.").arg(outcome.job.id)
            : RestoreText::jobSummary(outcome.job, now);
    if (outcome.job.isFinished()) {
        outcome.auditSequence
                = audit(QStringLiteral("restore.finish"), outcome.verdict, &outcome.request, std::nullopt,
                        QStringLiteral("job %1 %2").arg(outcome.job.id, toString(outcome.job.state())),
                        &outcome.problems);
    }
    const QStringList said = QStringList{outcome.summary, outcome.cancelNote} + outcome.problems;
    m_context.progress(m_steps, m_steps, said.filter(QRegularExpression(QStringLiteral("\\S"))).join(u' '));

    switch (outcome.job.state()) {
    case RestoreJobState::Failed:
    case RestoreJobState::Expired:
    case RestoreJobState::Cancelled:
        failure.kind = outcome.job.state() == RestoreJobState::Cancelled
                ? RestoreFailure::Kind::Cancelled
                : RestoreFailure::Kind::RestoreFailed;
        failure.message = outcome.summary;
        failure.verdict = outcome.verdict;
        failure.job = outcome.job;
        failure.auditSequence = outcome.auditSequence;
        failure.requestSent = true;
        return failure;
    default:
        return outcome;
    }
}

Status RestoreRunner::syncFirst()
{
    Synchronizer synchronizer(m_services.api, m_services.writer, m_services.clock, Synchronizer::Options());
    if (m_order.hasTarget()
        && !(m_order.targetProjectId == m_order.projectId
             && m_order.targetClusterName == m_order.clusterName)) {
        auto target = synchronizer.syncCluster(m_order.targetProjectId, m_order.targetClusterName,
                                               m_context.cancelFlag());
        if (!target)
            return target.error().toError();
    }
    auto source = synchronizer.syncCluster(m_order.projectId, m_order.clusterName, m_context.cancelFlag());
    if (!source)
        return source.error().toError();
    return Done{};
}

Result<RestoreCheck> RestoreRunner::check() const
{
    // A reader of its own: the catalog as it is now, not as the window last read it.
    auto reader = Catalog::openReader(m_services.catalogPath(), m_services.clock);
    if (!reader)
        return reader.error();
    return RestorePreflight::judge(**reader, m_services.roles, m_order, m_services.clock->now());
}

std::optional<RestoreFailure> RestoreRunner::refusal(const RestoreCheck &check) const
{
    RestoreFailure failure;
    failure.verdict = check.verdict;
    if (!check.allowed()) {
        failure.kind = RestoreFailure::Kind::Refused;
        failure.message = BackupActionText::refusal(check.verdict);
        if (m_options.confirmed && m_options.confirmed->allowed())
            failure.message = tr("Since you confirmed, something changed: %1").arg(failure.message);
        return failure;
    }
    if (!m_options.confirmed)
        return std::nullopt;
    QStringList unseen;
    for (const Finding &warning : check.verdict.warnings) {
        if (!m_options.confirmed->warns(warning.code))
            unseen << warning.message;
    }
    if (unseen.isEmpty())
        return std::nullopt;
    failure.kind = RestoreFailure::Kind::Changed;
    failure.message
            = tr("Since you confirmed, something changed, so the restore was not sent; check it again: %1")
                      .arg(unseen.join(u' '));
    return failure;
}

Result<RestoreJob, RestoreFailure> RestoreRunner::submit(const RestoreGateway &gateway,
                                                         const RestoreCheck &check, bool &adopted)
{
    RestoreFailure failure;
    failure.verdict = check.verdict;
    // What Atlas already has, so that a job found after a lost answer is known to be this one.
    if (auto before = gateway.jobs(m_context.cancelFlag())) {
        for (const RestoreJob &job : std::as_const(*before))
            m_jobsBefore.insert(job.id);
    }
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const QDateTime sentAt = m_services.clock->now();
        // No cancel flag: once the request is on its way, its answer is awaited.
        auto created = gateway.create(m_order);
        if (created) {
            RestoreJob job = *created;
            if (!job.createdAt.isValid())
                job.createdAt = sentAt; // Atlas's job has no creation time; this is when it was asked for
            m_submitAudit = audit(QStringLiteral("restore.submit"), check.verdict, &check.request, 200,
                                  QStringLiteral("job %1 created").arg(job.id));
            return job;
        }
        const AtlasError error = created.error();
        if (!isUncertain(error)) {
            failure.kind = RestoreFailure::Kind::Atlas;
            failure.message = error.message;
            failure.atlas = error;
            failure.auditSequence
                    = audit(QStringLiteral("restore.submit"), check.verdict, &check.request,
                            error.httpStatus > 0 ? std::optional(error.httpStatus) : std::nullopt,
                            failureSummary(error));
            return failure;
        }
        qCWarning(lcRestore) << "no clear answer to the restore request:" << error.message;
        m_context.progress(
                m_step - 1, m_steps,
                tr("Atlas did not answer clearly (%1); looking for the job in its list").arg(error.message));
        bool listed = false;
        if (std::optional<RestoreJob> found = findSubmitted(gateway, sentAt, listed)) {
            adopted = true;
            if (!found->createdAt.isValid())
                found->createdAt = sentAt;
            m_submitAudit
                    = audit(QStringLiteral("restore.submit"), check.verdict, &check.request, std::nullopt,
                            QStringLiteral("job %1 found after %2").arg(found->id, failureSummary(error)));
            return *found;
        }
        if (!listed || attempt == 2) {
            failure.kind = RestoreFailure::Kind::Uncertain;
            failure.atlas = error;
            failure.requestSent = true;
            failure.message = listed
                    ? tr("Atlas did not answer the restore request twice (%1), and its list of restore jobs "
                         "shows none from it. Nothing more was sent; try again later.")
                              .arg(error.message)
                    : tr("Atlas did not answer the restore request (%1), and its list of restore jobs could "
                         "not be read, so Snapline did not send it again. Look at the restores of %2 before "
                         "trying again: Atlas may have started it.")
                              .arg(error.message, m_order.clusterName);
            failure.auditSequence
                    = audit(QStringLiteral("restore.submit"), check.verdict, &check.request, std::nullopt,
                            QStringLiteral("uncertain: ") + failureSummary(error));
            return failure;
        }
        // The list proves the first request made nothing: sending it again cannot make a second job.
    }
    return failure; // not reached
}

std::optional<RestoreJob> RestoreRunner::findSubmitted(const RestoreGateway &gateway, const QDateTime &sentAt,
                                                       bool &listed) const
{
    int delay = kFirstLookupDelayMs;
    for (int lookup = 0; lookup < kLookups; ++lookup) {
        if (lookup > 0) {
            const std::atomic_bool never = false;
            sleepUnlessCancelled(delay, &never);
            delay *= 2;
        }
        auto jobs = gateway.jobs();
        if (!jobs)
            continue;
        listed = true;
        for (const RestoreJob &job : std::as_const(*jobs)) {
            if (matches(job, sentAt))
                return job;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool RestoreRunner::matches(const RestoreJob &job, const QDateTime &sentAt) const
{
    if (m_jobsBefore.contains(job.id))
        return false;
    if (job.createdAt.isValid() && job.createdAt < sentAt.addSecs(-kClockSlackSeconds))
        return false;
    if (m_order.isDownload() != (job.deliveryType == DeliveryType::Download))
        return false;
    if (m_order.hasTarget()
        && (job.targetClusterName != m_order.targetClusterName
            || job.targetProjectId != m_order.targetProjectId))
        return false;
    if (m_order.pointInTime)
        return !job.pointInTime || job.pointInTime->seconds() == m_order.pointInTime->seconds();
    return job.snapshotId.isEmpty() || job.snapshotId == m_order.snapshotId.value_or(QString());
}

void RestoreRunner::publish(const RestoreJob &job)
{
    // The cluster's restore history shows the job live, before the sync at the end.
    QFuture<Status> stored = m_services.writer->post(
            [projectId = m_order.projectId, cluster = m_order.clusterName, job](Catalog &catalog) {
                return catalog.writeRestoreJobs(projectId, cluster, {job}, false);
            });
    stored.waitForFinished(); // a worker thread: a reader notified next finds it
    if (const Status done = stored.result(); !done)
        qCWarning(lcRestore) << "restore job not stored:" << done.error().message;
    if (m_update)
        m_update(job);
}

void RestoreRunner::follow(const RestoreGateway &gateway, RestoreOutcome &outcome)
{
    int delay = m_options.polling.firstDelayMs;
    bool cancelHandled = false;
    const std::atomic_bool never = false;
    while (!outcome.job.isFinished()) {
        if (m_context.isCancelled() && !cancelHandled) {
            if (!m_cancelInAtlas || !m_cancelInAtlas->load()) {
                outcome.followStopped = true; // the job is going away; the restore goes on in Atlas
                return;
            }
            cancelHandled = true;
            requestCancel(gateway, outcome);
            continue;
        }
        sleepUnlessCancelled(delay, cancelHandled ? &never : m_context.cancelFlag());
        if (m_context.isCancelled() && !cancelHandled)
            continue;
        delay = std::min(delay * 2, m_options.polling.maxDelayMs);
        auto fresh = gateway.job(outcome.job.id);
        if (!fresh) {
            // A read that fails is tried again after the next wait; the restore goes on regardless.
            m_context.progress(m_step - 1, m_steps,
                               tr("Could not read restore job %1 (%2); trying again")
                                       .arg(outcome.job.id, fresh.error().message));
            continue;
        }
        RestoreJob latest = *fresh;
        if (!latest.createdAt.isValid())
            latest.createdAt = outcome.job.createdAt;
        const bool changed = !(latest == outcome.job);
        outcome.job = latest;
        if (changed)
            publish(outcome.job);
        QString stage = RestoreText::jobSummary(outcome.job, m_services.clock->now());
        if (!outcome.cancelNote.isEmpty())
            stage += u' ' + outcome.cancelNote;
        m_context.progress(m_step - 1, m_steps, stage);
    }
}

void RestoreRunner::requestCancel(const RestoreGateway &gateway, RestoreOutcome &outcome)
{
    m_context.progress(m_step - 1, m_steps, tr("Asking Atlas to cancel restore job %1").arg(outcome.job.id));
    auto cancelled = gateway.cancel(outcome.job.id);
    audit(QStringLiteral("restore.cancel"), outcome.verdict, nullptr,
          cancelled ? std::optional(204)
                    : (cancelled.error().httpStatus > 0 ? std::optional(cancelled.error().httpStatus)
                                                        : std::nullopt),
          cancelled ? QStringLiteral("job %1 cancel requested").arg(outcome.job.id)
                    : failureSummary(cancelled.error()),
          &outcome.problems);
    if (cancelled)
        return;
    const AtlasError &error = cancelled.error();
    outcome.cancelNote = error.httpStatus == 405 || !gateway.canCancel()
            ? tr("The restore could not be cancelled: %1").arg(gateway.whyNoCancel())
            : tr("The restore could not be cancelled: %1").arg(error.message);
}

void RestoreRunner::syncAfter(RestoreOutcome &outcome)
{
    // No cancel flag: the request went out, so the catalog must catch up with it.
    Synchronizer synchronizer(m_services.api, m_services.writer, m_services.clock, Synchronizer::Options());
    auto source = synchronizer.syncCluster(m_order.projectId, m_order.clusterName, nullptr);
    if (!source) {
        outcome.problems << tr("The catalog could not be brought up to date: %1").arg(source.error().message);
        return;
    }
    if (m_order.hasTarget() && outcome.job.isFinished()) {
        auto target = synchronizer.syncCluster(m_order.targetProjectId, m_order.targetClusterName, nullptr);
        if (!target)
            outcome.problems
                    << tr("The catalog could not be brought up to date: %1").arg(target.error().message);
    }
}

qint64 RestoreRunner::audit(const QString &action, const Verdict &verdict, const RestoreRequestText *request,
                            std::optional<int> status, const QString &summary, QStringList *problems) const
{
    AuditEntry entry;
    entry.principal = m_services.principal();
    entry.action = action;
    entry.target = m_order.hasTarget()
            ? QStringLiteral("cluster:%1/%2").arg(m_order.targetProjectId, m_order.targetClusterName)
            : QStringLiteral("cluster:%1/%2").arg(m_order.projectId, m_order.clusterName);
    entry.verdictJson = QString::fromUtf8(
            QJsonDocument(VerdictFormat::toJson(m_order.action(), verdict)).toJson(QJsonDocument::Compact));
    if (request)
        entry.requestJson
                = QString::fromUtf8(QJsonDocument(request->toJson()).toJson(QJsonDocument::Compact));
    entry.apiStatus = status;
    entry.apiSummary = summary;
    const auto stored = m_services.writer->appendAuditAndWait(entry);
    if (!stored) {
        qCWarning(lcRestore) << "audit entry not written:" << stored.error().message;
        if (problems)
            *problems << tr("The audit log could not be written: %1").arg(stored.error().message);
        return 0;
    }
    return *stored;
}

} // namespace snapline
