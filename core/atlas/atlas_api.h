#pragma once

#include "atlas/atlas_client.h"
#include "atlas/backup_json.h"
#include "domain/backup_event.h"
#include "domain/cluster.h"
#include "domain/export_bucket.h"
#include "domain/export_job.h"
#include "domain/organization.h"
#include "domain/role_book.h"
#include "domain/snapshot.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace snapline {

// Who the credentials are, as GET /api/atlas/v2 tells.
struct SystemStatus
{
    QString appName;
    bool throttling = false;
    QString publicKey; // empty for a service account
    RoleBook roles;    // the API key's roles per project and organization
};

// A legacy-backup checkpoint (a moment a legacy cluster can be restored to).
struct LegacyCheckpoint
{
    QString id;
    QDateTime timestamp;
    bool restorable = false;
};

// One page of a cluster's snapshots, newest first, and how many there are in all.
struct SnapshotPage
{
    QList<Snapshot> snapshots;
    int totalCount = -1;
};

// Which events to read: by type and cluster, since when, and how many pages
// of the newest (0: all of them).
struct EventFilter
{
    QStringList eventTypes;
    QStringList clusterNames;
    QDateTime since;
    int newestPages = 0;
    bool includeRaw = false; // Atlas's internal document too: the only place a CPS event names its job
};

// A change to a cluster's backup switches (updateGroupCluster).
struct ClusterBackupChange
{
    std::optional<bool> backupEnabled;
    std::optional<bool> pitEnabled;
};

// One typed call per Admin API operation the console uses. Each returns
// domain values or an AtlasError, and takes the job's cancel flag. Listings
// come whole, or page by page through a sink for the big ones.
class AtlasApi
{
    Q_DECLARE_TR_FUNCTIONS(AtlasApi)

public:
    template<typename T>
    using Call = Result<T, AtlasError>;
    using Cancel = const std::atomic_bool *;
    template<typename T>
    using Sink = std::function<Status(QList<T> &&page)>;

    explicit AtlasApi(std::shared_ptr<AtlasClient> client);
    AtlasClient &client() { return *m_client; }

    // Identity and inventory.
    Call<SystemStatus> systemStatus(Cancel cancel = nullptr);
    Call<QStringList> serviceAccountRoles(const QString &projectId, const QString &clientId,
                                          Cancel cancel = nullptr);
    Call<QList<Organization>> organizations(Cancel cancel = nullptr);
    Call<Organization> organization(const QString &orgId, Cancel cancel = nullptr);
    Call<QList<Project>> projectsOf(const QString &orgId, Cancel cancel = nullptr);
    Call<QList<Project>> projects(Cancel cancel = nullptr);
    Call<Project> project(const QString &projectId, Cancel cancel = nullptr);
    Call<QList<Cluster>> clusters(const QString &projectId, Cancel cancel = nullptr);
    Call<Cluster> cluster(const QString &projectId, const QString &name, Cancel cancel = nullptr);
    Call<Cluster> updateClusterBackup(const QString &projectId, const QString &name,
                                      const ClusterBackupChange &change, Cancel cancel = nullptr);
    Call<QList<Cluster>> flexClusters(const QString &projectId, Cancel cancel = nullptr);
    Call<Cluster> flexCluster(const QString &projectId, const QString &name, Cancel cancel = nullptr);
    Call<QList<Cluster>> serverlessInstances(const QString &projectId, Cancel cancel = nullptr);
    Call<Cluster> serverlessInstance(const QString &projectId, const QString &name, Cancel cancel = nullptr);

