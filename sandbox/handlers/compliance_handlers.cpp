#include "handlers/compliance_handlers.h"

#include "handlers/json_render.h"
#include "handlers/schedule_handlers.h"
#include "handlers/snapshot_json.h"
#include "rules/policy_checks.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace snapline::sandbox {

namespace {

const QString kCompliance = QStringLiteral("compliance");

QJsonObject itemJson(const PolicyItem &item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("frequencyType"), toString(item.frequency)},
            {QStringLiteral("frequencyInterval"), item.interval},
            {QStringLiteral("retentionUnit"), toString(item.retention.unit)},
            {QStringLiteral("retentionValue"), item.retention.value}};
}

// No policy: the contract lists 404 and its 200 schema requires authorizedEmail, so an empty document
// would break it; the sandbox answers 404 RESOURCE_NOT_FOUND.
ApiError noPolicy(const QString &groupId)
{
    return ApiError::resourceNotFound(QStringLiteral("backup compliance policy of group %1").arg(groupId));
}

std::optional<ApiError> readScheduledItems(const QJsonObject &body, QList<PolicyItem> &items)
{
    const QJsonValue value = body.value(u"scheduledPolicyItems");
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), QStringLiteral("scheduledPolicyItems"),
                          QStringLiteral("must be an array"));
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("scheduledPolicyItems[%1]").arg(i);
        PolicyItem item;
        if (auto e = readPolicyItem(array[i], path, true, item))
            return e;
        if (item.frequency == Frequency::OnDemand) {
            return fieldError(QStringLiteral("INVALID_ENUM_VALUE"), path + QStringLiteral(".frequencyType"),
                              QStringLiteral("must be one of daily, hourly, weekly, monthly, yearly"));
        }
        if (item.frequency == Frequency::Hourly && !QList<int>{1, 2, 4, 6, 8, 12}.contains(item.interval)) {
            return fieldError(QStringLiteral("INVALID_FREQUENCY_INTERVAL"),
                              path + QStringLiteral(".frequencyInterval"),
                              QStringLiteral("an hourly item's interval must be 1, 2, 4, 6, 8 or 12"));
        }
        for (const PolicyItem &earlier : items) {
            if (earlier.frequency == item.frequency) {
                return fieldError(QStringLiteral("INVALID_POLICY_ITEMS"),
                                  path + QStringLiteral(".frequencyType"),
                                  QStringLiteral("holds at most one %1 item").arg(toString(item.frequency)));
            }
        }
        if (item.retention.days() + 1e-6 < periodDays(item)) {
            return fieldError(QStringLiteral("INVALID_RETENTION_PERIOD"),
                              path + QStringLiteral(".retentionValue"),
                              QStringLiteral("must keep snapshots at least one %1 period")
                                      .arg(toString(item.frequency)));
        }
        items << item;
    }
    return std::nullopt;
}

