#pragma once

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace snapline::sandbox {

// A page of snapshot rows read as UTF-8 text, for the list answers that write them out as JSON
// at once: no QVariant, QString or SnapshotRow per column and row. It reads through SQLite's own
// API on the store's connection when that is sound (see SandboxStore::open), else through QSqlQuery.
class SnapshotCursor
{
public:
    // In the order of snapshotColumns().
    enum Column {
        Id,
        ClusterId,
        Created,
        Expires,
        Frequency,
        Origin,
        Status,
        SizeBytes,
        MongodVersion,
        Topology,
        Members,
        CopyRegions,
        Description,
        PolicyItems,
        ColumnCount
    };

    SnapshotCursor(SnapshotCursor &&other) noexcept;
    SnapshotCursor &operator=(SnapshotCursor &&) = delete;
    ~SnapshotCursor();

    // Moves to the next row; false at the end or on an error.
    bool next();
    // Valid until next(); NULL reads as empty, as it does through QSqlQuery.
    QByteArrayView text(Column column) const;
    qint64 integer(Column column) const;
    // Set when the query could not run.
    const QString &error() const { return m_error; }

private:
    friend class SandboxStore;
    SnapshotCursor() = default;
    // Runs `sql` with `bindings` (text or integers) on `handle`, or on `db` when `handle` is null.
    static SnapshotCursor open(sqlite3 *handle, const QSqlDatabase &db, const QString &sql,
                               const QVariantList &bindings);

    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    std::array<QByteArray, ColumnCount> m_texts; // the QSqlQuery row, as UTF-8
    QString m_error;
};

// Qt's SQLite connection handle when this code shares Qt's SQLite library, else nullptr.
sqlite3 *sharedSqliteHandle(const QSqlDatabase &db);

} // namespace snapline::sandbox
