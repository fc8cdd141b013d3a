#pragma once

#include "catalog/audit_entry.h"
#include "catalog/sync_state.h"
#include "domain/backup_event.h"
#include "domain/backup_policy.h"
#include "domain/cluster.h"
#include "domain/compliance_policy.h"
#include "domain/export_bucket.h"
#include "domain/export_job.h"
#include "domain/organization.h"
#include "domain/restore_job.h"
#include "domain/snapshot.h"
#include "history/daily_snapshot_totals.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace snapline {

class SqlStatement;
struct SnapshotSummary; // console/inventory.h

// The local SQLite cache of everything synced from Atlas: one connection,
// used by one thread at a time. Open one writer (normally inside a
// CatalogWriter) and any number of readers; WAL lets readers run while the
// writer commits. Every write is one transaction. A file that cannot be read
// as a catalog is moved aside and replaced by an empty one, because
// everything in it can be synced again.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    // The schema this build writes (PRAGMA user_version).
    static int schemaVersion();

    // The writer connection: creates the file (and its folder) when missing,
    // migrates it, and rebuilds it empty when it is corrupt, unreadable or
    // from a newer Snapline (see recoveryMessage()). Fails with a readable
    // Error only when no catalog can be had at `path` at all.
    static Result<std::unique_ptr<Catalog>> open(const QString &path, std::shared_ptr<const Clock> clock);
    // The clock the catalog stamps and judges ages by.
    const Clock &clock() const { return *m_clock; }
    // A read-only connection to a catalog a writer has already opened.
    static Result<std::unique_ptr<Catalog>> openReader(const QString &path,
                                                       std::shared_ptr<const Clock> clock);

    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QString path() const { return m_path; }
    bool isReader() const { return m_reader; }
    // Why the previous file was replaced, for the user; empty when it was not.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString movedAsidePath() const { return m_movedAsidePath; } // where the old file went

    // Folds the write-ahead log back into the file once it holds more than a
    // few MB. Commits only append to the log (a backstop folds it at 32 MB),
    // so the copying can happen when the writer has nothing queued instead of
    // in the middle of a sync; CatalogWriter calls this whenever it goes idle.
    Status checkpoint();

    // Writes. `complete` means the list is the whole listing of its scope, so
    // rows missing from it were deleted upstream and are removed here, with
    // everything that hangs off them (a removed cluster takes its snapshots,
    // schedule, restore and export jobs and sync state along).
    Status writeOrganizations(const QList<Organization> &organizations, bool complete = true);
    Status writeProjects(const QString &orgId, const QList<Project> &projects, bool complete);
    Status writeClusters(const QString &projectId, const QList<Cluster> &clusters, bool complete);
    // One page of a snapshot listing, upserted by snapshot id. Rows that did
    // not change are left untouched, so re-reading a listing writes little.
    Status writeSnapshotPage(const QString &projectId, const QString &clusterName,
                             const QList<Snapshot> &page);
    // After a full listing written page by page: drops the cluster's
    // snapshots whose id is not in `keepIds` (deleted or expired upstream).
    Status retainSnapshots(const QString &projectId, const QString &clusterName,
                           const QSet<QString> &keepIds);
    Status writeBackupPolicy(const QString &projectId, const QString &clusterName,
                             const BackupPolicy &policy);
    // nullopt: the project has no compliance policy (any cached one is removed).
    Status writeCompliancePolicy(const QString &projectId, const std::optional<CompliancePolicy> &policy);
    Status writeRestoreJobs(const QString &projectId, const QString &clusterName,
                            const QList<RestoreJob> &jobs, bool complete);
    Status writeExportBuckets(const QString &projectId, const QList<ExportBucket> &buckets, bool complete);
    Status writeExportJobs(const QString &projectId, const QString &clusterName, const QList<ExportJob> &jobs,
                           bool complete);
    // Events are a feed: upserted by id, never removed by a listing.
    Status writeEvents(const QString &projectId, const QList<BackupEvent> &events);
    Status setSyncState(const QString &scope, const SyncState &state);
    // Appends to the audit log (which nothing can change or delete) and
    // answers the entry's sequence number. Values that look like credentials
    // are replaced by "[redacted]" first.
    Result<qint64> appendAudit(const AuditEntry &entry);

    // Reads. The scope arguments fill the records' scope fields
    // (Cluster::projectId, Snapshot::clusterName, RestoreJob::sourceClusterName …).
    Result<QList<Organization>> organizations() const;               // by name
    Result<QList<Project>> projects(const QString &orgId) const;     // by name
    Result<QList<Cluster>> clusters(const QString &projectId) const; // by name
    Result<std::optional<Cluster>> cluster(const QString &projectId, const QString &name) const;
    Result<QList<Snapshot>> snapshots(const QString &projectId,
                                      const QString &clusterName) const; // oldest first
    Result<qint64> snapshotCount(const QString &projectId, const QString &clusterName) const;
    // Every cluster's snapshot figures in one pass, keyed by projectId + '/' +
    // clusterName (clusters without snapshots are absent); failures count
    // from `failedSince` on.
    Result<QHash<QString, SnapshotSummary>> snapshotSummaries(const QDateTime &failedSince) const;
    // Where an incremental snapshot sync resumes; nullopt when none is cached.
    Result<std::optional<QDateTime>> newestSnapshotCreatedAt(const QString &projectId,
                                                             const QString &clusterName) const;
    Result<std::optional<BackupPolicy>> backupPolicy(const QString &projectId,
                                                     const QString &clusterName) const;
    Result<std::optional<CompliancePolicy>> compliancePolicy(const QString &projectId) const;
    Result<QList<RestoreJob>> restoreJobs(const QString &projectId,
                                          const QString &clusterName) const; // newest first
    // Restore jobs of any source cluster into this one (its restore blackouts), newest first.
    Result<QList<RestoreJob>> restoreJobsInto(const QString &targetProjectId,
                                              const QString &targetClusterName) const;
    Result<QList<ExportBucket>> exportBuckets(const QString &projectId) const; // by name
    Result<QList<ExportJob>> exportJobs(const QString &projectId,
                                        const QString &clusterName) const;        // newest first
    Result<QList<BackupEvent>> events(const QString &projectId, int limit) const; // newest first
    Result<std::optional<SyncState>> syncState(const QString &scope) const;
    Result<QList<AuditEntry>> auditLog(const AuditFilter &filter = {}) const; // newest first
    // The snapshots of a cluster (or, with an empty name, of every cluster in
    // the project) grouped by creation day, expiry day, frequency and status,
    // in SQL: the history charts' input without loading every snapshot.
    Result<QList<DailySnapshotTotals>> snapshotDailyTotals(const QString &projectId,
                                                           const QString &clusterName) const;