    // Cloud Backup snapshots (replica sets and sharded clusters).
    Call<int> snapshots(const QString &projectId, const QString &cluster, const Sink<Snapshot> &sink,
                        Cancel cancel = nullptr);
    Call<int> shardedSnapshots(const QString &projectId, const QString &cluster, const Sink<Snapshot> &sink,
                               Cancel cancel = nullptr);
    // The first pages are the newest: an incremental sync reads page 1 and stops early.
    Call<SnapshotPage> snapshotPage(const QString &projectId, const QString &cluster, bool sharded,
                                    int pageNum, int itemsPerPage, Cancel cancel = nullptr);
    Call<std::optional<Snapshot>> snapshotClosestTo(const QString &projectId, const QString &cluster,
                                                    qint64 utcSeconds, Cancel cancel = nullptr);
    Call<Snapshot> snapshot(const QString &projectId, const QString &cluster, const QString &snapshotId,
                            Cancel cancel = nullptr);
    Call<Snapshot> shardedSnapshot(const QString &projectId, const QString &cluster,
                                   const QString &snapshotId, Cancel cancel = nullptr);
    Call<Snapshot> takeSnapshot(const QString &projectId, const QString &cluster, const QString &description,
                                int retentionDays, Cancel cancel = nullptr);
    Call<Snapshot> changeSnapshotRetention(const QString &projectId, const QString &cluster,
                                           const QString &snapshotId, const Retention &retention,
                                           Cancel cancel = nullptr);
    Call<Done> deleteSnapshot(const QString &projectId, const QString &cluster, const QString &snapshotId,
                              Cancel cancel = nullptr);
    Call<Done> deleteShardedSnapshot(const QString &projectId, const QString &cluster,
                                     const QString &snapshotId, Cancel cancel = nullptr);

    // The backup schedule (policy) of a cluster.
    Call<BackupPolicy> backupPolicy(const QString &projectId, const QString &cluster,
                                    Cancel cancel = nullptr);
    Call<BackupPolicy> updateBackupPolicy(const QString &projectId, const QString &cluster,
                                          const BackupPolicy &policy, Cancel cancel = nullptr);
    Call<BackupPolicy> deleteBackupPolicy(const QString &projectId, const QString &cluster,
                                          Cancel cancel = nullptr);

    // Restore jobs of dedicated clusters.
    Call<QList<RestoreJob>> restoreJobs(const QString &projectId, const QString &cluster,
                                        Cancel cancel = nullptr);
    Call<RestoreJob> restoreJob(const QString &projectId, const QString &cluster, const QString &jobId,
                                Cancel cancel = nullptr);
    Call<RestoreJob> createRestoreJob(const QString &projectId, const QString &cluster,
                                      const RestoreRequest &request, Cancel cancel = nullptr);
    Call<Done> cancelRestoreJob(const QString &projectId, const QString &cluster, const QString &jobId,
                                Cancel cancel = nullptr);

    // The project's Backup Compliance Policy (nullopt: the project has none).
    Call<std::optional<CompliancePolicy>> compliancePolicy(const QString &projectId, Cancel cancel = nullptr);
    Call<CompliancePolicy> updateCompliancePolicy(const QString &projectId, const CompliancePolicy &policy,
                                                  bool overwriteBackupPolicies, Cancel cancel = nullptr);
    Call<Done> disableCompliancePolicy(const QString &projectId, Cancel cancel = nullptr);

    // Flex cluster backups.
    Call<QList<Snapshot>> flexSnapshots(const QString &projectId, const QString &name,
                                        Cancel cancel = nullptr);
    Call<Snapshot> flexSnapshot(const QString &projectId, const QString &name, const QString &snapshotId,
                                Cancel cancel = nullptr);
    Call<QList<RestoreJob>> flexRestoreJobs(const QString &projectId, const QString &name,
                                            Cancel cancel = nullptr);
    Call<RestoreJob> flexRestoreJob(const QString &projectId, const QString &name, const QString &jobId,
                                    Cancel cancel = nullptr);
    Call<RestoreJob> createFlexRestoreJob(const QString &projectId, const QString &name,
                                          const QString &snapshotId, const QString &targetProjectId,
                                          const QString &targetName, Cancel cancel = nullptr);
    Call<RestoreJob> downloadFlexSnapshot(const QString &projectId, const QString &name,
                                          const QString &snapshotId, Cancel cancel = nullptr);

