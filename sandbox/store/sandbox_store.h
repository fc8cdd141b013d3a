#pragma once

#include "store/records.h"
#include "store/snapshot_cursor.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <type_traits>

namespace snapline::sandbox {

// The sandbox's state in SQLite, so an organization survives restarts.
// One store is used from one thread (the sandbox's event loop).
class SandboxStore
{
public:
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (creating and migrating) the database at `path`; ":memory:" for tests.
    static Result<std::unique_ptr<SandboxStore>> open(const QString &path);

    // Runs `work` in one transaction; rolls back when it returns false or a
    // statement failed.
    bool transaction(const std::function<bool()> &work);
    QString lastError() const { return m_lastError; }

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // Inventory
    bool insertOrg(const OrgRow &row);
    bool insertProject(const ProjectRow &row);
    bool insertCluster(const ClusterRow &row);
    bool updateCluster(const ClusterRow &row);
    QList<OrgRow> orgs() const;
    std::optional<OrgRow> org(const QString &id) const;
    QList<ProjectRow> projects(const QString &orgId = {}) const;
    std::optional<ProjectRow> project(const QString &id) const;
    QList<ClusterRow> clusters(const QString &projectId, const QString &kind = {}) const;
    std::optional<ClusterRow> cluster(const QString &projectId, const QString &name) const;
    std::optional<ClusterRow> clusterById(const QString &id) const;
    QList<ClusterRow> allClusters() const;

    // Schedules
    bool putSchedule(const ScheduleRow &row);
    std::optional<ScheduleRow> schedule(const QString &clusterId) const;
    bool deleteSchedule(const QString &clusterId);
    QStringList dueSchedules(qint64 now) const; // clusters whose next scheduled snapshot is due

    // Snapshots
    bool insertSnapshot(const SnapshotRow &row);
    bool insertSnapshots(const QList<SnapshotRow> &rows); // one prepared statement for many rows
    bool updateSnapshot(const SnapshotRow &row);
    bool deleteSnapshot(const QString &id);
    std::optional<SnapshotRow> snapshot(const QString &clusterId, const QString &id) const;
    QList<SnapshotRow> snapshots(const QString &clusterId, int offset = 0, int limit = -1) const;
    int snapshotCount(const QString &clusterId) const;
    QList<SnapshotRow> snapshotsWithStatus(const QString &status) const;
    int deleteExpiredSnapshots(qint64 now);

    // Point in time
    bool insertPitRange(const PitRangeRow &row);
    QList<PitRangeRow> pitRanges(const QString &clusterId) const;
    bool closeOpenPitRange(const QString &clusterId, qint64 end);

    // Restore jobs
    bool insertRestoreJob(const RestoreJobRow &row);
    bool updateRestoreJob(const RestoreJobRow &row);
    std::optional<RestoreJobRow> restoreJob(const QString &clusterId, const QString &id) const;
    QList<RestoreJobRow> restoreJobs(const QString &clusterId) const;
    QList<RestoreJobRow> unfinishedRestoreJobs() const;

    // Documents: table is "compliance", "buckets", "exports" or "events".
    bool putDocument(const QString &table, const DocumentRow &row);
    bool deleteDocument(const QString &table, const QString &id);
    std::optional<DocumentRow> document(const QString &table, const QString &id) const;
    // One page of the documents of a scope that match `filter`, newest first, and how many match.
    QList<DocumentRow> documents(const QString &table, const QString &scopeId,
                                 const DocumentFilter &filter = {}, int offset = 0, int limit = -1) const;
    qint64 documentCount(const QString &table, const QString &scopeId,
                         const DocumentFilter &filter = {}) const;

    // Credentials
    bool insertCredential(const CredentialRow &row);
    // Kept in memory once read: every request looks its caller up, and only insertCredential()
    // changes credentials.
    std::optional<CredentialRow> credential(const QString &id) const;
    QList<CredentialRow> credentials() const;

    // more: snapshots, schedule, compliance policy
    // Snapshots of one topology ("replicaSet", "shardedCluster"; empty: all), newest first, paged in SQL.
    QList<SnapshotRow> snapshotsOfTopology(const QString &clusterId, const QString &topology, int offset = 0,
                                           int limit = -1) const;
    int snapshotCountOfTopology(const QString &clusterId, const QString &topology) const;
    // The same page as snapshotsOfTopology(), as a cursor over UTF-8 columns, for writing it out at once.
    SnapshotCursor snapshotPage(const QString &clusterId, const QString &topology, int offset,
                                int limit) const;
    // Whether snapshotPage() calls SQLite directly; tests turn it off to check the QSqlQuery reader.
    bool readsPagesDirectly() const { return m_sqlite != nullptr; }
    void readPagesThroughQtSql() { m_sqlite = nullptr; }
    // The newest completed snapshot of that topology taken at or before `at`.
    std::optional<SnapshotRow> completedSnapshotBefore(const QString &clusterId, const QString &topology,
                                                       qint64 at) const;
    // Whether an on-demand snapshot of the cluster is queued or in progress.
    bool hasUnfinishedOnDemandSnapshot(const QString &clusterId) const;
    // more: restore jobs
    // Restore jobs whose target is the cluster `clusterName` of project `projectId`, oldest first.
    QList<RestoreJobRow> restoreJobsInto(const QString &projectId, const QString &clusterName) const;
    // more: cluster changes, exports, events, flex, serverless, legacy

private:
    explicit SandboxStore(QSqlDatabase db);
    bool migrate();
    bool exec(QSqlQuery &query) const;
    QSqlQuery prepare(const QString &sql) const;
    // Runs `query` and turns every row into a value with `from`.
    // "SELECT <columns> FROM documents ... WHERE <the filter>", its values bound in order.
    QSqlQuery filtered(const char *columns, const QString &table, const QString &scopeId,
                       const DocumentFilter &filter, const QString &rest) const;
    template<typename From>
    auto rows(QSqlQuery &query, From from) const -> QList<std::invoke_result_t<From, const QSqlQuery &>>
    {
        QList<std::invoke_result_t<From, const QSqlQuery &>> out;
        if (exec(query)) {
            while (query.next())
                out << from(query);
        }
        return out;
    }

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr; // the connection's own handle, when it may be used directly
    QString m_connection;
    mutable QString m_lastError;
    // Rows every request reads (its caller, its project, its cluster): kept once read, and forgotten
    // on any change to them or any rollback.
    void forgetReads() const;
    mutable QHash<QString, CredentialRow> m_credentials;
    mutable QHash<QString, ProjectRow> m_projects;
    mutable QHash<QString, ClusterRow> m_clusters; // by project id and name
};

} // namespace snapline::sandbox
