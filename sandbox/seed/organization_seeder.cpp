#include "seed/organization_seeder.h"

#include "seed/schedule_times.h"

#include <QDateTime>
#include <QJsonArray>

namespace snapline::sandbox {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kHistory = 90 * kDay;
constexpr double kScheduledFailureRate = 0.03;

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QString clusterKind(const QString &tier)
{
    if (tier == u"M0" || tier == u"M2" || tier == u"M5")
        return QStringLiteral("tenant");
    if (tier == u"FLEX")
        return QStringLiteral("flex");
    if (tier == u"SERVERLESS")
        return QStringLiteral("serverless");
    return QStringLiteral("dedicated");
}

bool isCloudBackup(const QString &backupKind)
{
    return backupKind == u"cloud" || backupKind == u"cloudContinuous" || backupKind == u"legacy";
}

} // namespace

OrganizationSeeder::OrganizationSeeder(SandboxStore &store, quint64 seed, qint64 now)
    : m_store(store)
    , m_ids(seed)
    , m_now(now)
{}

Result<SeedSummary> OrganizationSeeder::seed(const Scenario &scenario, bool dense)
{
    const bool done = m_store.transaction([&] {
        m_orgId = m_ids.objectId();
        m_summary.orgId = m_orgId;
        m_ok = m_store.insertOrg({m_orgId, scenario.orgName, m_now - 400 * kDay});
        for (const auto &name : scenario.projects) {
            const QString id = m_ids.objectId();
            m_projectIds.insert(name, id);
            m_ok = m_ok && m_store.insertProject({id, m_orgId, name, m_now - 200 * kDay});
            ++m_summary.projects;
        }
        for (const auto &spec : scenario.clusters) {
            const ClusterRow cluster = makeCluster(spec, m_projectIds.value(spec.project));
            m_ok = m_ok && m_store.insertCluster(cluster);
            m_clusters.insert(spec.name, cluster);
            seedBackups(spec, cluster, dense);
            ++m_summary.clusters;
        }
        if (!scenario.complianceProject.isEmpty())
            seedCompliance(m_projectIds.value(scenario.complianceProject));
        if (!dense) {
            seedRestoreJobs();
            seedExports(m_projectIds.value(QStringLiteral("Payments")), QStringLiteral("AWS"));
            seedExports(m_projectIds.value(QStringLiteral("Analytics")), QStringLiteral("GCP"));
        }
        seedCredentials(m_orgId, m_projectIds.values());
        m_ok = m_ok && m_store.setMeta(QStringLiteral("seededAt"), QString::number(m_now));
        return m_ok;
    });
    if (!done) {
        return Result<SeedSummary>::failure(
                QStringLiteral("SEED_FAILED"),
                QStringLiteral("Seeding the sandbox failed: %1").arg(m_store.lastError()));
    }
    return m_summary;
}

ClusterRow OrganizationSeeder::makeCluster(const ClusterSpec &spec, const QString &projectId)
{
    ClusterRow c;
    c.id = m_ids.objectId();
    c.projectId = projectId;
    c.name = spec.name;
    c.kind = clusterKind(spec.tier);
    c.tier = spec.tier;
    c.provider = spec.provider;
    c.region = spec.region;
    c.topology = spec.shards > 0 ? QStringLiteral("SHARDED") : QStringLiteral("REPLICASET");
    c.shardCount = std::max(spec.shards, 1);
    c.mongoVersion = spec.version;
    c.fcvPinned = spec.fcvPinned;
    c.backupKind = spec.backupKind;
    c.backupEnabled = spec.backupKind != u"none";
    c.pitEnabled = spec.backupKind == u"cloudContinuous" || spec.backupKind == u"serverlessContinuous";
    c.encryption = spec.encryption;
    c.created = m_now - kHistory - 30 * kDay;
    c.collectionCount = spec.collections;
    c.diskGb = spec.dataGb * 2;
    return c;
}