// Reads and checks the PUT body into `next` (ids are left empty for the caller to fill).
std::optional<ApiError> readPolicy(const ApiRequest &request, CompliancePolicy &next)
{
    QJsonObject body;
    if (auto e = parseObjectBody(request.body, body))
        return e;
    const QStringList known{QStringLiteral("authorizedEmail"),
                            QStringLiteral("authorizedUserFirstName"),
                            QStringLiteral("authorizedUserLastName"),
                            QStringLiteral("copyProtectionEnabled"),
                            QStringLiteral("deletable"),
                            QStringLiteral("encryptionAtRestEnabled"),
                            QStringLiteral("onDemandPolicyItem"),
                            QStringLiteral("pitEnabled"),
                            QStringLiteral("projectId"),
                            QStringLiteral("restoreWindowDays"),
                            QStringLiteral("scheduledPolicyItems"),
                            QStringLiteral("state"),
                            QStringLiteral("updatedDate"),
                            QStringLiteral("updatedUser")};
    std::optional<QString> email, first, last, projectId, state, date, user;
    std::optional<bool> copy, encryption, pit, deletable;
    std::optional<int> window;
    for (auto e :
         {checkKnownFields(body, known), readString(body, QStringLiteral("authorizedEmail"), {}, email),
          readString(body, QStringLiteral("authorizedUserFirstName"), {}, first),
          readString(body, QStringLiteral("authorizedUserLastName"), {}, last),
          readString(body, QStringLiteral("projectId"), {}, projectId),
          readString(body, QStringLiteral("state"), {}, state),
          readString(body, QStringLiteral("updatedDate"), {}, date),
          readString(body, QStringLiteral("updatedUser"), {}, user),
          readBool(body, QStringLiteral("copyProtectionEnabled"), {}, copy),
          readBool(body, QStringLiteral("encryptionAtRestEnabled"), {}, encryption),
          readBool(body, QStringLiteral("pitEnabled"), {}, pit),
          readBool(body, QStringLiteral("deletable"), {}, deletable),
          readInt(body, QStringLiteral("restoreWindowDays"), {}, window)}) {
        if (e)
            return e;
    }
    const auto missing = [](const QString &field) {
        return fieldError(QStringLiteral("MISSING_ATTRIBUTE"), field, QStringLiteral("is required"));
    };
    if (!email || email->isEmpty())
        return missing(QStringLiteral("authorizedEmail"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailPattern.match(*email).hasMatch()) {
        return fieldError(QStringLiteral("INVALID_EMAIL_ADDRESS"), QStringLiteral("authorizedEmail"),
                          QStringLiteral("is not an email address"));
    }
    if (request.version >= u"2023-10-01") { // the 2023-01-01 body requires only authorizedEmail
        if (!first || first->trimmed().isEmpty())
            return missing(QStringLiteral("authorizedUserFirstName"));
        if (!last || last->trimmed().isEmpty())
            return missing(QStringLiteral("authorizedUserLastName"));
    }
    const QString groupId = request.param(QStringLiteral("groupId"));
    if (projectId && *projectId != groupId) {
        return fieldError(QStringLiteral("INVALID_ATTRIBUTE"), QStringLiteral("projectId"),
                          QStringLiteral("must be the project of the request path (%1)").arg(groupId));
    }
    if (window && *window <= 0) {
        return fieldError(QStringLiteral("INVALID_RESTORE_WINDOW_DAYS"), QStringLiteral("restoreWindowDays"),
                          QStringLiteral("must be positive"));
    }
    if (pit.value_or(false) && !window)
        return missing(QStringLiteral("restoreWindowDays"));
    if (body.contains(u"onDemandPolicyItem") && !body.value(u"onDemandPolicyItem").isNull()) {
        PolicyItem item;
        if (auto e = readPolicyItem(body.value(u"onDemandPolicyItem"), QStringLiteral("onDemandPolicyItem"),
                                    true, item))
            return e;
        if (item.frequency != Frequency::OnDemand) {
            return fieldError(QStringLiteral("INVALID_ENUM_VALUE"),
                              QStringLiteral("onDemandPolicyItem.frequencyType"),
                              QStringLiteral("must be ondemand"));
        }
        next.onDemandRetention = item.retention;
        next.doc.insert(QStringLiteral("onDemandPolicyItem"), itemJson(item));
    }
    if (auto e = readScheduledItems(body, next.scheduledItems))
        return e;
    for (const PolicyItem &item : next.scheduledItems) {
        if (item.frequency == Frequency::Hourly && pit.value_or(false)
            && *window > item.retention.days() + 1e-6) {
            return fieldError(QStringLiteral("INVALID_RESTORE_WINDOW_DAYS"),
                              QStringLiteral("restoreWindowDays"),
                              QStringLiteral("cannot be longer than the hourly item's retention"));
        }
    }
    next.projectId = groupId;
    next.pitEnabled = pit.value_or(false);
    next.encryptionAtRestEnabled = encryption.value_or(false);
    next.copyProtectionEnabled = copy.value_or(false);
    next.restoreWindowDays = window.value_or(0);
    next.doc.insert(QStringLiteral("authorizedEmail"), *email);
    if (first)
        next.doc.insert(QStringLiteral("authorizedUserFirstName"), *first);
    if (last)
        next.doc.insert(QStringLiteral("authorizedUserLastName"), *last);
    return std::nullopt;
}

ApiReply getPolicy(const ApiRequest &request, const Caller &, SandboxContext &context)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const auto row = context.store.document(kCompliance, groupId);
    if (!row)
        return errorReply(noPolicy(groupId));
    return jsonReply(row->doc);
}

