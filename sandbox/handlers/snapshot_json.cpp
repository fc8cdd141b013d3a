#include "handlers/snapshot_json.h"

#include "handlers/event_handlers.h"
#include "handlers/json_render.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace snapline::sandbox {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString replicaSetName(const ClusterRow &cluster, int shard)
{
    return QStringLiteral("atlas-%1-shard-%2").arg(cluster.id.right(6)).arg(shard);
}

QString configServerName(const ClusterRow &cluster)
{
    return QStringLiteral("atlas-%1-config-0").arg(cluster.id.right(6));
}

QString masterKeyUuid(const ClusterRow &cluster)
{
    const QByteArray hash = QCryptographicHash::hash(cluster.id.toUtf8(), QCryptographicHash::Sha1);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

bool isShardedSnapshot(const SnapshotRow &snapshot)
{
    return snapshot.topology == u"shardedCluster";
}

QString backupPath(const ClusterRow &cluster)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup").arg(cluster.projectId, cluster.name);
}

QJsonObject snapshotJson(const ApiRequest &request, const ClusterRow &cluster, const SnapshotRow &s)
{
    const bool sharded = isShardedSnapshot(s);
    QJsonObject out{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("createdAt"), isoTime(s.created)},
            {QStringLiteral("expiresAt"), isoTime(s.expires)},
            {QStringLiteral("snapshotType"), s.origin},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("type"),
             sharded ? QStringLiteral("shardedCluster") : QStringLiteral("replicaSet")},
            {QStringLiteral("mongodVersion"), s.mongodVersion},
            {QStringLiteral("storageSizeBytes"), s.sizeBytes},
            {QStringLiteral("policyItems"), strings(s.policyItemIds)},
    };
    // The contract's frequencyType enum has no "ondemand"; on-demand snapshots are told apart by
    // snapshotType.
    if (s.frequency != u"ondemand")
        out.insert(QStringLiteral("frequencyType"), s.frequency);
    if (s.origin == u"onDemand")
        out.insert(QStringLiteral("description"), s.description);
    if (cluster.encryption != u"NONE")
        out.insert(QStringLiteral("masterKeyUUID"), masterKeyUuid(cluster));
    const QString path = sharded
            ? QStringLiteral("%1/snapshots/shardedCluster/%2").arg(backupPath(cluster), s.id)
            : QStringLiteral("%1/snapshots/%2").arg(backupPath(cluster), s.id);
    out.insert(QStringLiteral("links"), selfLinks(request, path));
    if (!sharded) {
        out.insert(QStringLiteral("cloudProvider"), cluster.provider);
        out.insert(QStringLiteral("copyRegions"), strings(s.copyRegions));
        out.insert(QStringLiteral("replicaSetName"), replicaSetName(cluster, 0));
        return out;
    }
    // One member snapshot per shard, then the config server's.
    QJsonArray members;
    for (qsizetype i = 0; i < s.memberIds.size(); ++i) {
        const bool config = i == s.memberIds.size() - 1;
        members.append(QJsonObject{{QStringLiteral("cloudProvider"), cluster.provider},
                                   {QStringLiteral("id"), s.memberIds[i]},
                                   {QStringLiteral("replicaSetName"),
                                    config ? configServerName(cluster) : replicaSetName(cluster, int(i))}});
    }
    out.insert(QStringLiteral("members"), members);
    out.insert(QStringLiteral("snapshotIds"), strings(s.memberIds));
    out.insert(QStringLiteral("configServerType"), QStringLiteral("DEDICATED"));
    return out;
}

bool appendEvent(SandboxContext &context, const Caller &caller, const QString &projectId,
                 const QString &clusterName, const QString &type, const QJsonObject &extra)
{
    // Who did it, the way Atlas names an API key or a service account.
    QJsonObject who = extra;
    const CredentialRow &credential = caller.credential();
    if (credential.kind == u"apiKey") {
        who.insert(QStringLiteral("publicKey"), credential.id);
        who.insert(
                QStringLiteral("apiKeyId"),
                QString::fromLatin1(QCryptographicHash::hash(credential.id.toUtf8(), QCryptographicHash::Sha1)
                                            .toHex()
                                            .left(24)));
    } else if (!credential.id.isEmpty()) {
        who.insert(QStringLiteral("userId"), credential.id);
    }
    return recordEvent(context, projectId, clusterName, type, context.now(), who);
}

} // namespace snapline::sandbox
