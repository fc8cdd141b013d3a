#include "handlers/cluster_json.h"

#include "handlers/json_render.h"

#include <QJsonArray>

namespace snapline::sandbox {

namespace {

QString majorVersion(const QString &version)
{
    return version.section(u'.', 0, 1);
}

QString clusterPath(const ClusterRow &c, const char *collection)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/%2/%3")
            .arg(c.projectId, QString::fromLatin1(collection), c.name);
}

QJsonObject connectionStrings(const ClusterRow &c)
{
    const QString host = QStringLiteral("%1.%2.mongodb.net").arg(c.name, c.id.left(5));
    return {{QStringLiteral("standard"), QStringLiteral("mongodb://%1:27017").arg(host)},
            {QStringLiteral("standardSrv"), QStringLiteral("mongodb+srv://%1").arg(host)}};
}

} // namespace

QJsonObject clusterJson(const ApiRequest &request, const ClusterRow &c)
{
    const bool tenant = c.kind == u"tenant";
    QJsonObject electable{{QStringLiteral("instanceSize"), c.tier}};
    QJsonObject region{{QStringLiteral("providerName"), tenant ? QStringLiteral("TENANT") : c.provider},
                       {QStringLiteral("regionName"), c.region},
                       {QStringLiteral("priority"), 7}};
    if (tenant) {
        region.insert(QStringLiteral("backingProviderName"), c.provider);
        electable.insert(QStringLiteral("effectiveInstanceSize"), c.tier);
    } else {
        electable.insert(QStringLiteral("nodeCount"), 3);
        electable.insert(QStringLiteral("diskSizeGB"), c.diskGb);
    }
    region.insert(QStringLiteral("electableSpecs"), electable);
    QJsonArray specs;
    for (int shard = 0; shard < std::max(c.shardCount, 1); ++shard) {
        specs.append(QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("%1%2").arg(c.id.left(20)).arg(shard, 4, 16, QLatin1Char('0'))},
                {QStringLiteral("zoneId"), QStringLiteral("%1%2").arg(c.id.left(22), QStringLiteral("ff"))},
                {QStringLiteral("zoneName"), QStringLiteral("Zone 1")},
                {QStringLiteral("regionConfigs"), QJsonArray{region}}});
    }
    const bool rapid = !c.mongoVersion.section(u'.', 1, 1).startsWith(u'0');
    QJsonObject out{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("groupId"), c.projectId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("createDate"), isoTime(c.created)},
            {QStringLiteral("clusterType"),
             c.topology == u"SHARDED" ? QStringLiteral("SHARDED") : QStringLiteral("REPLICASET")},
            {QStringLiteral("mongoDBMajorVersion"), majorVersion(c.mongoVersion)},
            {QStringLiteral("mongoDBVersion"), c.mongoVersion},
            {QStringLiteral("versionReleaseSystem"),
             rapid ? QStringLiteral("CONTINUOUS") : QStringLiteral("LTS")},
            {QStringLiteral("featureCompatibilityVersion"),
             c.fcvPinned.isEmpty() ? majorVersion(c.mongoVersion) : c.fcvPinned},
            {QStringLiteral("stateName"), c.state},
            {QStringLiteral("paused"), c.paused},
            {QStringLiteral("backupEnabled"), c.backupEnabled},
            {QStringLiteral("pitEnabled"), c.pitEnabled},
            {QStringLiteral("encryptionAtRestProvider"), c.encryption},
            {QStringLiteral("terminationProtectionEnabled"), false},
            {QStringLiteral("replicationSpecs"), specs},
            {QStringLiteral("connectionStrings"), connectionStrings(c)},
            {QStringLiteral("links"), selfLinks(request, clusterPath(c, "clusters"))},
    };
    if (!c.fcvPinned.isEmpty()) {
        // A pinned FCV expires; Atlas shows when.
        out.insert(QStringLiteral("featureCompatibilityVersionExpirationDate"),
                   isoTime(c.created + 400 * 86400));
    }
    return out;
}

QJsonObject flexClusterJson(const ApiRequest &request, const ClusterRow &c)
{
    return {
            {QStringLiteral("id"), c.id},
            {QStringLiteral("groupId"), c.projectId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("createDate"), isoTime(c.created)},
            {QStringLiteral("mongoDBVersion"), c.mongoVersion},
            {QStringLiteral("clusterType"), QStringLiteral("REPLICASET")},
            {QStringLiteral("stateName"), c.state},
            {QStringLiteral("versionReleaseSystem"), QStringLiteral("LTS")},
            {QStringLiteral("backupSettings"), QJsonObject{{QStringLiteral("enabled"), true}}},
            {QStringLiteral("providerSettings"),
             QJsonObject{{QStringLiteral("providerName"), QStringLiteral("FLEX")},
                         {QStringLiteral("backingProviderName"), c.provider},
                         {QStringLiteral("regionName"), c.region},
                         {QStringLiteral("diskSizeGB"), 5}}},
            {QStringLiteral("connectionStrings"),
             QJsonObject{{QStringLiteral("standardSrv"), connectionStrings(c).value(u"standardSrv")}}},
            {QStringLiteral("terminationProtectionEnabled"), false},
            {QStringLiteral("links"), selfLinks(request, clusterPath(c, "flexClusters"))},
    };
}

QJsonObject serverlessJson(const ApiRequest &request, const ClusterRow &c)
{
    return {
            {QStringLiteral("id"), c.id},
            {QStringLiteral("groupId"), c.projectId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("createDate"), isoTime(c.created)},
            {QStringLiteral("mongoDBVersion"), c.mongoVersion},
            {QStringLiteral("stateName"), c.state},
            {QStringLiteral("providerSettings"),
             QJsonObject{{QStringLiteral("providerName"), QStringLiteral("SERVERLESS")},
                         {QStringLiteral("backingProviderName"), c.provider},
                         {QStringLiteral("regionName"), c.region}}},
            {QStringLiteral("serverlessBackupOptions"),
             QJsonObject{{QStringLiteral("serverlessContinuousBackupEnabled"),
                          c.backupKind == u"serverlessContinuous"}}},
            {QStringLiteral("connectionStrings"),
             QJsonObject{{QStringLiteral("standardSrv"), connectionStrings(c).value(u"standardSrv")}}},
            {QStringLiteral("terminationProtectionEnabled"), false},
            {QStringLiteral("links"), selfLinks(request, clusterPath(c, "serverless"))},
    };
}

} // namespace snapline::sandbox
