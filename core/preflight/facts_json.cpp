#include "preflight/facts_json.h"

#include <QJsonArray>

namespace snapline::FactsJson {

namespace {

QString tierNames()
{
    return QStringLiteral("M0, M2, M5, M10 … M700 (R40…, _NVME), FLEX, SERVERLESS");
}

std::optional<MongoVersion> readVersion(JsonFields &fields, QStringView key, JsonFields::Need need)
{
    const QString text = fields.string(key, need);
    if (text.isNull())
        return std::nullopt;
    if (auto version = MongoVersion::parse(text))
        return version;
    fields.fail(
            key,
            JsonFields::tr("expected a MongoDB version such as \"7.0\" or \"7.0.12\", got \"%1\"").arg(text));
    return std::nullopt;
}

// Default backup kind when a facts file leaves it out: what Atlas gives the tier.
BackupKind defaultBackupKind(const Tier &tier, bool pitEnabled)
{
    if (tier.isFree())
        return BackupKind::None;
    if (tier.isShared())
        return BackupKind::SharedDaily;
    if (tier.isFlex())
        return BackupKind::Flex;
    if (tier.isServerless())
        return BackupKind::ServerlessContinuous;
    return pitEnabled ? BackupKind::CloudContinuous : BackupKind::Cloud;
}

constexpr int kDefaultRestoreWindowDays = 2;

} // namespace

TimeRanges readRanges(JsonFields &fields, QStringView key)
{
    TimeRanges out;
    const auto array = fields.array(key);
    if (!array)
        return out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isObject()) {
            fields.fail(key, JsonFields::tr("item %1 must be an object with \"from\" and \"to\"").arg(i));
            return out;
        }
        JsonFields range = fields.element(key, i, array->at(i).toObject());
        const auto from = range.dateTime(u"from", JsonFields::Required);
        const auto to = range.dateTime(u"to", JsonFields::Required);
        range.rejectUnknown();
        if (from && to) {
            if (*from > *to) {
                range.failHere(JsonFields::tr("\"from\" is after \"to\""));
                return out;
            }
            out.append({*from, *to});
        }
    }
    return out;
}

Cluster readCluster(JsonFields &f)
{
    Cluster c;
    c.id = f.string(u"id");
    c.name = f.string(u"name", JsonFields::Required);
    const QString tierText = f.string(u"tier", JsonFields::Required);
    if (!tierText.isNull()) {
        if (auto tier = Tier::parse(tierText))
            c.tier = *tier;
        else
            f.fail(u"tier", JsonFields::tr("expected one of %1, got \"%2\"").arg(tierNames(), tierText));
    }
    if (auto version = readVersion(f, u"mongoDBVersion", JsonFields::Required))
        c.version = *version;
    c.fcvPinned = readVersion(f, u"fcvPinned", JsonFields::Optional);
    c.topology = f.choice<Topology>(u"topology", parseTopology, QStringLiteral("replicaSet, shardedCluster"))
                         .value_or(Topology::ReplicaSet);
    const auto shards = f.integer(u"shardCount");
    if (shards && *shards < 1)
        f.fail(u"shardCount", JsonFields::tr("must be 1 or more"));
    if (c.topology == Topology::ShardedCluster && !shards)
        f.fail(u"shardCount", JsonFields::tr("required for a sharded cluster"));
    c.shardCount = int(shards.value_or(1));
    if (c.topology == Topology::ReplicaSet && c.shardCount != 1)
        f.fail(u"shardCount", JsonFields::tr("a replica set has exactly 1 shard"));

    const auto pit = f.boolean(u"pitEnabled");
    const auto kind = f.choice<BackupKind>(u"backupKind", parseBackupKind, backupKindNames());
    c.backupKind = kind.value_or(defaultBackupKind(c.tier, pit.value_or(false)));
    c.pitEnabled = pit.value_or(c.backupKind == BackupKind::CloudContinuous
                                || c.backupKind == BackupKind::ServerlessContinuous);
    const auto window = f.integer(u"restoreWindowDays");
    c.restoreWindowDays = int(window.value_or(c.pitEnabled ? kDefaultRestoreWindowDays : 0));
    if (window && *window < 0)
        f.fail(u"restoreWindowDays", JsonFields::tr("must not be negative"));
    c.pit.restorable = readRanges(f, u"pitWindows");
    c.pit.blackouts = readRanges(f, u"restoreBlackouts");
    c.shardCountChangedAt = f.dateTime(u"shardCountChangedAt");
    c.collectionCount = f.integer(u"collectionCount");

    c.provider = f.choice<CloudProvider>(u"provider", parseCloudProvider, QStringLiteral("AWS, AZURE, GCP"))
                         .value_or(CloudProvider::Aws);
    // encryptionAtRest: a provider name, or true/false for "a customer key in
    // the cluster's own cloud" / none.
    const QJsonValue ear = f.raw(u"encryptionAtRest");
    if (ear.isBool()) {
        c.encryptionAtRest = !ear.toBool()           ? EncryptionProvider::None
                : c.provider == CloudProvider::Azure ? EncryptionProvider::Azure
                : c.provider == CloudProvider::Gcp   ? EncryptionProvider::Gcp
                                                     : EncryptionProvider::Aws;
    } else if (ear.isString()) {
        if (auto provider = parseEncryptionProvider(ear.toString()))
            c.encryptionAtRest = *provider;
        else
            f.fail(u"encryptionAtRest", JsonFields::tr("expected NONE, AWS, AZURE, GCP, true or false"));
    } else if (!ear.isUndefined()) {
        f.fail(u"encryptionAtRest", JsonFields::tr("expected NONE, AWS, AZURE, GCP, true or false"));
    }
    c.paused = f.boolean(u"paused").value_or(false);
    if (f.boolean(u"nvme").value_or(false) && !c.tier.isNvme())
        c.tier = Tier::parse(QString(c.tier.name() + QStringLiteral("_NVME"))).value_or(c.tier);
    f.rejectUnknown();
    return c;
}

} // namespace snapline::FactsJson

