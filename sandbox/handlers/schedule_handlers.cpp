#include "handlers/schedule_handlers.h"

#include "handlers/json_render.h"
#include "handlers/snapshot_handlers.h"
#include "handlers/snapshot_json.h"
#include "rules/policy_checks.h"
#include "seed/schedule_times.h"

#include <QJsonArray>

namespace snapline::sandbox {

namespace {

const QString kScheduleUpdated = QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT");

ScheduleRow currentSchedule(SandboxContext &context, const ClusterRow &cluster)
{
    if (auto row = context.store.schedule(cluster.id))
        return *row;
    ScheduleRow row; // a Cloud Backup cluster always has one; this only guards against a hand-edited store
    row.clusterId = cluster.id;
    row.policyId = context.ids.objectId();
    row.policy = BackupPolicy::atlasDefault();
    finishSchedule(context, row);
    return row;
}

// Expiry each existing snapshot gets under `policy` (updateSnapshots): its creation plus the longest
// retention among the items that produced it and are still in the policy.
QList<SnapshotRow> reexpired(SandboxContext &context, const ScheduleRow &row)
{
    QList<SnapshotRow> changed;
    for (SnapshotRow s : context.store.snapshots(row.clusterId)) {
        qint64 keep = 0;
        for (const PolicyItem &item : row.policy.items) {
            if (s.policyItemIds.contains(item.id))
                keep = std::max(keep, retentionSeconds(item.retention));
        }
        if (keep > 0 && s.created + keep != s.expires) {
            s.expires = s.created + keep;
            changed << s;
        }
    }
    return changed;
}

// Fields the sandbox accepts but cannot act on: only their "off" values are allowed.
std::optional<ApiError> unsupported(const QJsonObject &body)
{
    const auto refuse = [](const QString &field) {
        return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), field,
                          QStringLiteral("the sandbox does not copy or export snapshots from the schedule"));
    };
    for (const char *key : {"copySettings", "extraRetentionSettings", "deleteCopiedBackups"}) {
        const QJsonValue v = body.value(QString::fromLatin1(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), QString::fromLatin1(key),
                              QStringLiteral("must be an array"));
        if (!v.toArray().isEmpty())
            return refuse(QString::fromLatin1(key));
    }
    if (body.value(u"autoExportEnabled").toBool())
        return refuse(QStringLiteral("autoExportEnabled"));
    const QJsonValue exportValue = body.value(u"export");
    if (!exportValue.isUndefined() && !exportValue.isNull())
        return refuse(QStringLiteral("export"));
    for (const char *key :
         {"autoExportEnabled", "copyPolicyItemsEnabled", "autoCopySettingsEnabled", "deleteSnapshots",
          "updateCopySnapshots", "deleteCopySnapshots", "useOrgAndGroupNamesInExportPrefix"}) {
        std::optional<bool> ignored;
        if (auto e = readBool(body, QString::fromLatin1(key), {}, ignored))
            return e;
    }
    return std::nullopt;
}

std::optional<ApiError> readPolicies(const QJsonObject &body, const ScheduleRow &current,
                                     BackupPolicy &policy)
{
    const QJsonValue value = body.value(u"policies");
    if (value.isUndefined() || value.isNull())
        return std::nullopt; // "provide only the fields you want to update"
    if (!value.isArray())
        return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), QStringLiteral("policies"),
                          QStringLiteral("must be an array"));
    const QJsonArray policies = value.toArray();
    if (policies.size() != 1) {
        return fieldError(QStringLiteral("INVALID_POLICIES"), QStringLiteral("policies"),
                          QStringLiteral("must hold exactly one policy"));
    }
    if (!policies[0].isObject())
        return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), QStringLiteral("policies[0]"),
                          QStringLiteral("must be an object"));
    const QJsonObject p = policies[0].toObject();
    const QString path = QStringLiteral("policies[0]");
    std::optional<QString> id;
    for (auto e : {checkKnownFields(p, {QStringLiteral("id"), QStringLiteral("policyItems")}, path),
                   readString(p, QStringLiteral("id"), path, id)}) {
        if (e)
            return e;
    }
    if (id && *id != current.policyId) {
        return fieldError(
                QStringLiteral("INVALID_ATTRIBUTE"), path + QStringLiteral(".id"),
                QStringLiteral("is not the id of this cluster's policy (%1)").arg(current.policyId));
    }
    const QJsonValue items = p.value(u"policyItems");
    if (!items.isArray()) {
        return fieldError(items.isUndefined() ? QStringLiteral("MISSING_ATTRIBUTE")
                                              : QStringLiteral("INVALID_ATTRIBUTE"),
                          path + QStringLiteral(".policyItems"),
                          QStringLiteral("must be an array of policy items"));
    }
    policy.items.clear();
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        PolicyItem item;
        const QString itemPath = QStringLiteral("%1.policyItems[%2]").arg(path).arg(i);
        if (auto e = readPolicyItem(array[i], itemPath, false, item))
            return e;
        if (!item.id.isEmpty() && !current.itemIds.contains(item.id)) {
            return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), itemPath + QStringLiteral(".id"),
                              QStringLiteral("is not an item of this cluster's policy"));
        }
        policy.items << item;
    }
    return std::nullopt;
}

