// Atlas's restore rules in the sandbox: versions, topology, tiers, PIT windows.
#include "rules/restore_checks.h"

#include "domain/mongo_version.h"

#include <QDateTime>

namespace snapline::sandbox::restore_checks {

namespace {

// From 5.0 on, M2/M5 targets accept snapshots of the two most recent major
// releases before theirs (the documented example: a 4.2 snapshot onto a 5.0
// M2/M5 yes, a 4.0 one no); that replaces the next-major ladder.
const MongoVersion kTenantRuleFrom(5, 0);
constexpr int kTenantMajorsBack = 2;

QString iso(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

ApiError versionError(const QString &detail)
{
    return ApiError(400, QStringLiteral("INVALID_RESTORE_TARGET_VERSION"), detail);
}

ApiError tierError(const QString &detail)
{
    return ApiError(400, QStringLiteral("INVALID_RESTORE_TARGET_TIER"), detail);
}

ApiError topologyError(const QString &detail)
{
    return ApiError(400, QStringLiteral("INVALID_RESTORE_TARGET_TOPOLOGY"), detail);
}

bool isShardedSnapshot(const SnapshotRow &snapshot, const ClusterRow &source)
{
    return snapshot.topology == u"shardedCluster"
            || (snapshot.topology.isEmpty() && source.topology == u"SHARDED");
}

int snapshotShards(const SnapshotRow &snapshot, const ClusterRow &source)
{
    // A sharded snapshot has one member per shard plus the config server.
    return snapshot.memberIds.size() > 1 ? int(snapshot.memberIds.size()) - 1 : source.shardCount;
}

bool isShared(const ClusterRow &cluster)
{
    return cluster.kind == u"flex" || cluster.kind == u"tenant";
}

// How many majors a snapshot is behind an M2/M5 target on 5.0 or later;
// nullopt when that rule does not apply (unknown versions, older targets).
std::optional<int> majorsBehindTenant(const QString &snapshotVersion, const QString &targetVersion)
{
    const auto snapshot = MongoVersion::parse(snapshotVersion);
    const auto target = MongoVersion::parse(targetVersion);
    if (!snapshot || !target || !snapshot->isOnLadder() || !target->isOnLadder() || *target < kTenantRuleFrom)
        return std::nullopt;
    return target->majorRelease().ladderIndex() - snapshot->majorRelease().ladderIndex();
}

std::optional<ApiError> checkPaused(const ClusterRow &target)
{
    if (target.paused) {
        return ApiError(
                409, QStringLiteral("CANNOT_RESTORE_TO_PAUSED_CLUSTER"),
                QStringLiteral("Cluster %1 is paused. Resume it before restoring into it.").arg(target.name));
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiError> checkVersion(const QString &snapshotVersion, const QString &targetVersion,
                                     const QString &sourceFcvPinned, bool sameMajorOnly)
{
    const auto snapshot = MongoVersion::parse(snapshotVersion);
    const auto target = MongoVersion::parse(targetVersion);
    if (!snapshot || !target || !snapshot->isOnLadder() || !target->isOnLadder())
        return versionError(QStringLiteral("MongoDB versions %1 and %2 cannot be compared.")
                                    .arg(snapshotVersion, targetVersion));
    const MongoVersion snapshotMajor = snapshot->majorRelease();
    const MongoVersion targetMajor = target->majorRelease();
    if (!sourceFcvPinned.isEmpty()) {
        // The data files carry the pinned FCV, so only that major release can read them.
        const auto fcv = MongoVersion::parse(sourceFcvPinned);
        if (fcv && fcv->majorRelease() == targetMajor)
            return std::nullopt;
        return versionError(
                QStringLiteral("The source cluster's feature compatibility version is pinned to %1; the "
                               "target must run MongoDB %2, not %3.")
                        .arg(sourceFcvPinned, fcv ? fcv->majorRelease().releaseString() : sourceFcvPinned,
                             target->releaseString()));
    }
    const int from = snapshotMajor.ladderIndex();
    const int to = targetMajor.ladderIndex();
    if (from == to && target->release() >= snapshot->release())
        return std::nullopt;
    if (!sameMajorOnly && to == from + 1)
        return std::nullopt;
    QString why;
    if (to < from || (from == to && target->release() < snapshot->release()))
        why = QStringLiteral("a snapshot cannot be restored to an older MongoDB release");
    else if (sameMajorOnly)
        why = QStringLiteral("snapshots of shared and Flex clusters restore only to the same major release");
    else
        why = QStringLiteral(
                      "the target may be at most one major release ahead; restore to %1 first, then upgrade")
                      .arg(MongoVersion::majorReleaseAt(from + 1).releaseString());
    return versionError(QStringLiteral("Cannot restore a MongoDB %1 snapshot to a cluster running %2: %3.")
                                .arg(snapshot->releaseString(), target->releaseString(), why));
}

std::optional<ApiError> checkTarget(const SnapshotRow &snapshot, const ClusterRow &source,
                                    const ClusterRow &target)
{
    if (target.tier == u"M0")
        return tierError(QStringLiteral("Cluster %1 is an M0 (free) cluster, which cannot receive restores.")
                                 .arg(target.name));
    if (target.kind == u"serverless" && source.kind != u"serverless") {
        return tierError(
                QStringLiteral("Serverless instance %1 can only receive snapshots of serverless instances.")
                        .arg(target.name));
    }
    if (target.kind == u"flex" && source.kind != u"flex") {
        return tierError(QStringLiteral("Flex cluster %1 can only receive snapshots of Flex clusters.")
                                 .arg(target.name));
    }
    if (auto paused = checkPaused(target))
        return paused;

    const bool sharded = isShardedSnapshot(snapshot, source);
    const bool targetSharded = target.topology == u"SHARDED";
    if (sharded && !targetSharded) {
        return topologyError(
                QStringLiteral("A sharded cluster's snapshot cannot be restored to replica set %1.")
                        .arg(target.name));
    }
    if (!sharded && targetSharded) {
        return topologyError(
                QStringLiteral("A replica set's snapshot cannot be restored to sharded cluster %1.")
                        .arg(target.name));
    }
    if (sharded && snapshotShards(snapshot, source) != target.shardCount) {
        return topologyError(
                QStringLiteral("The snapshot has %1 shards but cluster %2 has %3; they must be equal.")
                        .arg(snapshotShards(snapshot, source))
                        .arg(target.name)
                        .arg(target.shardCount));
    }
    if (target.id == source.id && source.shardsChangedAt > snapshot.created) {
        return ApiError(
                400, QStringLiteral("INVALID_RESTORE_SHARDS_CHANGED"),
                QStringLiteral("Shards were added to or removed from %1 on %2, after this snapshot was "
                               "taken; it cannot be restored back into this cluster.")
                        .arg(source.name, iso(source.shardsChangedAt)));
    }
    if (source.encryption != u"NONE" && !source.encryption.isEmpty()
        && target.encryption != source.encryption) {
        return ApiError(
                400, QStringLiteral("INVALID_RESTORE_TARGET_ENCRYPTION"),
                QStringLiteral("The snapshot is encrypted with a %1 customer key; cluster %2 must use "
                               "encryption at rest with the same provider (it uses %3).")
                        .arg(source.encryption, target.name, target.encryption));
    }
    const auto behind = target.kind == u"tenant" && source.fcvPinned.isEmpty() && !isShared(source)
            ? majorsBehindTenant(snapshot.mongodVersion, target.mongoVersion)
            : std::nullopt;
    if (behind && *behind > kTenantMajorsBack) {
        const MongoVersion major = MongoVersion::parse(target.mongoVersion)->majorRelease();
        return versionError(
                QStringLiteral("M2/M5 clusters on MongoDB %1 accept snapshots of the two most recent major "
                               "releases before it (%2 or newer); this snapshot runs %3.")
                        .arg(major.releaseString(),
                             MongoVersion::majorReleaseAt(major.ladderIndex() - kTenantMajorsBack)
                                     .releaseString(),
                             snapshot.mongodVersion));
    }
    if (behind && *behind >= 1)
        return std::nullopt; // one or two majors up: allowed on M2/M5, beyond the ladder's one
    return checkVersion(snapshot.mongodVersion, target.mongoVersion, source.fcvPinned, isShared(source));
}

std::optional<ApiError> checkFlexTarget(const SnapshotRow &snapshot, const ClusterRow &target)
{
    if (target.kind != u"flex" && target.kind != u"dedicated") {
        return tierError(
                QStringLiteral("A Flex snapshot can be restored only to a Flex or dedicated cluster; %1 is "
                               "a %2 cluster.")
                        .arg(target.name, target.tier));
    }
    if (auto paused = checkPaused(target))
        return paused;
    if (target.topology == u"SHARDED") {
        return topologyError(
                QStringLiteral("A Flex snapshot can be restored only to a replica set; %1 is sharded.")
                        .arg(target.name));
    }
    if (target.encryption != u"NONE" && !target.encryption.isEmpty()) {
        return ApiError(
                400, QStringLiteral("INVALID_RESTORE_TARGET_ENCRYPTION"),
                QStringLiteral("Cluster %1 uses encryption at rest, which cannot receive a Flex snapshot.")
                        .arg(target.name));
    }
    return checkVersion(snapshot.mongodVersion, target.mongoVersion, {}, true);
}

QList<TimeWindow> restoreBlackouts(const QList<RestoreJobRow> &restoresInto,
                                   const QList<SnapshotRow> &snapshots)
{
    QList<TimeWindow> out;
    for (const auto &job : restoresInto) {
        if (job.cancelled || job.failed || job.delivery == u"download")
            continue;
        TimeWindow window{job.created, 0};
        if (job.finished > 0) {
            for (const auto &s : snapshots) {
                if (s.status == u"completed" && s.created >= job.finished
                    && (window.end == 0 || s.created < window.end))
                    window.end = s.created;
            }
        }
        out << window;
    }
    return out;
}

std::optional<ApiError> checkPointInTime(qint64 moment, const PitSource &source, qint64 now)
{
    const auto refuse = [](const char *code, const QString &detail) {
        return ApiError(400, QString::fromLatin1(code), detail);
    };
    if (!source.pitEnabled) {
        return refuse(
                "INVALID_POINT_IN_TIME_NOT_ENABLED",
                QStringLiteral(
                        "Continuous Cloud Backup (point in time) is not enabled on the source cluster."));
    }
    if (moment > now) {
        return refuse("INVALID_POINT_IN_TIME_IN_FUTURE",
                      QStringLiteral("The point in time %1 is in the future (now is %2).")
                              .arg(iso(moment), iso(now)));
    }
    const qint64 windowStart = now - source.windowSeconds;
    if (moment < windowStart) {
        return refuse("INVALID_POINT_IN_TIME_OUTSIDE_RESTORE_WINDOW",
                      QStringLiteral("The point in time %1 is before the restore window, which starts at %2.")
                              .arg(iso(moment), iso(windowStart)));
    }
    if (!source.firstSnapshot || moment < *source.firstSnapshot) {
        return refuse("INVALID_POINT_IN_TIME_BEFORE_FIRST_SNAPSHOT",
                      QStringLiteral("No completed snapshot precedes %1 to replay the oplog from.")
                              .arg(iso(moment)));
    }
    bool covered = false;
    for (const auto &range : source.ranges)
        covered = covered || TimeWindow{range.start, range.end}.contains(moment, now);
    if (!covered) {
        return refuse(
                "INVALID_POINT_IN_TIME_IN_OPLOG_GAP",
                QStringLiteral("The oplog history does not cover %1 (point in time was off or the oplog "
                               "rolled over).")
                        .arg(iso(moment)));
    }
    for (const auto &blackout : source.blackouts) {
        if (blackout.contains(moment, now) && moment != blackout.end) {
            return refuse(
                    "INVALID_POINT_IN_TIME_IN_RESTORE_BLACKOUT",
                    QStringLiteral(
                            "%1 falls between the restore into this cluster started at %2 and the first "
                            "snapshot after it%3.")
                            .arg(iso(moment), iso(blackout.start),
                                 blackout.end == 0 ? QStringLiteral(" (not taken yet)")
                                                   : QStringLiteral(" (%1)").arg(iso(blackout.end))));
        }
    }
    return std::nullopt;
}

ApiError restoreJobNotFound(const QString &restoreJobId)
{
    return ApiError(404, QStringLiteral("RESTORE_JOB_NOT_FOUND"),
                    QStringLiteral("No restore job with ID %1 exists.").arg(restoreJobId));
}

} // namespace snapline::sandbox::restore_checks