ApiReply putPolicy(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    bool overwrite = true;
    if (request.query.hasQueryItem(QStringLiteral("overwriteBackupPolicies"))) {
        const QString text = request.query.queryItemValue(QStringLiteral("overwriteBackupPolicies"));
        if (text != u"true" && text != u"false") {
            ApiError e(400, QStringLiteral("INVALID_QUERY_PARAMETER"),
                       QStringLiteral(
                               "Invalid query parameter overwriteBackupPolicies: must be true or false."));
            e.addParameter(QJsonObject{{QStringLiteral("name"), QStringLiteral("overwriteBackupPolicies")}});
            return errorReply(e);
        }
        overwrite = text == u"true";
    }
    CompliancePolicy next;
    if (auto e = readPolicy(request, next))
        return errorReply(*e);
    const auto current = compliancePolicyOf(context.store, groupId);
    if (current) {
        if (auto e = checkNotWeaker(*current, next))
            return errorReply(*e);
    }
    // The policy's cluster-wide requirements, then every schedule below its minimums.
    QList<std::pair<ClusterRow, ScheduleRow>> raised;
    QStringList belowMinimum;
    for (const ClusterRow &cluster : context.store.clusters(groupId, QStringLiteral("dedicated"))) {
        const bool cloud = cluster.backupKind == u"cloud" || cluster.backupKind == u"cloudContinuous";
        if (next.encryptionAtRestEnabled && cluster.encryption == u"NONE") {
            return errorReply(
                    complianceRefusal(QStringLiteral("Cluster %1 does not use encryption at rest with "
                                                     "customer key management.")
                                              .arg(cluster.name)));
        }
        if (next.pitEnabled && cloud && !cluster.pitEnabled) {
            return errorReply(complianceRefusal(
                    QStringLiteral("Cluster %1 does not use continuous cloud backup.").arg(cluster.name)));
        }
        auto schedule = context.store.schedule(cluster.id);
        if (!cloud || !schedule || !checkScheduleMeetsCompliance(schedule->policy, next, cluster.pitEnabled))
            continue;
        belowMinimum << cluster.name;
        schedule->policy = raiseToCompliance(schedule->policy, next, cluster.pitEnabled);
        finishSchedule(context, *schedule);
        raised.append({cluster, *schedule});
    }
    if (!overwrite && !belowMinimum.isEmpty()) {
        return errorReply(
                complianceRefusal(QStringLiteral("The backup schedules of %1 do not meet the policy; send "
                                                 "overwriteBackupPolicies=true to raise them.")
                                          .arg(belowMinimum.join(u", "))));
    }
    QJsonArray scheduled;
    for (PolicyItem &item : next.scheduledItems) {
        item.id = context.ids.objectId();
        scheduled.append(itemJson(item));
    }
    QJsonObject doc = next.doc;
    if (doc.contains(u"onDemandPolicyItem")) {
        QJsonObject onDemand = doc.value(u"onDemandPolicyItem").toObject();
        onDemand.insert(QStringLiteral("id"), context.ids.objectId());
        doc.insert(QStringLiteral("onDemandPolicyItem"), onDemand);
    }
    doc.insert(QStringLiteral("projectId"), groupId);
    doc.insert(QStringLiteral("scheduledPolicyItems"), scheduled);
    doc.insert(QStringLiteral("pitEnabled"), next.pitEnabled);
    doc.insert(QStringLiteral("encryptionAtRestEnabled"), next.encryptionAtRestEnabled);
    doc.insert(QStringLiteral("copyProtectionEnabled"), next.copyProtectionEnabled);
    if (next.restoreWindowDays > 0)
        doc.insert(QStringLiteral("restoreWindowDays"), next.restoreWindowDays);
    doc.insert(QStringLiteral("state"), QStringLiteral("ACTIVE"));
    doc.insert(QStringLiteral("deletable"), current ? current->deletable : false);
    doc.insert(QStringLiteral("updatedDate"), isoTime(context.now()));
    doc.insert(QStringLiteral("updatedUser"), doc.value(u"authorizedEmail"));
    const qint64 created = current ? context.store.document(kCompliance, groupId)->created : context.now();
    const bool done = context.store.transaction([&] {
        bool ok = context.store.putDocument(kCompliance,
                                            {groupId, groupId, QStringLiteral("ACTIVE"), created, doc});
        for (const auto &[cluster, schedule] : raised) {
            ok = ok && context.store.putSchedule(schedule)
                    && appendEvent(context, caller, groupId, cluster.name,
                                   QStringLiteral("CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"));
        }
        const QString stage = current ? QStringLiteral("UPDATE") : QStringLiteral("ENABLE");
        const QString finished = current ? QStringLiteral("UPDATED") : QStringLiteral("ENABLED");
        return ok
                && appendEvent(context, caller, groupId, {},
                               QStringLiteral("CPS_DATA_PROTECTION_%1_REQUESTED").arg(stage))
                && appendEvent(context, caller, groupId, {},
                               QStringLiteral("CPS_DATA_PROTECTION_%1").arg(finished));
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return jsonReply(doc);
}

ApiReply disablePolicy(const ApiRequest &request, const Caller &caller, SandboxContext &context)
{
    const QString groupId = request.param(QStringLiteral("groupId"));
    const auto current = compliancePolicyOf(context.store, groupId);
    if (!current)
        return errorReply(noPolicy(groupId));
    if (!current->deletable) {
        return errorReply(
                ApiError(400, QStringLiteral("BACKUP_COMPLIANCE_POLICY_NOT_DELETABLE"),
                         QStringLiteral("The Backup Compliance Policy of group %1 can only be disabled "
                                        "after MongoDB Support has approved it (deletable is false).")
                                 .arg(groupId)));
    }
    const bool done = context.store.transaction([&] {
        return context.store.deleteDocument(kCompliance, groupId)
                && appendEvent(context, caller, groupId, {},
                               QStringLiteral("CPS_DATA_PROTECTION_DISABLE_REQUESTED"))
                && appendEvent(context, caller, groupId, {}, QStringLiteral("CPS_DATA_PROTECTION_DISABLED"));
    });
    if (!done)
        return errorReply(ApiError::unexpectedError(context.store.lastError()));
    return ApiReply::noContent();
}

} // namespace

void registerComplianceHandlers(ApiDispatcher &dispatcher)
{
    dispatcher.handle("getGroupBackupCompliancePolicy", getPolicy);
    dispatcher.handle("updateGroupBackupCompliancePolicy", putPolicy);
    dispatcher.handle("disableGroupBackupCompliancePolicy", disablePolicy);
}

} // namespace snapline::sandbox