SnapshotRow OrganizationSeeder::snapshotAt(const ClusterRow &cluster, qint64 created, qint64 expires,
                                           const QString &frequency)
{
    const double age = double(m_now - created) / double(kHistory);
    SnapshotRow s;
    s.id = m_ids.objectId();
    s.clusterId = cluster.id;
    s.created = created;
    s.expires = expires;
    s.frequency = frequency;
    s.origin = QStringLiteral("scheduled");
    s.status = QStringLiteral("completed");
    const double gb = std::max(0.5, cluster.diskGb / 2) * (1.0 - 0.3 * age) * (0.97 + 0.06 * m_ids.uniform());
    s.sizeBytes = qint64(gb * 1e9);
    s.mongodVersion = cluster.mongoVersion;
    s.topology = cluster.shardCount > 1 || cluster.topology == u"SHARDED" ? QStringLiteral("shardedCluster")
                                                                          : QStringLiteral("replicaSet");
    if (s.topology == u"shardedCluster") {
        for (int i = 0; i <= cluster.shardCount; ++i) // every shard and the config server
            s.memberIds << m_ids.objectId();
    }
    return s;
}

QList<SnapshotRow> OrganizationSeeder::history(const ClusterSpec &spec, const ClusterRow &cluster,
                                               const ScheduleRow *schedule)
{
    QList<SnapshotRow> out;
    const qint64 from = m_now - kHistory;
    if (schedule) {
        for (const auto &fire : scheduledSnapshots(schedule->policy, from, m_now)) {
            if (fire.at + fire.retainSeconds <= m_now)
                continue; // already expired and deleted by Atlas
            SnapshotRow s
                    = snapshotAt(cluster, fire.at, fire.at + fire.retainSeconds, toString(fire.frequency));
            for (int index : fire.itemIndexes)
                s.policyItemIds << schedule->itemIds.value(index);
            if (m_ids.chance(kScheduledFailureRate))
                s.status = QStringLiteral("failed");
            out << s;
        }
        return out;
    }
    // Atlas-managed backups: shared and Flex keep the last 8 dailies,
    // serverless takes one every 6 hours.
    if (spec.backupKind == u"sharedDaily" || spec.backupKind == u"flex") {
        const qint64 today = m_now - m_now % kDay + 3 * kHour;
        for (int d = 0; d < 8; ++d) {
            const qint64 at = today - (d + (today > m_now ? 1 : 0)) * kDay;
            out << snapshotAt(cluster, at, at + 8 * kDay, QStringLiteral("daily"));
        }
    } else if (spec.backupKind == u"serverlessContinuous" || spec.backupKind == u"serverlessBasic") {
        const bool basic = spec.backupKind == u"serverlessBasic";
        const qint64 last = m_now - m_now % (6 * kHour);
        const int count = basic ? 2 : 35 * 4;
        for (int i = 0; i < count; ++i) {
            const qint64 at = last - i * 6 * kHour;
            const bool daily = !basic && at % kDay == 0;
            const qint64 keep = basic ? 12 * kHour : (daily ? 35 * kDay : 2 * kDay);
            if (at + keep > m_now || basic)
                out << snapshotAt(cluster, at, basic ? 0 : at + keep,
                                  daily ? QStringLiteral("daily") : QStringLiteral("hourly"));
        }
    }
    return out;
}

