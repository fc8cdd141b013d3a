// Writing snapshot pages: the one write that runs hundreds of times per sync.
#include "catalog/catalog.h"
#include "catalog/catalog_rows.h"
#include "catalog/enum_columns.h"
#include "catalog/record_json.h"
#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

namespace {

constexpr int kColumns = 15;
// Rows go in as multi-row INSERTs: SQLite's per-statement work (opening the
// b-trees, the statement journal an upsert needs) then happens once per
// hundred rows instead of once per row, which was a third of a page's cost.
constexpr int kBatchRows = 100;

constexpr const char kInsertInto[]
        = "INSERT INTO snapshots (cluster_key, created_at, id, expires_at, frequency, origin, status, "
          "storage_bytes, mongod_version, fcv_pinned, topology, shard_count, member_ids, copy_regions, "
          "description) VALUES ";

// By id, the one key Atlas keeps stable. Rows whose values did not change are
// not rewritten: re-reading a listing then dirties no pages.
constexpr const char kOnConflict[]
        = " ON CONFLICT (cluster_key, id) DO UPDATE SET created_at = excluded.created_at, expires_at = "
          "excluded.expires_at, frequency = excluded.frequency, origin = excluded.origin, status = "
          "excluded.status, storage_bytes = excluded.storage_bytes, mongod_version = "
          "excluded.mongod_version, fcv_pinned = excluded.fcv_pinned, topology = excluded.topology, "
          "shard_count = excluded.shard_count, member_ids = excluded.member_ids, copy_regions = "
          "excluded.copy_regions, description = excluded.description WHERE (snapshots.created_at, "
          "snapshots.expires_at, snapshots.frequency, snapshots.origin, snapshots.status, "
          "snapshots.storage_bytes, snapshots.mongod_version, snapshots.fcv_pinned, snapshots.topology, "
          "snapshots.shard_count, snapshots.member_ids, snapshots.copy_regions, snapshots.description) IS "
          "NOT (excluded.created_at, excluded.expires_at, excluded.frequency, excluded.origin, "
          "excluded.status, excluded.storage_bytes, excluded.mongod_version, excluded.fcv_pinned, "
          "excluded.topology, excluded.shard_count, excluded.member_ids, excluded.copy_regions, "
          "excluded.description)";

constexpr const char kSnapshotIds[]
        = "SELECT id FROM snapshots WHERE cluster_key = (SELECT key FROM cluster_keys WHERE project_id = "
          "?1 AND cluster_name = ?2)";
constexpr const char kDeleteSnapshot[]
        = "DELETE FROM snapshots WHERE cluster_key = (SELECT key FROM cluster_keys WHERE project_id = ?1 "
          "AND cluster_name = ?2) AND id = ?3";

QByteArray upsertSql(int rows)
{
    QByteArray sql = kInsertInto;
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 1; column <= kColumns; ++column)
            sql += '?' + QByteArray::number(row * kColumns + column) + (column < kColumns ? ", " : ")");
    }
    return sql + kOnConflict;
}

// Built once; the statement cache keys on the address of the text.
const char *upsertOne()
{
    static const QByteArray sql = upsertSql(1);
    return sql.constData();
}

const char *upsertBatch()
{
    static const QByteArray sql = upsertSql(kBatchRows);
    return sql.constData();
}

// A page shares a handful of versions, and formatting one allocates; the
// last one's text is kept. Versions equal but spelled differently ("7.0" and
// "7.0.0") may take each other's spelling, which reads back equal.
class VersionText
{
public:
    QStringView of(const MongoVersion &version)
    {
        if (!m_valid || !(version == m_version)) {
            m_version = version;
            m_text = version.toString();
            m_valid = true;
        }
        return m_text;
    }

private:
    MongoVersion m_version;
    QString m_text;
    bool m_valid = false;
};

struct PageTexts
{
    VersionText mongod;
    VersionText fcv;
};

// Binds one snapshot to the parameters after `offset` (0 for the first row).
void bindSnapshot(SqlStatement &row, int offset, qint64 clusterKey, const Snapshot &snapshot,
                  PageTexts &texts)
{
    const qint64 created
            = snapshot.createdAt.isValid() ? snapshot.createdAt.toMSecsSinceEpoch() : kNoCreationTime;
    row.bindInt64(offset + 1, clusterKey);
    row.bindInt64(offset + 2, created);
    row.bindText(offset + 3, snapshot.id);
    row.bindTime(offset + 4, snapshot.expiresAt);
    row.bindStaticUtf8(offset + 5, frequencyColumn().name(snapshot.frequency));
    row.bindStaticUtf8(offset + 6, snapshotOriginColumn().name(snapshot.origin));
    row.bindStaticUtf8(offset + 7, snapshotStatusColumn().name(snapshot.status));
    row.bindInt64(offset + 8, snapshot.storageSizeBytes);
    row.bindText(offset + 9, texts.mongod.of(snapshot.mongodVersion));
    if (snapshot.fcvPinned)
        row.bindText(offset + 10, texts.fcv.of(*snapshot.fcvPinned));
    else
        row.bindNull(offset + 10);
    row.bindStaticUtf8(offset + 11, topologyColumn().name(snapshot.topology));
    row.bindInt(offset + 12, snapshot.shardCount);
    row.bindUtf8(offset + 13, stringListJson(snapshot.memberIds));
    row.bindUtf8(offset + 14, stringListJson(snapshot.copyRegions));
    row.bindText(offset + 15, snapshot.description);
}

} // namespace

Status Catalog::writeSnapshotPage(const QString &projectId, const QString &clusterName,
                                  const QList<Snapshot> &page)
{
    const QString doing = tr("store the snapshots of cluster %1").arg(clusterName);
    return transact(doing, [&]() -> Status {
        const auto key = clusterKey(projectId, clusterName);
        if (!key)
            return key.error();
        PageTexts texts;
        // Atlas lists newest first. Rows go in oldest first: both keys (time, and ids that grow with
        // it) then mostly append at the end of the cluster's range, where SQLite fills each b-tree
        // page instead of splitting pages in half; that is a quarter of an insert's cost.
        const bool newestFirst = page.size() > 1 && page.first().createdAt > page.last().createdAt;
        const auto oldestFirst = [&](qsizetype i) { return newestFirst ? page.size() - 1 - i : i; };
        qsizetype next = 0;
        while (next < page.size()) {
            const bool batch = page.size() - next >= kBatchRows;
            const int rows = batch ? kBatchRows : 1;
            SqlStatement &upsert = statement(batch ? upsertBatch() : upsertOne());
            for (int row = 0; row < rows; ++row)
                bindSnapshot(upsert, row * kColumns, *key, page.at(oldestFirst(next + row)), texts);
            if (upsert.step() != SQLITE_DONE)
                return sqlError(doing);
            upsert.reset();
            next += rows;
        }
        return Done{};
    });
}

Status Catalog::retainSnapshots(const QString &projectId, const QString &clusterName,
                                const QSet<QString> &keepIds)
{
    const QString doing = tr("remove deleted snapshots of cluster %1").arg(clusterName);
    return transact(doing, [&]() -> Status {
        return removeMissing(kSnapshotIds, {projectId, clusterName}, keepIds, [&](const QString &id) {
            return exec(kDeleteSnapshot, {projectId, clusterName, id}, doing);
        });
    });
}

} // namespace snapline
