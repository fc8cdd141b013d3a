#include "actions/backup_action_runner.h"

#include "actions/action_facts.h"
#include "atlas/api_endpoint.h"
#include "preflight/verdict_format.h"
#include "rules/rule_planner.h"
#include "sync/synchronizer.h"

#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

namespace snapline {

Q_LOGGING_CATEGORY(lcActions, "snapline.core.actions")

namespace {

QString utcMinutes(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// The audit log keeps a summary of the answer, never its body.
QString failureSummary(const AtlasError &error)
{
    return error.errorCode.isEmpty() ? error.kindCode() : error.errorCode;
}

AtlasApi::Call<Cluster> toggle(AtlasApi &api, const BackupActionRequest &r, bool backup, bool on)
{
    ClusterBackupChange change;
    (backup ? change.backupEnabled : change.pitEnabled) = on;
    return api.updateClusterBackup(r.projectId, r.clusterName, change);
}

} // namespace

BackupActionRunner::BackupActionRunner(BackupActionRequest request, ActionServices services,
                                       SnapshotPolling polling, JobContext &context)
    : m_request(std::move(request))
    , m_services(std::move(services))
    , m_polling(polling)
    , m_context(context)
{}

void BackupActionRunner::step(const QString &stage)
{
    m_context.progress(m_step++, m_steps, stage);
}

BackupActionRunner::Outcome BackupActionRunner::run()
{
    const ActionKind kind = m_request.action.kind;
    const bool watch = m_request.followSnapshot && kind == ActionKind::TakeSnapshot;
    m_steps = watch ? 4 : 3; // rules, request, [watch,] catalog
    step(tr("Checking the rules"));
    BackupActionError error;
    if (!isBackupAction(kind)) {
        error.message = tr("Snapline cannot %1 as a backup action.").arg(describeAction(kind));
        return error;
    }
    auto facts = gatherFacts();
    if (!facts) {
        error.message = facts.error().message;
        error.auditSequence = audit({}, std::nullopt, QStringLiteral("not sent: ") + facts.error().code);
        return error;
    }
    const Verdict verdict = RulePlanner().evaluate(m_request.action, *facts);
    error.verdict = verdict;
    if (!verdict.allowed()) {
        error.kind = BackupActionError::Kind::Refused;
        error.message = BackupActionText::refusal(verdict);
        error.auditSequence = audit(verdict, std::nullopt,
                                    QStringLiteral("refused: ") + verdict.violationCodes().join(u", "));
        return error;
    }
    if (m_context.isCancelled()) {
        error.kind = BackupActionError::Kind::Cancelled;
        error.message = tr("Cancelled before anything was sent to Atlas.");
        return error;
    }

    // From here on the request is out: a cancel only stops the watching.
    step(tr("Sending the request to Atlas"));
    BackupActionOutcome outcome;
    outcome.kind = kind;
    outcome.verdict = verdict;
    const auto sent = send(*facts, outcome);
    if (!sent) {
        const AtlasError &failure = sent.error();
        error.kind = BackupActionError::Kind::Atlas;
        error.message = failure.message;
        error.atlas = failure;
        error.auditSequence
                = audit(verdict, failure.httpStatus > 0 ? std::optional(failure.httpStatus) : std::nullopt,
                        failureSummary(failure));
        return error;
    }
    outcome.auditSequence = audit(verdict, outcome.httpStatus, *sent, &outcome.problems);

    bool completed = true;
    if (watch) {
        step(tr("Watching snapshot %1").arg(outcome.snapshot->id));
        completed = follow(facts->source.cluster.isSharded(), outcome);
    }
    step(tr("Updating the catalog"));
    syncCluster(outcome);
    outcome.summary = successSummary(outcome);
    if (!completed) {
        error.kind = BackupActionError::Kind::SnapshotFailed;
        error.message = tr("Atlas could not complete snapshot %1 of %2; it failed.")
                                .arg(outcome.snapshot->id, m_request.clusterName);
        error.snapshot = outcome.snapshot;
        error.auditSequence = outcome.auditSequence;
        return error;
    }
    // The last stage is what the Jobs panel keeps showing: the answer, and anything that went wrong after it.
    const QStringList said = QStringList{outcome.summary} + outcome.problems;
    m_context.progress(m_steps, m_steps, said.join(u' '));
    return outcome;
}

Result<Facts> BackupActionRunner::gatherFacts() const
{
    // A reader of its own: the catalog as it is now, not as the window last read it.
    auto reader = Catalog::openReader(m_services.catalogPath(), m_services.clock);
    if (!reader)
        return reader.error();
    return ActionFacts::gather(**reader, m_services.roles, m_request.projectId, m_request.clusterName,
                               m_request.snapshotId, m_services.clock->now());
}

Result<QString, AtlasError> BackupActionRunner::send(const Facts &facts, BackupActionOutcome &outcome)
{
    AtlasApi &api = *m_services.api;
    const BackupActionRequest &r = m_request;
    const QString snapshotId = r.snapshotId.value_or(QString());
    QString summary;
    switch (r.action.kind) {
    case ActionKind::TakeSnapshot: {
        // Atlas keeps an on-demand snapshot 1 day unless told otherwise.
        auto taken = api.takeSnapshot(r.projectId, r.clusterName, r.action.description,
                                      r.action.retentionDays.value_or(1));
        if (!taken)
            return taken.error();
        outcome.snapshot = *taken;
        outcome.httpStatus = Endpoints::takeGroupClusterBackupSnapshots.successStatus;
        summary = QStringLiteral("snapshot %1 %2").arg(taken->id, toString(taken->status));
        break;
    }
    case ActionKind::ChangeRetention: {
        auto changed = api.changeSnapshotRetention(r.projectId, r.clusterName, snapshotId,
                                                   {RetentionUnit::Days, r.action.retentionDays.value_or(1)});
        if (!changed)
            return changed.error();
        outcome.snapshot = *changed;
        outcome.httpStatus = Endpoints::updateGroupClusterBackupSnapshot.successStatus;
        summary = QStringLiteral("snapshot %1 expires %2")
                          .arg(snapshotId, changed->expiresAt.toUTC().toString(Qt::ISODate));
        break;
    }
    case ActionKind::DeleteSnapshot: {
        const bool sharded = facts.source.cluster.isSharded();
        auto deleted = sharded ? api.deleteShardedSnapshot(r.projectId, r.clusterName, snapshotId)
                               : api.deleteSnapshot(r.projectId, r.clusterName, snapshotId);
        if (!deleted)
            return deleted.error();
        outcome.httpStatus = (sharded ? Endpoints::deleteGroupClusterBackupSnapshotShardedCluster
                                      : Endpoints::deleteGroupClusterBackupSnapshot)
                                     .successStatus;
        summary = QStringLiteral("snapshot %1 deleted").arg(snapshotId);
        break;
    }
    case ActionKind::EditPolicy: {
        auto policy = api.updateBackupPolicy(r.projectId, r.clusterName,
                                             r.action.policy.value_or(BackupPolicy()));
        if (!policy)
            return policy.error();
        outcome.policy = *policy;
        outcome.httpStatus = Endpoints::updateGroupClusterBackupSchedule.successStatus;
        summary = QStringLiteral("policy updated (%1 items)").arg(policy->items.size());
        break;
    }
    case ActionKind::DisableBackup:
    case ActionKind::EnableBackup:
    case ActionKind::DisablePit:
    case ActionKind::EnablePit: {
        const bool backup
                = r.action.kind == ActionKind::DisableBackup || r.action.kind == ActionKind::EnableBackup;
        const bool on = r.action.kind == ActionKind::EnableBackup || r.action.kind == ActionKind::EnablePit;
        auto cluster = toggle(api, r, backup, on);
        if (!cluster)
            return cluster.error();
        outcome.cluster = *cluster;
        outcome.httpStatus = Endpoints::updateGroupCluster.successStatus;
        summary = (backup ? QStringLiteral("backupEnabled=") : QStringLiteral("pitEnabled="))
                + (on ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    }
    default:
        break;
    }
    return summary;
}

qint64 BackupActionRunner::audit(const Verdict &verdict, std::optional<int> status, const QString &summary,
                                 QStringList *problems) const
{
    AuditEntry entry;
    entry.principal = m_services.principal();
    entry.action = m_request.auditAction();
    entry.target = m_request.auditTarget();
    entry.verdictJson = QString::fromUtf8(
            QJsonDocument(VerdictFormat::toJson(m_request.action, verdict)).toJson(QJsonDocument::Compact));
    entry.apiStatus = status;
    entry.apiSummary = summary;
    const auto stored = m_services.writer->appendAuditAndWait(entry);
    if (!stored) {
        qCWarning(lcActions) << "audit entry not written:" << stored.error().message;
        if (problems)
            *problems << tr("The audit log could not be written: %1").arg(stored.error().message);
        return 0;
    }
    return *stored;
}

bool BackupActionRunner::follow(bool sharded, BackupActionOutcome &outcome)
{
    Snapshot snapshot = *outcome.snapshot;
    const auto report = [&] {
        m_context.progress(
                m_step - 1, m_steps,
                tr("Snapshot %1 %2").arg(snapshot.id, BackupActionText::statusName(snapshot.status)));
    };
    report();
    int delay = m_polling.firstDelayMs;
    while (snapshot.isPending()) {
        if (!sleepUnlessCancelled(delay, m_context.cancelFlag())) {
            outcome.followStopped = true;
            break;
        }
        delay = std::min(delay * 2, m_polling.maxDelayMs);
        auto fresh = sharded ? m_services.api->shardedSnapshot(m_request.projectId, m_request.clusterName,
                                                               snapshot.id, m_context.cancelFlag())
                             : m_services.api->snapshot(m_request.projectId, m_request.clusterName,
                                                        snapshot.id, m_context.cancelFlag());
        if (!fresh) {
            if (m_context.isCancelled()) {
                outcome.followStopped = true;
            } else {
                outcome.problems << tr("Snapshot %1 could not be watched to the end: %2")
                                            .arg(snapshot.id, fresh.error().message);
            }
            break;
        }
        const SnapshotStatus before = snapshot.status;
        snapshot = *fresh;
        if (snapshot.status != before)
            report();
    }
    outcome.snapshot = snapshot;
    return snapshot.status != SnapshotStatus::Failed;
}

void BackupActionRunner::syncCluster(BackupActionOutcome &outcome)
{
    // Atlas's answer is the snapshot as it is now; an incremental sync reads only the
    // newest page, so a changed retention on an older snapshot is stored from here.
    if (outcome.snapshot) {
        QFuture<Status> stored
                = m_services.writer->post([projectId = m_request.projectId, cluster = m_request.clusterName,
                                           snapshot = *outcome.snapshot](Catalog &catalog) {
                      return catalog.writeSnapshotPage(projectId, cluster, {snapshot});
                  });
        stored.waitForFinished();
        if (const Status done = stored.result(); !done)
            outcome.problems << tr("The catalog could not store the snapshot: %1").arg(done.error().message);
    }
    Synchronizer synchronizer(m_services.api, m_services.writer, m_services.clock, Synchronizer::Options());
    // No cancel flag: the request went out, so the catalog must catch up with it.
    auto synced = synchronizer.syncCluster(m_request.projectId, m_request.clusterName, nullptr);
    if (!synced) {
        outcome.problems << tr("The catalog could not be brought up to date: %1").arg(synced.error().message);
    }
}

QString BackupActionRunner::successSummary(const BackupActionOutcome &outcome) const
{
    const QString &cluster = m_request.clusterName;
    const QString snapshotId
            = outcome.snapshot ? outcome.snapshot->id : m_request.snapshotId.value_or(QString());
    switch (outcome.kind) {
    case ActionKind::TakeSnapshot:
        if (outcome.snapshot && outcome.snapshot->isCompleted())
            return tr("Snapshot %1 of %2 completed.").arg(snapshotId, cluster);
        if (outcome.followStopped)
            return tr("Stopped watching snapshot %1 of %2 while %3; Atlas goes on taking it.")
                    .arg(snapshotId, cluster, BackupActionText::statusName(outcome.snapshot->status));
        return tr("Atlas has queued snapshot %1 of %2.").arg(snapshotId, cluster);
    case ActionKind::ChangeRetention:
        return tr("Snapshot %1 of %2 is now kept until %3.")
                .arg(snapshotId, cluster, utcMinutes(outcome.snapshot->expiresAt));
    case ActionKind::DeleteSnapshot:
        return tr("Snapshot %1 of %2 was deleted.").arg(snapshotId, cluster);
    case ActionKind::EditPolicy:
        return tr("The backup policy of %1 was changed.").arg(cluster);
    case ActionKind::DisableBackup:
        return tr("Cloud Backup is now off on %1.").arg(cluster);
    case ActionKind::EnableBackup:
        return tr("Cloud Backup is now on for %1.").arg(cluster);
    case ActionKind::DisablePit:
        return tr("Point-in-time restore is now off on %1.").arg(cluster);
    case ActionKind::EnablePit:
        return tr("Point-in-time restore is now on for %1.").arg(cluster);
    default:
        return {};
    }
}

} // namespace snapline