void OrganizationSeeder::seedBackups(const ClusterSpec &spec, const ClusterRow &cluster, bool dense)
{
    std::optional<ScheduleRow> schedule;
    if (isCloudBackup(spec.backupKind)) {
        ScheduleRow row;
        row.clusterId = cluster.id;
        row.policyId = m_ids.objectId();
        row.policy = seededPolicy(spec, dense);
        for (auto &item : row.policy.items) {
            item.id = m_ids.objectId();
            row.itemIds << item.id;
        }
        row.nextSnapshot = nextScheduledSnapshot(row.policy, m_now);
        m_ok = m_ok && m_store.putSchedule(row);
        schedule = row;
    }
    QList<SnapshotRow> snapshots = history(spec, cluster, schedule ? &*schedule : nullptr);
    if (!dense && schedule && spec.backupKind != u"legacy") {
        for (int i = 0; i < 2; ++i) { // a couple of on-demand snapshots before releases
            const qint64 at = m_now - m_ids.between(2, 25) * kDay - m_ids.between(0, 23) * kHour;
            SnapshotRow s = snapshotAt(cluster, at, at + 30 * kDay, QStringLiteral("ondemand"));
            s.origin = QStringLiteral("onDemand");
            s.description = QStringLiteral("Before release 2026.%1").arg(m_ids.between(10, 48));
            snapshots << s;
        }
        if (spec.name == u"payments-api" && !snapshots.isEmpty())
            snapshots.first().origin = QStringLiteral("fallback");
    }
    if (!spec.previousVersion.isEmpty()) {
        const qint64 upgradedAt = m_now - spec.upgradedDaysAgo * kDay;
        for (SnapshotRow &s : snapshots) {
            if (s.created < upgradedAt)
                s.mongodVersion = spec.previousVersion;
        }
    }
    m_ok = m_ok && m_store.insertSnapshots(snapshots);
    m_summary.snapshots += snapshots.size();

    for (const auto &s : snapshots) {
        if (s.created < m_now - 3 * kDay)
            continue;
        const bool failed = s.status == u"failed";
        addEvent(cluster.projectId, cluster.name,
                 failed ? QStringLiteral("CPS_SNAPSHOT_FAILED") : QStringLiteral("CPS_SNAPSHOT_SUCCESSFUL"),
                 s.created + 10 * 60, {{QStringLiteral("snapshotId"), s.id}});
    }

    if (cluster.pitEnabled && cluster.kind == u"dedicated") {
        const qint64 start = m_now - (spec.restoreWindowDays + 1) * kDay;
        if (spec.name == u"payments-api") {
            // PIT was off for two hours two days ago: a gap in the oplog history.
            const qint64 gapStart = m_now - 2 * kDay;
            m_ok = m_ok && m_store.insertPitRange({cluster.id, start, gapStart});
            m_ok = m_ok && m_store.insertPitRange({cluster.id, gapStart + 2 * kHour, 0});
            addEvent(cluster.projectId, cluster.name, QStringLiteral("CPS_OPLOG_BEHIND"), gapStart);
            addEvent(cluster.projectId, cluster.name, QStringLiteral("CPS_OPLOG_CAUGHT_UP"),
                     gapStart + 2 * kHour);
        } else {
            m_ok = m_ok && m_store.insertPitRange({cluster.id, start, 0});
        }
    }
}

void OrganizationSeeder::seedRestoreJobs()
{
    struct Past
    {
        const char *source;
        const char *target; // empty: download
        qint64 ago;
        qint64 minutes;
        const char *outcome; // completed, failed, cancelled
        bool pointInTime;
    };
    const Past past[] = {
            {"payments-api", "payments-api", kDay, 40, "completed", true},
            {"payments-ledger", "analytics-shards3", 10 * kDay, 95, "completed", false},
            {"analytics-warehouse", "analytics-warehouse", 5 * kDay, 20, "failed", false},
            {"analytics-reports", "analytics-reports", 7 * kDay, 5, "cancelled", false},
            {"platform-canary", "", 3 * kDay, 10, "completed", false},
    };
    for (const auto &p : past) {
        const ClusterRow source = m_clusters.value(QString::fromLatin1(p.source));
        if (source.id.isEmpty())
            continue;
        const QList<SnapshotRow> snaps = m_store.snapshots(source.id, 0, 50);
        RestoreJobRow job;
        job.id = m_ids.objectId();
        job.clusterId = source.id;
        job.created = m_now - p.ago;
        for (const auto &s : snaps) { // the newest completed snapshot before the job
            if (s.created < job.created && s.status == u"completed") {
                job.snapshotId = s.id;
                break;
            }
        }
        const bool download = QByteArray(p.target).isEmpty();
        if (download) {
            job.delivery = QStringLiteral("download");
            job.deliveryUrls << QStringLiteral("https://127.0.0.1/backup/restore/%1/%2.tar.gz")
                                        .arg(job.id, source.name);
        } else {
            const ClusterRow target = m_clusters.value(QString::fromLatin1(p.target));
            job.delivery = p.pointInTime ? QStringLiteral("pointInTime") : QStringLiteral("automated");
            job.targetProjectId = target.projectId;
            job.targetCluster = target.name;
            if (p.pointInTime)
                job.pointInTimeSeconds = job.created - 6 * kHour;
        }
        const QString outcome = QString::fromLatin1(p.outcome);
        job.finished = job.created + p.minutes * 60;
        job.failed = outcome == u"failed";
        job.cancelled = outcome == u"cancelled";
        job.expires = job.created + 2 * kDay;
        job.expired = download && job.expires < m_now;
        job.plannedSeconds = p.minutes * 60;
        job.requestedBy = QStringLiteral("backup-admin@example.com");
        m_ok = m_ok && m_store.insertRestoreJob(job);
        ++m_summary.restoreJobs;
        addEvent(source.projectId, source.name, QStringLiteral("CPS_RESTORE_REQUESTED_AUDIT"), job.created,
                 {{QStringLiteral("restoreJobId"), job.id}});
        if (!job.cancelled) {
            addEvent(source.projectId, source.name,
                     job.failed ? QStringLiteral("CPS_RESTORE_FAILED")
                                : QStringLiteral("CPS_RESTORE_SUCCESSFUL"),
                     job.finished, {{QStringLiteral("restoreJobId"), job.id}});
        }
    }
}

