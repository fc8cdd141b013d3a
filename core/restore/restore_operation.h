#pragma once

#include "atlas/atlas_error.h"
#include "restore/restore_order.h"
#include "rules/verdict.h"

#include <QCoreApplication>

#include <optional>

namespace snapline {

// How a restore job is followed once Atlas has it: the first wait between two
// reads, doubled after each read up to the longest. A restore takes minutes
// to hours; a read every 30 s at most costs little of the rate budget.
struct RestorePolling
{
    int firstDelayMs = 2000;
    int maxDelayMs = 30000;
};

// What a RestoreOperationJob is asked to do besides submitting.
struct RestoreOptions
{
    // The verdict the person confirmed (its warnings were shown to them); the
    // job refuses when the fresh verdict warns of anything else. nullopt: the
    // command line, which shows the fresh verdict.
    std::optional<Verdict> confirmed;
    bool syncFirst = true; // bring the source and target up to date before the last check
    bool follow = true;    // follow the Atlas job to its end
    RestorePolling polling;
};

// A restore Atlas accepted, and (when followed) how it ended.
struct RestoreOutcome
{
    RestoreOrder order;
    Verdict verdict;            // the planner's, at submit time
    RestoreRequestText request; // what was sent
    RestoreJob job;             // Atlas's job, in its last known state
    bool adopted = false;       // the answer was lost; the job was found in Atlas's list
    bool followStopped = false; // not followed to the end: it goes on in Atlas
    QString cancelNote;         // why a cancel asked for did not happen, in words
    QString summary;            // one sentence for people
    qint64 auditSequence = 0;   // the audit entry of the outcome
    QStringList problems;       // what went wrong after Atlas accepted it (audit log, catalog)
};

// Why a restore did not go through, or did not end well.
struct RestoreFailure
{
    enum class Kind {
        Refused,       // the planner refused it; nothing was sent
        Changed,       // the facts changed since the person confirmed; nothing was sent
        Duplicate,     // the same restore is being submitted or followed already; nothing was sent
        Atlas,         // Atlas refused the request, or could not be reached
        Uncertain,     // Atlas did not answer and the job list did not show it
        RestoreFailed, // Atlas accepted it, then the restore failed or expired
        Cancelled,     // cancelled before sending, or cancelled in Atlas
        Local,         // the catalog could not be read
    };

    Kind kind = Kind::Local;
    QString message; // for people
    Verdict verdict;
    std::optional<AtlasError> atlas;
    std::optional<RestoreJob> job; // when Atlas has one
    qint64 auditSequence = 0;
    bool requestSent = false;
};

// The sentences about restore jobs, in one translation context.
class RestoreText
{
    Q_DECLARE_TR_FUNCTIONS(RestoreText)

public:
    // "Restore job 6650… into platform-target completed after 4 min." …
    static QString jobSummary(const RestoreJob &job, const QDateTime &now);
};

} // namespace snapline
