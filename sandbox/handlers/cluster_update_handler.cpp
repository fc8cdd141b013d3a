#include "handlers/cluster_update_handler.h"

#include "domain/mongo_version.h"
#include "handlers/cluster_json.h"
#include "handlers/event_handlers.h"
#include "handlers/json_render.h"
#include "handlers/misc_handlers_registry.h"
#include "seed/schedule_times.h"

#include <QJsonArray>

namespace snapline::sandbox {

namespace {

const QStringList kReadOnly{QStringLiteral("configServerType"),
                            QStringLiteral("createDate"),
                            QStringLiteral("deleteAfterDate"),
                            QStringLiteral("effectiveReplicationSpecs"),
                            QStringLiteral("featureCompatibilityVersion"),
                            QStringLiteral("featureCompatibilityVersionExpirationDate"),
                            QStringLiteral("groupId"),
                            QStringLiteral("id"),
                            QStringLiteral("internalClusterRole"),
                            QStringLiteral("links"),
                            QStringLiteral("mongoURI"),
                            QStringLiteral("mongoURIUpdated"),
                            QStringLiteral("mongoURIWithOptions"),
                            QStringLiteral("srvAddress"),
                            QStringLiteral("stateName"),
                            QStringLiteral("mongoDBVersion")};

// Writable in some version of the contract, but not simulated by the sandbox.
const QStringList kNotSimulated{QStringLiteral("acceptDataRisksAndForceReplicaSetReconfig"),
                                QStringLiteral("adaptiveCapacity"),
                                QStringLiteral("advancedConfiguration"),
                                QStringLiteral("autoScaling"),
                                QStringLiteral("biConnector"),
                                QStringLiteral("clusterType"),
                                QStringLiteral("configServerManagementMode"),
                                QStringLiteral("connectionStrings"),
                                QStringLiteral("deleteAfterCreationHours"),
                                QStringLiteral("diskSizeGB"),
                                QStringLiteral("diskWarmingMode"),
                                QStringLiteral("encryptionAtRestProvider"),
                                QStringLiteral("globalClusterSelfManagedSharding"),
                                QStringLiteral("labels"),
                                QStringLiteral("mongoDBEmployeeAccessGrant"),
                                QStringLiteral("numShards"),
                                QStringLiteral("providerSettings"),
                                QStringLiteral("redactClientLogData"),
                                QStringLiteral("replicaSetScalingStrategy"),
                                QStringLiteral("replicationFactor"),
                                QStringLiteral("replicationSpec"),
                                QStringLiteral("replicationSpecs"),
                                QStringLiteral("retainBackups"),
                                QStringLiteral("rootCertType"),
                                QStringLiteral("tags"),
                                QStringLiteral("terminationProtectionEnabled"),
                                QStringLiteral("useAwsTimeBasedSnapshotCopyForFastInitialSync"),
                                QStringLiteral("versionReleaseSystem")};

// The patch level the sandbox reports after an upgrade to a major release.
QString plausiblePatch(const MongoVersion &release)
{
    static const QHash<QString, QString> latest{{QStringLiteral("4.2"), QStringLiteral("4.2.25")},
                                                {QStringLiteral("4.4"), QStringLiteral("4.4.29")},
                                                {QStringLiteral("5.0"), QStringLiteral("5.0.30")},
                                                {QStringLiteral("6.0"), QStringLiteral("6.0.19")},
                                                {QStringLiteral("7.0"), QStringLiteral("7.0.14")},
                                                {QStringLiteral("8.0"), QStringLiteral("8.0.4")}};
    return latest.value(release.releaseString(), release.releaseString() + QStringLiteral(".0"));
}

ApiError badRequest(const char *code, const QString &detail)
{
    return ApiError(400, QString::fromLatin1(code), detail);
}

// The requested change, after type checks.
struct ClusterChange
{
    std::optional<bool> backupEnabled;
    std::optional<bool> pitEnabled;
    std::optional<bool> paused;
    std::optional<QString> majorVersion;
    int fieldCount = 0;
};

std::optional<ClusterChange> readChange(const ApiRequest &request, const QJsonObject &body,
                                        const ClusterRow &cluster, ApiReply &refusal)
{
    const bool legacyShape = request.version == u"2023-01-01";
    const QString backupField
            = legacyShape ? QStringLiteral("providerBackupEnabled") : QStringLiteral("backupEnabled");
    ClusterChange change;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        ++change.fieldCount;
        if (key == backupField || key == u"pitEnabled" || key == u"paused") {
            if (!value.isBool()) {
                refusal = wrongType(key, QStringLiteral("a boolean"));
                return std::nullopt;
            }
            (key == backupField         ? change.backupEnabled
                     : key == u"paused" ? change.paused
                                        : change.pitEnabled)
                    = value.toBool();
        } else if (key == u"mongoDBMajorVersion") {
            if (!value.isString()) {
                refusal = wrongType(key, QStringLiteral("a string such as \"8.0\""));
                return std::nullopt;
            }
            change.majorVersion = value.toString();
        } else if (key == u"name") {
            if (value.toString() != cluster.name) {
                refusal = errorReply(
                        badRequest("CANNOT_RENAME_CLUSTER", QStringLiteral("A cluster cannot be renamed.")));
                return std::nullopt;
            }
            --change.fieldCount; // echoing the name back changes nothing
        } else if (kReadOnly.contains(key)) {
            refusal = errorReply(
                    badRequest("ATTRIBUTE_READ_ONLY", QStringLiteral("Attribute %1 is read-only.").arg(key))
                            .addFieldViolation(key, QStringLiteral("is read-only")));
            return std::nullopt;
        } else if (kNotSimulated.contains(key) || (legacyShape && key == u"backupEnabled")) {
            // Legacy backup (2023-01-01 backupEnabled) cannot be turned on since March 2020; the rest is not
            // simulated.
            refusal = errorReply(
                    badRequest("ATTRIBUTE_NOT_SUPPORTED_BY_SANDBOX",
                               QStringLiteral("The sandbox does not simulate changes to %1; it accepts %2, "
                                              "pitEnabled, mongoDBMajorVersion and paused.")
                                       .arg(key, backupField))
                            .addFieldViolation(key, QStringLiteral("is not simulated by the sandbox")));
            return std::nullopt;
        } else {
            refusal = errorReply(
                    ApiError::invalidAttribute(key).addFieldViolation(key,
                                                                      QStringLiteral("is not a field of "
                                                                                     "the cluster")));
            return std::nullopt;
        }
    }
    return change;
}

std::optional<ApiError> checkPause(const ClusterRow &cluster, const ClusterChange &change)
{
    // Atlas: a paused cluster must be resumed on its own before any other change.
    if (cluster.paused && change.fieldCount > 0 && !(change.fieldCount == 1 && change.paused)) {
        return badRequest(
                "CANNOT_UPDATE_PAUSED_CLUSTER",
                QStringLiteral("Cluster %1 is paused. Resume it with {\"paused\": false} before any "
                               "other change.")
                        .arg(cluster.name));
    }
    if (change.paused == true && !cluster.paused && cluster.kind == u"tenant")
        return badRequest("CANNOT_PAUSE_TENANT_CLUSTER",
                          QStringLiteral("Cluster %1 is a %2 cluster; only dedicated clusters can be paused.")
                                  .arg(cluster.name, cluster.tier));
    return std::nullopt;
}

std::optional<ApiError> checkBackup(SandboxContext &context, const ClusterRow &cluster,
                                    const ClusterChange &change)
{
    const bool backup = change.backupEnabled.value_or(cluster.backupEnabled);
    const bool pit = change.pitEnabled.value_or(change.backupEnabled == false ? false : cluster.pitEnabled);
    if (cluster.kind == u"tenant" && (backup != cluster.backupEnabled || pit != cluster.pitEnabled)) {
        return badRequest("TENANT_CLUSTER_BACKUP_NOT_CONFIGURABLE",
                          cluster.tier == u"M0"
                                  ? QStringLiteral("M0 free clusters have no Atlas backups.")
                                  : QStringLiteral("%1 clusters are backed up daily by Atlas; backup and "
                                                   "continuous backup cannot be changed.")
                                            .arg(cluster.tier));
    }
    if (cluster.backupKind == u"legacy" && (backup != cluster.backupEnabled || pit != cluster.pitEnabled)) {
        return badRequest("CLUSTER_USES_LEGACY_BACKUP",
                          QStringLiteral("Cluster %1 uses legacy backup; the sandbox does not migrate it.")
                                  .arg(cluster.name));
    }
    if (pit && !backup) {
        return badRequest(
                "PIT_REQUIRES_CLOUD_BACKUP",
                QStringLiteral("Continuous Cloud Backup (pitEnabled) needs backupEnabled to be true."));
    }
    const auto policy = context.store.document(QStringLiteral("compliance"), cluster.projectId);
    if (policy && policy->doc.value(u"state").toString() == u"ACTIVE") {
        if (!backup && cluster.backupEnabled)
            return ApiError::compliancePolicyViolation(
                    QStringLiteral(
                            "The project's Backup Compliance Policy forbids disabling Cloud Backup on %1.")
                            .arg(cluster.name));
        if (!pit && cluster.pitEnabled && policy->doc.value(u"pitEnabled").toBool())
            return ApiError::compliancePolicyViolation(QStringLiteral(
                    "The project's Backup Compliance Policy requires continuous cloud backup (PIT)."));
    }
    return std::nullopt;
}

std::optional<ApiError> checkVersion(const ClusterRow &cluster, const QString &requested,
                                     MongoVersion &target)
{
    const auto parsed = MongoVersion::parse(requested);
    const auto current = MongoVersion::parse(cluster.mongoVersion);
    if (!parsed || parsed->toString() != parsed->releaseString() || !parsed->isOnLadder()
        || parsed->isRapidRelease()) {
        return ApiError::invalidAttribute(QStringLiteral("mongoDBMajorVersion"))
                .addFieldViolation(
                        QStringLiteral("mongoDBMajorVersion"),
                        QStringLiteral("must be a major release such as \"8.0\", got \"%1\"").arg(requested));
    }
    target = *parsed;
    if (!current)
        return std::nullopt;
    const int from = current->majorRelease().ladderIndex();
    const int to = parsed->ladderIndex();
    if (to == from)
        return std::nullopt;
    if (to < from)
        return badRequest("MONGODB_VERSION_DOWNGRADE_NOT_SUPPORTED",
                          QStringLiteral("Cluster %1 runs %2; it cannot be downgraded to %3.")
                                  .arg(cluster.name, cluster.mongoVersion, requested));
    if (to > from + 1)
        return badRequest(
                "INVALID_MONGODB_VERSION_UPGRADE",
                QStringLiteral("Cluster %1 runs %2; it can only be upgraded to the next major release, %3.")
                        .arg(cluster.name, cluster.mongoVersion,
                             MongoVersion::majorReleaseAt(from + 1).releaseString()));
    return std::nullopt;
}

bool applyBackupChange(SandboxContext &context, ClusterRow &cluster, bool backup, bool pit)
{
    const qint64 now = context.now();
    SandboxStore &store = context.store;
    bool ok = true;
    if (cluster.backupEnabled && !backup) {
        // Atlas deletes a cluster's snapshots and schedule when its backup is turned off.
        for (const SnapshotRow &snapshot : store.snapshots(cluster.id))
            ok = ok && store.deleteSnapshot(snapshot.id);
        ok = ok && store.deleteSchedule(cluster.id);
    } else if (!cluster.backupEnabled && backup && !store.schedule(cluster.id)) {
        ScheduleRow schedule;
        schedule.clusterId = cluster.id;
        schedule.policyId = context.ids.objectId();
        schedule.policy = BackupPolicy::atlasDefault();
        for (auto &item : schedule.policy.items) {
            item.id = context.ids.objectId();
            schedule.itemIds << item.id;
        }
        schedule.nextSnapshot = nextScheduledSnapshot(schedule.policy, now);
        ok = ok && store.putSchedule(schedule);
    }
    if (cluster.pitEnabled && !pit) {
        ok = ok && store.closeOpenPitRange(cluster.id, now);
        ok = ok
                && recordEvent(context, cluster.projectId, cluster.name, QStringLiteral("CPS_OPLOG_BEHIND"),
                               now);
    } else if (!cluster.pitEnabled && pit) {
        ok = ok && store.insertPitRange({cluster.id, now, 0});
        ok = ok
                && recordEvent(context, cluster.projectId, cluster.name,
                               QStringLiteral("CPS_OPLOG_CAUGHT_UP"), now);
    }
    cluster.backupEnabled = backup;
    cluster.pitEnabled = pit;
    cluster.backupKind = !backup ? QStringLiteral("none")
            : pit                ? QStringLiteral("cloudContinuous")
                                 : QStringLiteral("cloud");
    return ok;
}

// The 2023-01-01 answer (LegacyAtlasCluster): the same cluster without replicationSpecs ids.
QJsonObject legacyClusterJson(const ApiRequest &request, const ClusterRow &cluster)
{
    QJsonObject out = clusterJson(request, cluster);
    out.remove(QStringLiteral("replicationSpecs"));
    out.insert(QStringLiteral("providerBackupEnabled"),
               cluster.backupEnabled && cluster.backupKind != u"legacy");
    out.insert(QStringLiteral("backupEnabled"), cluster.backupKind == u"legacy" && cluster.backupEnabled);
    out.insert(QStringLiteral("numShards"), cluster.shardCount);
    out.insert(QStringLiteral("diskSizeGB"), cluster.diskGb);
    const bool tenant = cluster.kind == u"tenant";
    QJsonObject provider{
            {QStringLiteral("providerName"), tenant ? QStringLiteral("TENANT") : cluster.provider},
            {QStringLiteral("instanceSizeName"), cluster.tier},
            {QStringLiteral("regionName"), cluster.region}};
    if (tenant)
        provider.insert(QStringLiteral("backingProviderName"), cluster.provider);
    out.insert(QStringLiteral("providerSettings"), provider);
    return out;
}

ApiReply updateGroupCluster(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const QString name = request.param(QStringLiteral("clusterName"));
    auto cluster = context.store.cluster(groupId, name);
    if (!cluster || (cluster->kind != u"dedicated" && cluster->kind != u"tenant"))
        return errorReply(ApiError::clusterNotFound(name, groupId));
    ApiReply refusal;
    const auto body = requestObject(request, refusal);
    if (!body)
        return refusal;
    const auto change = readChange(request, *body, *cluster, refusal);
    if (!change)
        return refusal;
    if (auto error = checkPause(*cluster, *change))
        return errorReply(*error);
    if (auto error = checkBackup(context, *cluster, *change))
        return errorReply(*error);
    MongoVersion target;
    if (change->majorVersion) {
        if (auto error = checkVersion(*cluster, *change->majorVersion, target))
            return errorReply(*error);
    }

    ClusterRow updated = *cluster;
    const bool done = context.store.transaction([&] {
        const bool backup = change->backupEnabled.value_or(updated.backupEnabled);
        const bool pit
                = change->pitEnabled.value_or(change->backupEnabled == false ? false : updated.pitEnabled);
        bool ok = applyBackupChange(context, updated, backup, pit);
        if (change->majorVersion) {
            const auto current = MongoVersion::parse(updated.mongoVersion);
            if (!current || current->majorRelease() != target)
                updated.mongoVersion = plausiblePatch(target);
        }
        if (change->paused)
            updated.paused = *change->paused;
        return ok && context.store.updateCluster(updated);
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(request.version == u"2023-01-01" ? legacyClusterJson(request, updated)
                                                      : clusterJson(request, updated));
}

} // namespace

void registerClusterUpdateHandler(ApiDispatcher &dispatcher)
{
    dispatcher.handle("updateGroupCluster", updateGroupCluster);
}

} // namespace snapline::sandbox