void OrganizationSeeder::seedExports(const QString &projectId, const QString &provider)
{
    if (projectId.isEmpty())
        return;
    const QString bucketId = m_ids.objectId();
    QJsonObject bucket{
            {QStringLiteral("_id"), bucketId},
            {QStringLiteral("bucketName"), QStringLiteral("snapline-exports-%1").arg(m_ids.token(6))},
            {QStringLiteral("cloudProvider"), provider}};
    if (provider == u"AWS") {
        bucket.insert(QStringLiteral("iamRoleId"), m_ids.objectId());
        bucket.insert(QStringLiteral("region"), QStringLiteral("US_EAST_1"));
        bucket.insert(QStringLiteral("requirePrivateNetworking"), false);
    } else {
        bucket.insert(QStringLiteral("roleId"), m_ids.objectId());
    }
    m_ok = m_ok
            && m_store.putDocument(QStringLiteral("buckets"),
                                   {bucketId, projectId, provider, m_now - 60 * kDay, bucket});

    for (const auto &cluster : m_store.clusters(projectId, QStringLiteral("dedicated"))) {
        const auto snaps = m_store.snapshots(cluster.id, 0, 3);
        for (qsizetype i = 0; i < snaps.size() && i < 2; ++i) {
            const QString state = i == 0 && cluster.name.endsWith(u"archive") ? QStringLiteral("Failed")
                                                                              : QStringLiteral("Successful");
            const QString id = m_ids.objectId();
            QJsonObject job{{QStringLiteral("id"), id},
                            {QStringLiteral("snapshotId"), snaps[i].id},
                            {QStringLiteral("exportBucketId"), bucketId},
                            {QStringLiteral("createdAt"), iso(snaps[i].created + kHour)},
                            {QStringLiteral("finishedAt"), iso(snaps[i].created + 2 * kHour)},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("customData"), QJsonArray()},
                            {QStringLiteral("exportStatus"),
                             QJsonObject{{QStringLiteral("exportedCollections"), 42},
                                         {QStringLiteral("totalCollections"), 42}}}};
            m_ok = m_ok
                    && m_store.putDocument(QStringLiteral("exports"),
                                           {id, cluster.id, state, snaps[i].created, job});
            addEvent(projectId, cluster.name,
                     state == u"Failed" ? QStringLiteral("CPS_EXPORT_FAILED")
                                        : QStringLiteral("CPS_EXPORT_SUCCESSFUL"),
                     snaps[i].created + 2 * kHour);
        }
        break; // one exporting cluster per project is enough to show it
    }
}

