#pragma once

#include "actions/action_services.h"
#include "jobs/job.h"
#include "restore/restore_gateway.h"
#include "restore/restore_operation.h"
#include "restore/restore_preflight.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <functional>

namespace snapline {

// The work of one confirmed restore, on the calling (worker) thread:
//  1. bring the target and the source up to date in the catalog;
//  2. judge the order again on those fresh facts (refuse if anything changed);
//  3. send exactly one create request — after an uncertain failure (timeout,
//     lost answer, 5xx) Atlas's job list is read before anything is sent again;
//  4. follow the Atlas job to its end with backoff (cancel it in Atlas when
//     asked and allowed), then bring the catalog up to date;
// writing the audit log at the submission and at the end.
class RestoreRunner
{
    Q_DECLARE_TR_FUNCTIONS(RestoreRunner)

public:
    using Outcome = Result<RestoreOutcome, RestoreFailure>;
    // Called with each new state of the Atlas job (on the worker thread).
    using JobUpdate = std::function<void(const RestoreJob &job)>;

    // `cancelInAtlas` tells a cancel that should stop the restore in Atlas from
    // one that only stops following it (the job is being torn down).
    RestoreRunner(RestoreOrder order, RestoreOptions options, ActionServices services, JobContext &context,
                  const std::atomic_bool *cancelInAtlas = nullptr);

    void setJobUpdate(JobUpdate update) { m_update = std::move(update); }
    Outcome run();

private:
    Status syncFirst();
    Result<RestoreCheck> check() const;
    std::optional<RestoreFailure> refusal(const RestoreCheck &check) const;
    // Sends the request at most twice; the second only when the job list shows the first made nothing.
    Result<RestoreJob, RestoreFailure> submit(const RestoreGateway &gateway, const RestoreCheck &check,
                                              bool &adopted);
    std::optional<RestoreJob> findSubmitted(const RestoreGateway &gateway, const QDateTime &sentAt,
                                            bool &listed) const;
    bool matches(const RestoreJob &job, const QDateTime &sentAt) const;
    // Stores the job's new state in the catalog and hands it to the job update.
    void publish(const RestoreJob &job);
    void follow(const RestoreGateway &gateway, RestoreOutcome &outcome);
    void requestCancel(const RestoreGateway &gateway, RestoreOutcome &outcome);
    void syncAfter(RestoreOutcome &outcome);
    qint64 audit(const QString &action, const Verdict &verdict, const RestoreRequestText *request,
                 std::optional<int> status, const QString &summary, QStringList *problems = nullptr) const;
    void step(const QString &stage);

    RestoreOrder m_order;
    RestoreOptions m_options;
    ActionServices m_services;
    JobContext &m_context;
    const std::atomic_bool *m_cancelInAtlas;
    JobUpdate m_update;
    QSet<QString> m_jobsBefore; // Atlas's job ids before the request went out
    qint64 m_submitAudit = 0;
    int m_steps = 5;
    int m_step = 0;
};

} // namespace snapline