ApiReply getSchedule(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    return jsonReply(scheduleJson(request, *cluster, currentSchedule(context, *cluster)));
}

ApiReply saveSchedule(const ApiRequest &request, const Caller &caller, SandboxContext &context,
                      const ClusterRow &cluster, ScheduleRow &row, const QList<SnapshotRow> &changed)
{
    finishSchedule(context, row);
    const bool done = context.store.transaction([&] {
        bool ok = context.store.putSchedule(row);
        for (const SnapshotRow &s : changed)
            ok = ok && context.store.updateSnapshot(s);
        return ok && appendEvent(context, caller, cluster.projectId, cluster.name, kScheduleUpdated);
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(scheduleJson(request, cluster, row));
}

ApiReply updateSchedule(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    ScheduleRow row = currentSchedule(context, *cluster);
    QJsonObject body;
    if (auto e = parseObjectBody(request.body, body))
        return errorReply(*e);
    QStringList known{QStringLiteral("autoExportEnabled"),
                      QStringLiteral("clusterId"),
                      QStringLiteral("clusterName"),
                      QStringLiteral("copyPolicyItemsEnabled"),
                      QStringLiteral("copySettings"),
                      QStringLiteral("deleteCopiedBackups"),
                      QStringLiteral("deleteCopySnapshots"),
                      QStringLiteral("deleteSnapshots"),
                      QStringLiteral("export"),
                      QStringLiteral("extraRetentionSettings"),
                      QStringLiteral("links"),
                      QStringLiteral("nextSnapshot"),
                      QStringLiteral("policies"),
                      QStringLiteral("referenceHourOfDay"),
                      QStringLiteral("referenceMinuteOfHour"),
                      QStringLiteral("restoreWindowDays"),
                      QStringLiteral("updateCopySnapshots"),
                      QStringLiteral("updateSnapshots"),
                      QStringLiteral("useOrgAndGroupNamesInExportPrefix")};
    if (request.version >= u"2024-08-05")
        known << QStringLiteral("autoCopySettingsEnabled");
    std::optional<int> hour, minute, window;
    std::optional<bool> updateSnapshots;
    for (auto e :
         {checkKnownFields(body, known), readInt(body, QStringLiteral("referenceHourOfDay"), {}, hour),
          readInt(body, QStringLiteral("referenceMinuteOfHour"), {}, minute),
          readInt(body, QStringLiteral("restoreWindowDays"), {}, window),
          readBool(body, QStringLiteral("updateSnapshots"), {}, updateSnapshots), unsupported(body)}) {
        if (e)
            return errorReply(*e);
    }
    BackupPolicy policy = row.policy;
    if (auto e = readPolicies(body, row, policy))
        return errorReply(*e);
    policy.referenceHourOfDay = hour.value_or(policy.referenceHourOfDay);
    policy.referenceMinuteOfHour = minute.value_or(policy.referenceMinuteOfHour);
    policy.restoreWindowDays = window.value_or(policy.restoreWindowDays);
    if (auto e = validateSchedule(policy, cluster->pitEnabled, cluster->tier.contains(u"NVME")))
        return errorReply(*e);
    row.policy = policy;
    finishSchedule(context, row);
    const QList<SnapshotRow> changed
            = updateSnapshots.value_or(false) ? reexpired(context, row) : QList<SnapshotRow>();
    if (const auto bcp = compliancePolicyOf(context.store, cluster->projectId)) {
        if (auto e = checkScheduleMeetsCompliance(policy, *bcp, cluster->pitEnabled))
            return errorReply(*e);
        for (const SnapshotRow &s : changed) {
            const auto before = context.store.snapshot(s.clusterId, s.id);
            if (before && s.expires < before->expires) {
                return errorReply(
                        complianceRefusal(QStringLiteral("The project's Backup Compliance Policy forbids "
                                                         "shortening existing snapshots (updateSnapshots): "
                                                         "snapshot %1 would expire earlier.")
                                                  .arg(s.id)));
            }
        }
    }
    return saveSchedule(request, caller, context, *cluster, row, changed);
}

ApiReply deleteSchedule(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    std::optional<ApiError> error;
    const auto cluster = cloudBackupCluster(request, context, error);
    if (!cluster)
        return errorReply(*error);
    if (compliancePolicyOf(context.store, cluster->projectId)) {
        return errorReply(
                complianceRefusal(QStringLiteral("The project's Backup Compliance Policy forbids removing "
                                                 "the backup schedule of cluster %1.")
                                          .arg(cluster->name)));
    }
    ScheduleRow row = currentSchedule(context, *cluster);
    row.policy = BackupPolicy::atlasDefault();
    row.itemIds.clear();
    return saveSchedule(request, caller, context, *cluster, row, {});
}

} // namespace

void finishSchedule(SandboxContext &context, ScheduleRow &row)
{
    row.itemIds.clear();
    for (PolicyItem &item : row.policy.items) {
        if (item.id.isEmpty())
            item.id = context.ids.objectId();
        row.itemIds << item.id;
    }
    row.nextSnapshot = nextScheduledSnapshot(row.policy, context.now());
}

QJsonObject scheduleJson(const ApiRequest &request, const ClusterRow &cluster, const ScheduleRow &row)
{
    QJsonArray items;
    for (qsizetype i = 0; i < row.policy.items.size(); ++i) {
        const PolicyItem &item = row.policy.items[i];
        items.append(QJsonObject{{QStringLiteral("id"), row.itemIds.value(i, item.id)},
                                 {QStringLiteral("frequencyType"), toString(item.frequency)},
                                 {QStringLiteral("frequencyInterval"), item.interval},
                                 {QStringLiteral("retentionUnit"), toString(item.retention.unit)},
                                 {QStringLiteral("retentionValue"), item.retention.value}});
    }
    QJsonObject out{
            {QStringLiteral("clusterId"), cluster.id},
            {QStringLiteral("clusterName"), cluster.name},
            {QStringLiteral("referenceHourOfDay"), row.policy.referenceHourOfDay},
            {QStringLiteral("referenceMinuteOfHour"), row.policy.referenceMinuteOfHour},
            {QStringLiteral("restoreWindowDays"), row.policy.restoreWindowDays},
            {QStringLiteral("policies"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), row.policyId},
                                    {QStringLiteral("policyItems"), items}}}},
            {QStringLiteral("autoExportEnabled"), false},
            {QStringLiteral("useOrgAndGroupNamesInExportPrefix"), false},
            {QStringLiteral("copySettings"), QJsonArray()},
            {QStringLiteral("extraRetentionSettings"), QJsonArray()},
            {QStringLiteral("links"), selfLinks(request, backupPath(cluster) + QStringLiteral("/schedule"))},
    };
    if (row.nextSnapshot > 0)
        out.insert(QStringLiteral("nextSnapshot"), isoTime(row.nextSnapshot));
    if (request.version >= u"2024-08-05") // the 2023-01-01 shape has no autoCopySettingsEnabled
        out.insert(QStringLiteral("autoCopySettingsEnabled"), false);
    return out;
}

void registerScheduleHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("getGroupClusterBackupSchedule", getSchedule);
    dispatcher.handle("updateGroupClusterBackupSchedule", updateSchedule);
    dispatcher.handle("deleteGroupClusterBackupSchedule", deleteSchedule);
}

} // namespace snapline::sandbox
