#include "sim/backup_lifecycle.h"

#include "handlers/event_handlers.h"
#include "handlers/restore_handlers.h"
#include "seed/schedule_times.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

namespace snapline::sandbox {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kQueuedSeconds = 10;
constexpr double kDefaultFailureRate = 0.02;

bool isScheduledKind(const QString &kind)
{
    return kind == u"cloud" || kind == u"cloudContinuous" || kind == u"legacy";
}

qint64 estimatedBytes(const ClusterRow &cluster)
{
    return qint64(std::max(0.5, cluster.diskGb / 2) * 1e9);
}

} // namespace

BackupLifecycle::BackupLifecycle(SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { advanceTo(m_context.now()); });
}

void BackupLifecycle::start(int intervalMs)
{
    advanceTo(m_context.now());
    m_timer.start(intervalMs);
}

qint64 BackupLifecycle::snapshotDuration(qint64 bytes, bool onDemand)
{
    // Incremental cloud snapshots: half a minute plus a little per GB.
    const qint64 seconds = (onDemand ? 20 : 60) + bytes / 1000000000 * 2;
    return std::min<qint64>(seconds, 600);
}

void BackupLifecycle::advanceTo(qint64 now)
{
    m_context.store.transaction([&] {
        takeScheduledSnapshots(now);
        takeManagedSnapshots(now);
        progressSnapshots(now);
        // Restore jobs settle when read; settling them here too makes their
        // events appear on time even if nobody is watching.
        for (const auto &job : m_context.store.unfinishedRestoreJobs())
            settleRestoreJob(m_context, job);
        m_context.store.deleteExpiredSnapshots(now);
        m_context.store.setMeta(QStringLiteral("clock"), QString::number(now));
        return true;
    });
}

void BackupLifecycle::takeScheduledSnapshots(qint64 now)
{
    for (const QString &clusterId : m_context.store.dueSchedules(now)) {
        const auto cluster = m_context.store.clusterById(clusterId);
        auto schedule = m_context.store.schedule(clusterId);
        if (!cluster || !schedule)
            continue;
        if (cluster->backupEnabled && isScheduledKind(cluster->backupKind) && !cluster->paused) {
            // After a long stop only the slots whose snapshots would still be kept are taken.
            for (const auto &fire : scheduledSnapshots(schedule->policy, schedule->nextSnapshot, now + 1)) {
                if (fire.at + fire.retainSeconds <= now)
                    continue;
                QStringList items;
                for (int index : fire.itemIndexes)
                    items << schedule->itemIds.value(index);
                addSnapshot(*cluster, fire.at, fire.at + fire.retainSeconds, toString(fire.frequency), items);
            }
        }
        schedule->nextSnapshot = nextScheduledSnapshot(schedule->policy, now + 1);
        m_context.store.putSchedule(*schedule);
    }
}

void BackupLifecycle::takeManagedSnapshots(qint64 now)
{
    // Shared and Flex clusters: a daily at 03:00 UTC, the last 8 kept.
    // Serverless: every 6 hours; continuous keeps 2 days (dailies 35 days),
    // basic only the two most recent.
    if (m_lastManagedRun == 0)
        m_lastManagedRun = m_context.store.meta(QStringLiteral("managedRun")).toLongLong();
    const qint64 from = m_lastManagedRun > 0 ? m_lastManagedRun : now;
    m_lastManagedRun = now + 1;
    m_context.store.setMeta(QStringLiteral("managedRun"), QString::number(m_lastManagedRun));
    for (const auto &cluster : m_context.store.allClusters()) {
        const QString &kind = cluster.backupKind;
        const bool daily = kind == u"sharedDaily" || kind == u"flex";
        const bool serverless = kind == u"serverlessContinuous" || kind == u"serverlessBasic";
        if (!daily && !serverless)
            continue;
        const qint64 step = daily ? kDay : 6 * kHour;
        const qint64 offset = daily ? 3 * kHour : 0;
        for (qint64 at = (from - offset + step - 1) / step * step + offset; at <= now; at += step) {
            if (at < from)
                continue;
            if (daily) {
                addSnapshot(cluster, at, at + 8 * kDay, QStringLiteral("daily"), {});
            } else {
                const bool isDaily = kind == u"serverlessContinuous" && at % kDay == 0;
                addSnapshot(cluster, at,
                            kind == u"serverlessBasic" ? 0 : at + (isDaily ? 35 * kDay : 2 * kDay),
                            isDaily ? QStringLiteral("daily") : QStringLiteral("hourly"), {});
                if (kind == u"serverlessBasic") {
                    const auto kept = m_context.store.snapshots(cluster.id, 0, -1);
                    for (qsizetype i = 2; i < kept.size(); ++i)
                        m_context.store.deleteSnapshot(kept[i].id);
                }
            }
        }
    }
}

