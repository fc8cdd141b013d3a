#pragma once

#include "handlers/json_writer.h"
#include "http/api_exchange.h"
#include "store/records.h"
#include "store/snapshot_cursor.h"

namespace snapline::sandbox {

// Writes a cluster's Cloud Backup snapshots as bytes for the list endpoints: the JSON snapshotJson()
// gives, field for field and byte for byte, without a QJsonObject per snapshot, and with the
// cluster's parts (link prefixes, replica set names, encryption key id) worked out once per page.
class SnapshotPageWriter
{
public:
    SnapshotPageWriter(const ApiRequest &request, const ClusterRow &cluster);

    // Writes the cursor's current row.
    void write(JsonWriter &json, const SnapshotCursor &row) const;

private:
    void writeMembers(JsonWriter &json, QByteArrayView memberIds) const;

    // JSON strings, quoted and escaped once.
    QByteArray m_provider;
    QByteArray m_replicaSetName; // shard 0's: a replica set snapshot's
    QByteArray m_configServer;
    QByteArray m_masterKeyUuid; // empty when the cluster is not encrypted with a customer key
    // Unterminated JSON strings that the snapshot id or shard number completes.
    QByteArray m_replicaSetHref; // "\"https://…/backup/snapshots/"
    QByteArray m_shardedHref;    // "\"https://…/backup/snapshots/shardedCluster/"
    QByteArray m_shardPrefix;    // "\"atlas-<slug>-shard-"
};

} // namespace snapline::sandbox
