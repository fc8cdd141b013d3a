#pragma once

#include "domain/backup_policy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

// The rows the sandbox keeps: its own model of an Atlas organization's
// backup state. Times are UTC seconds since the epoch.
namespace snapline::sandbox {

struct OrgRow
{
    QString id;
    QString name;
    qint64 created = 0;
};

struct ProjectRow
{
    QString id;
    QString orgId;
    QString name;
    qint64 created = 0;
};

// kind: "dedicated", "tenant" (M0/M2/M5), "flex", "serverless".
// backupKind: none, sharedDaily, flex, cloud, cloudContinuous,
// serverlessContinuous, serverlessBasic, legacy.
struct ClusterRow
{
    QString id;
    QString projectId;
    QString name;
    QString kind;
    QString tier;     // M0 … M700, FLEX, SERVERLESS
    QString provider; // AWS, AZURE, GCP
    QString region;   // Atlas region name, e.g. US_EAST_1
    QString topology; // REPLICASET, SHARDED
    int shardCount = 1;
    QString mongoVersion; // x.y.z
    QString fcvPinned;    // empty when not pinned
    QString backupKind;
    bool backupEnabled = false;
    bool pitEnabled = false;
    QString encryption = QStringLiteral("NONE");
    bool paused = false;
    QString state = QStringLiteral("IDLE");
    qint64 created = 0;
    qint64 shardsChangedAt = 0;
    qint64 collectionCount = 0;
    double diskGb = 10;
};

struct ScheduleRow
{
    QString clusterId;
    QString policyId;
    BackupPolicy policy; // items, reference time, restore window
    QStringList itemIds; // ids of policy.items, in order
    qint64 nextSnapshot = 0;
};

struct SnapshotRow
{
    QString id;
    QString clusterId;
    qint64 created = 0;
    qint64 expires = 0;
    QString frequency; // hourly … yearly, or ondemand
    QString origin;    // scheduled, onDemand, fallback
    QString status;    // queued, inProgress, completed, failed
    qint64 sizeBytes = 0;
    QString mongodVersion;
    QString topology; // replicaSet, shardedCluster
    QStringList memberIds;
    QStringList copyRegions;
    QString description;
    QStringList policyItemIds;
};

// A restorable oplog range of a PIT cluster; end == 0 means "up to now".
struct PitRangeRow
{
    QString clusterId;
    qint64 start = 0;
    qint64 end = 0;
};

struct RestoreJobRow
{
    QString id;
    QString clusterId; // the source cluster
    QString snapshotId;
    QString delivery; // automated, download, pointInTime
    QString targetProjectId;
    QString targetCluster;
    std::optional<qint64> pointInTimeSeconds;
    std::optional<qint64> oplogTs;
    std::optional<qint64> oplogInc;
    qint64 created = 0;
    qint64 finished = 0;
    bool cancelled = false;
    bool failed = false;
    bool expired = false;
    qint64 expires = 0;
    QStringList deliveryUrls;
    qint64 plannedSeconds = 60; // how long the simulation lets it run
    bool plannedFailure = false;
    QString requestedBy;
};

// Documents kept as the JSON the API shows (compliance policies, export
// buckets and jobs, events), with the keys the handlers look them up by.
struct DocumentRow
{
    QString id;
    QString scopeId; // project (or cluster for export jobs)
    QString kind;    // event type, job state …
    qint64 created = 0;
    QJsonObject doc;
};

// Which documents of a scope to read: kinds (all when empty) but not the
// excluded ones, created within [from, to], naming one of clusterNames in
// their "clusterName" field (any when empty). Filtered in SQL, so documents
// that do not match are never parsed.
struct DocumentFilter
{
    QStringList kinds;
    QStringList excludedKinds;
    QStringList clusterNames;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
};

struct CredentialRow
{
    QString id;   // API key public key or service account client id
    QString kind; // apiKey, serviceAccount
    QString secret;
    QString description;
    QList<std::pair<QString, QString>> roles; // (projectId or orgId, role name)
};

} // namespace snapline::sandbox