void BackupLifecycle::progressSnapshots(qint64 now)
{
    for (const QString &status : {QStringLiteral("queued"), QStringLiteral("inProgress")}) {
        for (SnapshotRow snapshot : m_context.store.snapshotsWithStatus(status)) {
            const bool onDemand = snapshot.origin == u"onDemand";
            const qint64 done = snapshot.created + snapshotDuration(snapshot.sizeBytes, onDemand);
            const auto cluster = m_context.store.clusterById(snapshot.clusterId);
            if (!cluster)
                continue;
            if (now >= done) {
                snapshot.status = failsAt(snapshot) ? QStringLiteral("failed") : QStringLiteral("completed");
                if (snapshot.sizeBytes == 0)
                    snapshot.sizeBytes = estimatedBytes(*cluster);
                m_context.store.updateSnapshot(snapshot);
                addEvent(*cluster,
                         snapshot.status == u"failed" ? QStringLiteral("CPS_SNAPSHOT_FAILED")
                                                      : QStringLiteral("CPS_SNAPSHOT_SUCCESSFUL"),
                         done, snapshot.id);
                Q_EMIT snapshotFinished(snapshot.clusterId, snapshot.id, snapshot.status);
            } else if (status == u"queued" && now >= snapshot.created + kQueuedSeconds) {
                snapshot.status = QStringLiteral("inProgress");
                m_context.store.updateSnapshot(snapshot);
                addEvent(*cluster, QStringLiteral("CPS_SNAPSHOT_STARTED"), snapshot.created + kQueuedSeconds,
                         snapshot.id);
            }
        }
    }
}

bool BackupLifecycle::failsAt(const SnapshotRow &snapshot) const
{
    const QString configured = m_context.store.meta(kFailureRateKey);
    const double rate = configured.isEmpty() ? kDefaultFailureRate : configured.toDouble();
    // Decided by the id, so a replay of the same history fails the same snapshots.
    const QByteArray hash = QCryptographicHash::hash(snapshot.id.toUtf8(), QCryptographicHash::Md5);
    const double draw = double(quint8(hash.at(0))) / 256.0;
    return draw < rate;
}

void BackupLifecycle::addSnapshot(const ClusterRow &cluster, qint64 at, qint64 expires,
                                  const QString &frequency, const QStringList &policyItems)
{
    SnapshotRow s;
    s.id = m_context.ids.objectId();
    s.clusterId = cluster.id;
    s.created = at;
    s.expires = expires;
    s.frequency = frequency;
    s.origin = QStringLiteral("scheduled");
    s.status = QStringLiteral("queued");
    s.sizeBytes = estimatedBytes(cluster);
    s.mongodVersion = cluster.mongoVersion;
    s.topology = cluster.topology == u"SHARDED" ? QStringLiteral("shardedCluster")
                                                : QStringLiteral("replicaSet");
    if (s.topology == u"shardedCluster") {
        for (int i = 0; i <= cluster.shardCount; ++i)
            s.memberIds << m_context.ids.objectId();
    }
    s.policyItemIds = policyItems;
    m_context.store.insertSnapshot(s);
    Q_EMIT snapshotCreated(cluster.id, s.id);
}

void BackupLifecycle::addEvent(const ClusterRow &cluster, const QString &type, qint64 at,
                               const QString &snapshotId)
{
    recordEvent(m_context, cluster.projectId, cluster.name, type, at,
                {{QStringLiteral("snapshotId"), snapshotId}});
}

} // namespace snapline::sandbox