void OrganizationSeeder::seedCompliance(const QString &projectId)
{
    const auto item = [](const char *frequency, int interval, const char *unit, int value) {
        return QJsonObject{{QStringLiteral("frequencyType"), QString::fromLatin1(frequency)},
                           {QStringLiteral("frequencyInterval"), interval},
                           {QStringLiteral("retentionUnit"), QString::fromLatin1(unit)},
                           {QStringLiteral("retentionValue"), value}};
    };
    QJsonObject doc{
            {QStringLiteral("projectId"), projectId},
            {QStringLiteral("authorizedEmail"), QStringLiteral("compliance.officer@example.com")},
            {QStringLiteral("authorizedUserFirstName"), QStringLiteral("Grace")},
            {QStringLiteral("authorizedUserLastName"), QStringLiteral("Hopper")},
            {QStringLiteral("copyProtectionEnabled"), true},
            {QStringLiteral("encryptionAtRestEnabled"), true},
            {QStringLiteral("pitEnabled"), true},
            {QStringLiteral("restoreWindowDays"), 3},
            {QStringLiteral("onDemandPolicyItem"), item("ondemand", 0, "days", 7)},
            {QStringLiteral("scheduledPolicyItems"),
             QJsonArray{item("hourly", 6, "days", 3), item("daily", 1, "days", 7),
                        item("weekly", 6, "weeks", 4), item("monthly", 40, "months", 12)}},
            {QStringLiteral("state"), QStringLiteral("ACTIVE")},
            {QStringLiteral("deletable"), false},
            {QStringLiteral("updatedDate"), iso(m_now - 120 * kDay)},
            {QStringLiteral("updatedUser"), QStringLiteral("compliance.officer@example.com")},
    };
    m_ok = m_ok
            && m_store.putDocument(QStringLiteral("compliance"),
                                   {projectId, projectId, QStringLiteral("ACTIVE"), m_now - 120 * kDay, doc});
    addEvent(projectId, {}, QStringLiteral("CPS_DATA_PROTECTION_ENABLE_REQUESTED"), m_now - 121 * kDay);
    addEvent(projectId, {}, QStringLiteral("CPS_DATA_PROTECTION_ENABLED"), m_now - 120 * kDay);
}

void OrganizationSeeder::seedCredentials(const QString &orgId, const QStringList &projectIds)
{
    const auto privateKey = [this] {
        const QString hex = m_ids.objectId() + m_ids.objectId();
        return QStringLiteral("%1-%2-%3-%4-%5")
                .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
    };
    struct Grant
    {
        const char *kind;
        const char *description;
        const char *orgRole;
        const char *projectRole; // empty: none
    };
    const Grant grants[] = {
            {"apiKey", "Owner key (Organization Owner, Project Owner everywhere)", "ORG_OWNER",
             "GROUP_OWNER"},
            {"apiKey", "Backup manager key", "ORG_MEMBER", "GROUP_BACKUP_MANAGER"},
            {"apiKey", "Read-only key", "ORG_READ_ONLY", "GROUP_READ_ONLY"},
            {"apiKey", "Organization Owner without project roles", "ORG_OWNER", ""},
            {"serviceAccount", "Owner service account", "ORG_OWNER", "GROUP_OWNER"},
            {"serviceAccount", "Read-only service account", "ORG_READ_ONLY", "GROUP_READ_ONLY"},
    };
    for (const auto &g : grants) {
        CredentialRow c;
        c.kind = QString::fromLatin1(g.kind);
        const bool apiKey = c.kind == u"apiKey";
        c.id = apiKey ? m_ids.token(8) : QStringLiteral("mdb_sa_id_%1").arg(m_ids.objectId());
        c.secret = apiKey ? privateKey() : QStringLiteral("mdb_sa_sk_%1").arg(m_ids.token(40));
        c.description = QString::fromLatin1(g.description);
        c.roles.append({orgId, QString::fromLatin1(g.orgRole)});
        if (QByteArray(g.projectRole).size() > 0) {
            for (const auto &projectId : projectIds)
                c.roles.append({projectId, QString::fromLatin1(g.projectRole)});
        }
        m_ok = m_ok && m_store.insertCredential(c);
        m_summary.credentials << c;
    }
}

void OrganizationSeeder::addEvent(const QString &projectId, const QString &clusterName, const QString &type,
                                  qint64 at, const QJsonObject &extra)
{
    const QString id = m_ids.objectId();
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("created"), iso(at)},
                    {QStringLiteral("eventTypeName"), type},
                    {QStringLiteral("groupId"), projectId},
                    {QStringLiteral("orgId"), m_orgId},
                    {QStringLiteral("isGlobalAdmin"), false}};
    if (!clusterName.isEmpty())
        doc.insert(QStringLiteral("clusterName"), clusterName);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        doc.insert(it.key(), it.value());
    m_ok = m_ok && m_store.putDocument(QStringLiteral("events"), {id, projectId, type, at, doc});
    ++m_summary.events;
}

} // namespace snapline::sandbox