    // Serverless backups (deprecated by Atlas; kept so old instances can still be read).
    Call<QList<Snapshot>> serverlessSnapshots(const QString &projectId, const QString &name,
                                              Cancel cancel = nullptr);
    Call<Snapshot> serverlessSnapshot(const QString &projectId, const QString &name,
                                      const QString &snapshotId, Cancel cancel = nullptr);
    Call<QList<RestoreJob>> serverlessRestoreJobs(const QString &projectId, const QString &name,
                                                  Cancel cancel = nullptr);
    Call<RestoreJob> serverlessRestoreJob(const QString &projectId, const QString &name, const QString &jobId,
                                          Cancel cancel = nullptr);
    Call<RestoreJob> createServerlessRestoreJob(const QString &projectId, const QString &name,
                                                const RestoreRequest &request, Cancel cancel = nullptr);

    // Legacy backup (read, keep longer, delete; Atlas takes no new legacy clusters).
    Call<QList<Snapshot>> legacySnapshots(const QString &projectId, const QString &cluster,
                                          Cancel cancel = nullptr);
    Call<Snapshot> legacySnapshot(const QString &projectId, const QString &cluster, const QString &snapshotId,
                                  Cancel cancel = nullptr);
    Call<Snapshot> keepLegacySnapshot(const QString &projectId, const QString &cluster,
                                      const QString &snapshotId, const QDateTime &expires,
                                      Cancel cancel = nullptr);
    Call<Done> deleteLegacySnapshot(const QString &projectId, const QString &cluster,
                                    const QString &snapshotId, Cancel cancel = nullptr);
    Call<QList<LegacyCheckpoint>> legacyCheckpoints(const QString &projectId, const QString &cluster,
                                                    Cancel cancel = nullptr);
    Call<LegacyCheckpoint> legacyCheckpoint(const QString &projectId, const QString &cluster,
                                            const QString &checkpointId, Cancel cancel = nullptr);

    // Snapshot export buckets and jobs.
    Call<QList<ExportBucket>> exportBuckets(const QString &projectId, Cancel cancel = nullptr);
    Call<ExportBucket> exportBucket(const QString &projectId, const QString &bucketId,
                                    Cancel cancel = nullptr);
    Call<ExportBucket> createExportBucket(const QString &projectId, const ExportBucket &bucket,
                                          Cancel cancel = nullptr);
    Call<ExportBucket> setExportBucketPrivateNetworking(const QString &projectId, const QString &bucketId,
                                                        bool required, Cancel cancel = nullptr);
    Call<Done> deleteExportBucket(const QString &projectId, const QString &bucketId, Cancel cancel = nullptr);
    Call<QList<ExportJob>> exportJobs(const QString &projectId, const QString &cluster,
                                      Cancel cancel = nullptr);
    Call<ExportJob> exportJob(const QString &projectId, const QString &cluster, const QString &jobId,
                              Cancel cancel = nullptr);
    Call<ExportJob> createExportJob(const QString &projectId, const QString &cluster,
                                    const QString &snapshotId, const QString &bucketId,
                                    Cancel cancel = nullptr);

    // The project's event feed, newest first.
    Call<QList<BackupEvent>> events(const QString &projectId, const EventFilter &filter = {},
                                    Cancel cancel = nullptr);
    Call<BackupEvent> event(const QString &projectId, const QString &eventId, Cancel cancel = nullptr);

private:
    template<typename T>
    Call<QList<T>> collect(const ApiEndpoint &endpoint, const QStringList &arguments, const QString &what,
                           const std::function<T(const QJsonObject &)> &map, Cancel cancel,
                           const QUrlQuery &query = {});
    template<typename T>
    Call<T> fetch(const ApiEndpoint &endpoint, const QStringList &arguments, const QString &what,
                  const std::function<T(const QJsonObject &)> &map, Cancel cancel,
                  const QJsonObject &body = {});
    Call<Done> remove(const ApiEndpoint &endpoint, const QStringList &arguments, const QString &what,
                      Cancel cancel);

    std::shared_ptr<AtlasClient> m_client;
};

} // namespace snapline