namespace snapline::FactsJson {

Snapshot readSnapshot(JsonFields &f, const Cluster &owner)
{
    Snapshot s;
    s.id = f.string(u"id", JsonFields::Required);
    s.clusterName = owner.name;
    s.createdAt = f.dateTime(u"createdAt", JsonFields::Required).value_or(QDateTime());
    s.expiresAt = f.dateTime(u"expiresAt").value_or(QDateTime());
    s.mongodVersion = readVersion(f, u"mongodVersion", JsonFields::Optional).value_or(owner.version);
    // An explicit null means "not pinned"; a missing field inherits the cluster's pin.
    s.fcvPinned
            = f.present(u"fcvPinned") ? readVersion(f, u"fcvPinned", JsonFields::Optional) : owner.fcvPinned;
    s.topology = f.choice<Topology>(u"type", parseTopology, QStringLiteral("replicaSet, shardedCluster"))
                         .value_or(owner.topology);
    const auto shards = f.integer(u"shardCount");
    if (shards && *shards < 1)
        f.fail(u"shardCount", JsonFields::tr("must be 1 or more"));
    s.shardCount = int(shards.value_or(s.topology == owner.topology ? owner.shardCount : 1));
    s.origin = f.choice<SnapshotOrigin>(u"snapshotType", parseSnapshotOrigin,
                                        QStringLiteral("scheduled, onDemand, fallback"))
                       .value_or(SnapshotOrigin::Scheduled);
    s.status = f.choice<SnapshotStatus>(u"status", parseSnapshotStatus,
                                        QStringLiteral("queued, inProgress, completed, failed"))
                       .value_or(SnapshotStatus::Completed);
    s.frequency = f.choice<Frequency>(u"frequencyType", parseFrequency,
                                      QStringLiteral("hourly, daily, weekly, monthly, yearly, onDemand"))
                          .value_or(s.origin == SnapshotOrigin::OnDemand ? Frequency::OnDemand
                                                                         : Frequency::Daily);
    s.storageSizeBytes = f.integer(u"storageSizeBytes").value_or(0);
    s.description = f.string(u"description");
    for (const auto &key : {QStringView(u"members"), QStringView(u"copyRegions")}) {
        QStringList values;
        if (const auto array = f.array(key)) {
            for (const auto &v : *array)
                values << (v.isObject() ? v.toObject().value(u"id").toString() : v.toString());
        }
        (key == u"members" ? s.memberIds : s.copyRegions) = values;
    }
    f.rejectUnknown();
    return s;
}

PolicyItem readPolicyItem(JsonFields &f)
{
    PolicyItem item;
    item.id = f.string(u"id");
    item.frequency = f.choice<Frequency>(u"frequencyType", parseFrequency,
                                         QStringLiteral("hourly, daily, weekly, monthly, yearly, ondemand"),
                                         JsonFields::Required)
                             .value_or(Frequency::Daily);
    item.interval = int(f.integer(u"frequencyInterval", JsonFields::Required).value_or(0));
    item.retention.unit
            = f.choice<RetentionUnit>(u"retentionUnit", parseRetentionUnit,
                                      QStringLiteral("days, weeks, months, years"), JsonFields::Required)
                      .value_or(RetentionUnit::Days);
    item.retention.value = int(f.integer(u"retentionValue", JsonFields::Required).value_or(0));
    f.rejectUnknown();
    return item;
}

namespace {

QList<PolicyItem> readItems(JsonFields &f, QStringView key)
{
    QList<PolicyItem> items;
    const auto array = f.array(key);
    if (!array)
        return items;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isObject()) {
            f.fail(key, JsonFields::tr("item %1 must be an object").arg(i));
            break;
        }
        JsonFields item = f.element(key, i, array->at(i).toObject());
        items << readPolicyItem(item);
    }
    return items;
}

} // namespace

