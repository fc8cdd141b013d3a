#include "atlas/inventory_json.h"

#include "atlas/atlas_time.h"

#include <QJsonArray>

namespace snapline {

namespace {

CloudProvider providerOf(const QJsonObject &region)
{
    const QString provider = region.value(u"providerName").toString();
    const QString backing = region.value(u"backingProviderName").toString();
    return parseCloudProvider(backing.isEmpty() ? provider : backing).value_or(CloudProvider::Aws);
}

MongoVersion versionOf(const QJsonObject &json, QStringView key)
{
    return MongoVersion::parse(json.value(key).toString()).value_or(MongoVersion());
}

} // namespace

Organization organizationFromJson(const QJsonObject &json)
{
    return {json.value(u"id").toString(), json.value(u"name").toString(), json.value(u"isDeleted").toBool()};
}

Project projectFromJson(const QJsonObject &json)
{
    Project project;
    project.id = json.value(u"id").toString();
    project.name = json.value(u"name").toString();
    project.orgId = json.value(u"orgId").toString();
    project.created = atlasTime(json.value(u"created"));
    project.clusterCount = json.value(u"clusterCount").toInt();
    return project;
}

Cluster clusterFromJson(const QJsonObject &json)
{
    Cluster c;
    c.id = json.value(u"id").toString();
    c.name = json.value(u"name").toString();
    c.projectId = json.value(u"groupId").toString();
    c.topology = parseTopology(json.value(u"clusterType").toString()).value_or(Topology::ReplicaSet);
    const QJsonArray specs = json.value(u"replicationSpecs").toArray();
    c.shardCount = c.isSharded() ? std::max<int>(int(specs.size()), 1) : 1;
    const QJsonObject region = specs.first().toObject().value(u"regionConfigs").toArray().first().toObject();
    c.provider = providerOf(region);
    const QString size = region.value(u"electableSpecs").toObject().value(u"instanceSize").toString();
    c.tier = Tier::parse(size).value_or(Tier());
    c.version = versionOf(json, u"mongoDBVersion");
    // Atlas reports an expiry only when the FCV is pinned below the binary's version.
    if (json.contains(u"featureCompatibilityVersionExpirationDate"))
        c.fcvPinned = MongoVersion::parse(json.value(u"featureCompatibilityVersion").toString());
    c.paused = json.value(u"paused").toBool();
    c.encryptionAtRest = parseEncryptionProvider(json.value(u"encryptionAtRestProvider").toString())
                                 .value_or(EncryptionProvider::None);
    const bool backup = json.value(u"backupEnabled").toBool();
    c.pitEnabled = backup && json.value(u"pitEnabled").toBool();
    if (c.tier.isFree())
        c.backupKind = BackupKind::None;
    else if (c.tier.isShared())
        c.backupKind = BackupKind::SharedDaily;
    else
        c.backupKind = !backup ? BackupKind::None
                : c.pitEnabled ? BackupKind::CloudContinuous
                               : BackupKind::Cloud;
    return c;
}

Cluster flexClusterFromJson(const QJsonObject &json)
{
    Cluster c;
    c.id = json.value(u"id").toString();
    c.name = json.value(u"name").toString();
    c.projectId = json.value(u"groupId").toString();
    c.tier = *Tier::parse(u"FLEX");
    c.provider = providerOf(json.value(u"providerSettings").toObject());
    c.version = versionOf(json, u"mongoDBVersion");
    c.backupKind = BackupKind::Flex; // Atlas backs up every Flex cluster; it cannot be turned off
    return c;
}

Cluster serverlessFromJson(const QJsonObject &json)
{
    Cluster c;
    c.id = json.value(u"id").toString();
    c.name = json.value(u"name").toString();
    c.projectId = json.value(u"groupId").toString();
    c.tier = *Tier::parse(u"SERVERLESS");
    c.provider = providerOf(json.value(u"providerSettings").toObject());
    c.version = versionOf(json, u"mongoDBVersion");
    const bool continuous = json.value(u"serverlessBackupOptions")
                                    .toObject()
                                    .value(u"serverlessContinuousBackupEnabled")
                                    .toBool();
    c.backupKind = continuous ? BackupKind::ServerlessContinuous : BackupKind::ServerlessBasic;
    c.pitEnabled = continuous;
    return c;
}

RoleBook rolesFromSystemStatus(const QJsonObject &json)
{
    RoleBook roles;
    const QJsonArray grants = json.value(u"apiKey").toObject().value(u"roles").toArray();
    for (const QJsonValue &grant : grants) {
        const QJsonObject g = grant.toObject();
        const QString scope
                = g.contains(u"groupId") ? g.value(u"groupId").toString() : g.value(u"orgId").toString();
        roles.grant(scope, g.value(u"roleName").toString());
    }
    return roles;
}

void addServiceAccountRoles(const QJsonObject &json, const QString &projectId, RoleBook &roles)
{
    for (const QJsonValue &role : json.value(u"roles").toArray())
        roles.grant(projectId, role.toString());
}

} // namespace snapline
