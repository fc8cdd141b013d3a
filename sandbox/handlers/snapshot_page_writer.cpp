#include "handlers/snapshot_page_writer.h"

#include "handlers/snapshot_json.h"

#include <charconv>

namespace snapline::sandbox {

namespace {

using Column = SnapshotCursor::Column;

// A JSON string still open at the end, for a tail to complete.
QByteArray opened(const QString &text)
{
    return '"' + JsonWriter::escaped(text);
}

QByteArray quoted(const QString &text)
{
    return opened(text) + '"';
}

// The self link's href as selfLinks() builds it, open for the snapshot id that ends the path.
QByteArray openedHref(const ApiRequest &request, const QString &path)
{
    QUrl url = request.url;
    url.setPath(path);
    url.setQuery(QString());
    return opened(url.toString());
}

// Calls `each(part, isLast)` for the parts of a comma-joined list column, split as the store splits it:
// empty is no parts, else every part counts, empty ones too.
template<typename Each>
void forEachPart(QByteArrayView joined, Each each)
{
    for (qsizetype start = 0; !joined.isEmpty();) {
        const qsizetype comma = joined.indexOf(',', start);
        each(joined.sliced(start, (comma < 0 ? joined.size() : comma) - start), comma < 0);
        if (comma < 0)
            break;
        start = comma + 1;
    }
}

void writeList(JsonWriter &json, QByteArrayView joined)
{
    json.beginArray();
    forEachPart(joined, [&](QByteArrayView part, bool) { json.utf8String(part); });
    json.endArray();
}

} // namespace

SnapshotPageWriter::SnapshotPageWriter(const ApiRequest &request, const ClusterRow &cluster)
    : m_provider(quoted(cluster.provider))
    , m_replicaSetName(quoted(replicaSetName(cluster, 0)))
    , m_configServer(quoted(configServerName(cluster)))
    , m_masterKeyUuid(cluster.encryption != u"NONE" ? quoted(masterKeyUuid(cluster)) : QByteArray())
    , m_replicaSetHref(openedHref(request, backupPath(cluster) + u"/snapshots/"))
    , m_shardedHref(openedHref(request, backupPath(cluster) + u"/snapshots/shardedCluster/"))
    , m_shardPrefix(opened(replicaSetName(cluster, 0).chopped(1)))
{}

void SnapshotPageWriter::writeMembers(JsonWriter &json, QByteArrayView memberIds) const
{
    // One member snapshot per shard, then the config server's.
    json.beginArray();
    int shard = 0;
    forEachPart(memberIds, [&](QByteArrayView id, bool configServer) {
        json.beginObject();
        json.key("cloudProvider");
        json.raw(m_provider);
        json.key("id");
        json.utf8String(id);
        json.key("replicaSetName");
        if (configServer) {
            json.raw(m_configServer);
        } else {
            char digits[12];
            const char *end = std::to_chars(digits, digits + sizeof digits, shard++).ptr;
            json.utf8String(m_shardPrefix, QByteArrayView(digits, end - digits));
        }
        json.endObject();
    });
    json.endArray();
}

void SnapshotPageWriter::write(JsonWriter &json, const SnapshotCursor &row) const
{
    // Keys in QJsonObject's order (sorted by code unit), the order snapshotJson() serializes in.
    const bool sharded = row.text(Column::Topology) == "shardedCluster";
    const QByteArrayView id = row.text(Column::Id);
    const QByteArrayView origin = row.text(Column::Origin);
    json.beginObject();
    if (sharded) {
        json.key("configServerType");
        json.raw("\"DEDICATED\"");
    } else {
        json.key("cloudProvider");
        json.raw(m_provider);
        json.key("copyRegions");
        writeList(json, row.text(Column::CopyRegions));
    }
    json.key("createdAt");
    json.isoTime(row.integer(Column::Created));
    if (origin == "onDemand") {
        json.key("description");
        json.utf8String(row.text(Column::Description));
    }
    json.key("expiresAt");
    json.isoTime(row.integer(Column::Expires));
    // The contract's frequencyType enum has no "ondemand"; on-demand snapshots are told apart by
    // snapshotType.
    if (row.text(Column::Frequency) != "ondemand") {
        json.key("frequencyType");
        json.utf8String(row.text(Column::Frequency));
    }
    json.key("id");
    json.utf8String(id);
    json.key("links");
    json.beginArray();
    json.beginObject();
    json.key("href");
    json.utf8String(sharded ? m_shardedHref : m_replicaSetHref, id);
    json.key("rel");
    json.raw("\"self\"");
    json.endObject();
    json.endArray();
    if (!m_masterKeyUuid.isEmpty()) {
        json.key("masterKeyUUID");
        json.raw(m_masterKeyUuid);
    }
    if (sharded) {
        json.key("members");
        writeMembers(json, row.text(Column::Members));
    }
    json.key("mongodVersion");
    json.utf8String(row.text(Column::MongodVersion));
    json.key("policyItems");
    writeList(json, row.text(Column::PolicyItems));
    if (sharded) {
        json.key("snapshotIds");
        writeList(json, row.text(Column::Members));
    } else {
        json.key("replicaSetName");
        json.raw(m_replicaSetName);
    }
    json.key("snapshotType");
    json.utf8String(origin);
    json.key("status");
    json.utf8String(row.text(Column::Status));
    json.key("storageSizeBytes");
    json.number(row.integer(Column::SizeBytes));
    json.key("type");
    json.raw(sharded ? "\"shardedCluster\"" : "\"replicaSet\"");
    json.endObject();
}

} // namespace snapline::sandbox