BackupPolicy readBackupPolicy(JsonFields &f)
{
    BackupPolicy policy;
    policy.items.clear();
    policy.referenceHourOfDay = int(f.integer(u"referenceHourOfDay").value_or(policy.referenceHourOfDay));
    policy.referenceMinuteOfHour
            = int(f.integer(u"referenceMinuteOfHour").value_or(policy.referenceMinuteOfHour));
    policy.restoreWindowDays = int(f.integer(u"restoreWindowDays").value_or(policy.restoreWindowDays));
    policy.updateSnapshots = f.boolean(u"updateSnapshots").value_or(false);
    // The Atlas shape: policies[0].policyItems[]; a bare policyItems[] is accepted too.
    if (const auto policies = f.array(u"policies")) {
        if (policies->size() > 1)
            f.fail(u"policies", JsonFields::tr("Atlas allows exactly one policy per schedule"));
        for (qsizetype i = 0; i < policies->size(); ++i) {
            JsonFields one = f.element(u"policies", i, policies->at(i).toObject());
            one.accept(u"id");
            policy.items << readItems(one, u"policyItems");
            one.rejectUnknown();
        }
    }
    policy.items << readItems(f, u"policyItems");
    for (const auto &ignored :
         {u"clusterId", u"clusterName", u"nextSnapshot", u"autoExportEnabled", u"copySettings", u"export",
          u"useOrgAndGroupNamesInExportPrefix", u"extraRetentionSettings"})
        f.accept(QStringView(ignored));
    f.rejectUnknown();
    return policy;
}

CompliancePolicy readCompliancePolicy(JsonFields &f)
{
    CompliancePolicy p;
    p.projectId = f.string(u"projectId");
    p.state = f.choice<ComplianceState>(u"state", parseComplianceState,
                                        QStringLiteral("ACTIVE, ENABLING, UPDATING, DISABLING"))
                      .value_or(ComplianceState::Active);
    p.authorizedEmail = f.string(u"authorizedEmail");
    p.authorizedUserFirstName = f.string(u"authorizedUserFirstName");
    p.authorizedUserLastName = f.string(u"authorizedUserLastName");
    p.copyProtectionEnabled = f.boolean(u"copyProtectionEnabled").value_or(false);
    p.encryptionAtRestEnabled = f.boolean(u"encryptionAtRestEnabled").value_or(false);
    p.pitEnabled = f.boolean(u"pitEnabled").value_or(false);
    p.restoreWindowDays = int(f.integer(u"restoreWindowDays").value_or(0));
    p.scheduledPolicyItems = readItems(f, u"scheduledPolicyItems");
    if (const auto onDemand = f.object(u"onDemandPolicyItem")) {
        JsonFields item = f.child(u"onDemandPolicyItem", *onDemand);
        p.onDemandPolicyItem = readPolicyItem(item);
    }
    p.deletable = f.boolean(u"deletable").value_or(false);
    p.updatedDate = f.dateTime(u"updatedDate").value_or(QDateTime());
    p.updatedUser = f.string(u"updatedUser");
    f.rejectUnknown();
    return p;
}

RoleBook readRoles(JsonFields &f, QStringView key)
{
    RoleBook book;
    const QJsonValue value = f.raw(key);
    if (value.isUndefined())
        return book;
    // Either { "<projectId or orgId>": ["ROLE", …] } or the Atlas shape
    // [{ "groupId" | "orgId": "…", "roleName": "…" }].
    if (value.isObject()) {
        const QJsonObject byScope = value.toObject();
        for (auto it = byScope.begin(); it != byScope.end(); ++it) {
            if (!it->isArray()) {
                f.fail(key, JsonFields::tr("the roles of %1 must be an array of role names").arg(it.key()));
                return book;
            }
            for (const auto &role : it->toArray()) {
                if (!role.isString() || role.toString().isEmpty()) {
                    f.fail(key, JsonFields::tr("the roles of %1 must be non-empty strings").arg(it.key()));
                    return book;
                }
                book.grant(it.key(), role.toString());
            }
        }
    } else if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonFields entry = f.element(key, i, list.at(i).toObject());
            const QString scope = entry.has(u"groupId") ? entry.string(u"groupId") : entry.string(u"orgId");
            const QString role = entry.string(u"roleName", JsonFields::Required);
            if (scope.isEmpty())
                entry.failHere(JsonFields::tr("each role needs a groupId or an orgId"));
            entry.rejectUnknown();
            book.grant(scope, role);
        }
    } else {
        f.fail(key, JsonFields::tr("expected an object of role lists per project or organization id"));
    }
    return book;
}

} // namespace snapline::FactsJson
