#pragma once

#include "atlas/atlas_error.h"
#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

#include <optional>

namespace snapline {

// One confirmed change to a cluster's backups, as the console sends it:
// take a snapshot, change one's retention, delete one, edit the schedule, or
// switch Cloud Backup or point in time on or off.
struct BackupActionRequest
{
    ProposedAction action; // the kind and its parameters (retentionDays, description, policy)
    QString projectId;
    QString clusterName;
    std::optional<QString> snapshotId; // deleteSnapshot, changeRetention
    bool followSnapshot = false;       // takeSnapshot: watch the new snapshot until it completes

    static BackupActionRequest takeSnapshot(const QString &projectId, const QString &clusterName,
                                            const QString &description, int retentionDays,
                                            bool followSnapshot = false);
    static BackupActionRequest changeRetention(const QString &projectId, const QString &clusterName,
                                               const QString &snapshotId, int retentionDays);
    static BackupActionRequest deleteSnapshot(const QString &projectId, const QString &clusterName,
                                              const QString &snapshotId);
    static BackupActionRequest editPolicy(const QString &projectId, const QString &clusterName,
                                          const BackupPolicy &policy);
    // DisableBackup, EnableBackup, DisablePit or EnablePit.
    static BackupActionRequest toggle(ActionKind kind, const QString &projectId, const QString &clusterName);

    // For the Jobs panel: "Take a snapshot of payments-api".
    QString title() const;
    // The audit log's names: "snapshot.take" …, and "cluster:<projectId>/<name>" or
    // "snapshot:<projectId>/<cluster>/<id>".
    QString auditAction() const;
    QString auditTarget() const;
};

// The actions a BackupActionJob can send.
bool isBackupAction(ActionKind kind);

// What Atlas answered to a BackupActionRequest that went through.
struct BackupActionOutcome
{
    ActionKind kind = ActionKind::TakeSnapshot;
    Verdict verdict;                    // the planner's (warnings included)
    int httpStatus = 0;                 // the answer's status
    std::optional<Snapshot> snapshot;   // takeSnapshot (its last state when followed), changeRetention
    std::optional<BackupPolicy> policy; // editPolicy: the schedule Atlas keeps now
    std::optional<Cluster> cluster;     // the switches: the cluster as Atlas answered
    bool followStopped = false;         // cancelled while watching: the snapshot goes on in Atlas
    QString summary;                    // one sentence for people
    qint64 auditSequence = 0;           // the audit log's entry for this action
    QStringList problems;               // what went wrong after the request went through (audit log,
                                        // watching, catalog), in plain words
};

// Why a BackupActionRequest did not go through: refused by the rules (no
// request sent), refused or failed at Atlas, a snapshot that Atlas could not
// complete, a local failure (the catalog), or cancelled before the request.
struct BackupActionError
{
    enum class Kind { Refused, Atlas, SnapshotFailed, Local, Cancelled };

    Kind kind = Kind::Local;
    QString message; // for people: the verdict's sentences or Atlas's human message
    Verdict verdict;
    std::optional<AtlasError> atlas;
    std::optional<Snapshot> snapshot; // SnapshotFailed: the snapshot as Atlas reports it
    qint64 auditSequence = 0;         // 0 when nothing was written to the audit log
};

// The sentences of BackupActionRequest and its results, in one translation context.
class BackupActionText
{
    Q_DECLARE_TR_FUNCTIONS(BackupActionText)

public:
    static QString refusal(const Verdict &verdict);
    static QString statusName(SnapshotStatus status); // "queued", "in progress" … for people
};

} // namespace snapline