private:
    Catalog(sqlite3 *db, QString path, std::shared_ptr<const Clock> clock, bool reader);

    // Shared by the write and read files.
    SqlStatement &statement(const char *sql) const; // prepared once per connection, keyed by the literal
    Error sqlError(const QString &doing) const;
    Status writable() const; // refuses writes on a reader connection
    // Runs one statement with text parameters ?1, ?2 … to completion.
    Status exec(const char *sql, const QStringList &arguments, const QString &doing);
    // Runs `body` as one transaction, rolled back when it fails.
    Status transact(const QString &doing, const std::function<Status()> &body);
    // The first column of what `sql` selects, minus the values in `keep`.
    Result<QStringList> missingKeys(const char *sql, const QStringList &arguments,
                                    const QSet<QString> &keep) const;
    // Hands each of those keys to `remove`.
    Status removeMissing(const char *sql, const QStringList &arguments, const QSet<QString> &keep,
                         const std::function<Status(const QString &key)> &remove);
    // Snapshots hang off a small integer per cluster rather than two text
    // keys, which keeps their indexes small and their inserts fast.
    Result<qint64> clusterKey(const QString &projectId, const QString &clusterName);
    Result<std::optional<qint64>> existingClusterKey(const QString &projectId,
                                                     const QString &clusterName) const;
    Status removeOrganization(const QString &orgId);
    Status removeProject(const QString &projectId);
    Status removeCluster(const QString &projectId, const QString &clusterName);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    bool m_reader = false;
    QString m_recoveryMessage;
    QString m_movedAsidePath;
    int m_walPages = 0; // frames in the write-ahead log after the last commit
    mutable std::unordered_map<const char *, std::unique_ptr<SqlStatement>> m_statements;
};

} // namespace snapline
