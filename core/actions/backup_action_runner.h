#pragma once

#include "actions/action_services.h"
#include "actions/backup_action.h"
#include "jobs/job.h"

#include <QCoreApplication>

namespace snapline {

// How a BackupActionJob watches a new snapshot: the first wait between two
// reads, doubled after each read up to the longest. An on-demand snapshot
// takes from under a minute to hours; one read every 10 s at most costs
// little of the rate budget and shows it complete soon after it does.
struct SnapshotPolling
{
    int firstDelayMs = 1000;
    int maxDelayMs = 10000;
};

// The work of one backup action, on the calling (worker) thread: judge it
// again with fresh facts, send the one request, write the audit log, watch
// a new snapshot if asked, and bring the cluster's catalog entry up to date.
class BackupActionRunner
{
    Q_DECLARE_TR_FUNCTIONS(BackupActionRunner)

public:
    using Outcome = Result<BackupActionOutcome, BackupActionError>;

    BackupActionRunner(BackupActionRequest request, ActionServices services, SnapshotPolling polling,
                       JobContext &context);

    Outcome run();

private:
    Result<Facts> gatherFacts() const;
    // Sends the request; fills the outcome's answer and answers the audit log's summary of it.
    Result<QString, AtlasError> send(const Facts &facts, BackupActionOutcome &outcome);
    qint64 audit(const Verdict &verdict, std::optional<int> status, const QString &summary,
                 QStringList *problems = nullptr) const;
    // Reads the new snapshot until it completes or fails; false when it failed.
    bool follow(bool sharded, BackupActionOutcome &outcome);
    void syncCluster(BackupActionOutcome &outcome);
    void step(const QString &stage);
    QString successSummary(const BackupActionOutcome &outcome) const;

    BackupActionRequest m_request;
    ActionServices m_services;
    SnapshotPolling m_polling;
    JobContext &m_context;
    int m_steps = 0;
    int m_step = 0;
};

} // namespace snapline
