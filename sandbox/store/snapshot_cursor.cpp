#include "store/snapshot_cursor.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace snapline::sandbox {

sqlite3 *sharedSqliteHandle(const QSqlDatabase &db)
{
    // Qt documents QSqlDriver::handle() for calling SQLite directly; that is sound only when this
    // code links the very SQLite library Qt's driver uses (true of a system Qt on a system SQLite).
    // A different version proves a separate copy: then only QSqlQuery is used.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_source_id()")) || !version.next())
        return nullptr;
    if (version.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SnapshotCursor SnapshotCursor::open(sqlite3 *handle, const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &bindings)
{
    SnapshotCursor cursor;
    if (!handle) {
        cursor.m_query = std::make_unique<QSqlQuery>(db);
        cursor.m_query->setForwardOnly(true);
        cursor.m_query->prepare(sql);
        for (const QVariant &value : bindings)
            cursor.m_query->addBindValue(value);
        if (!cursor.m_query->exec())
            cursor.m_error = cursor.m_query->lastError().text();
        return cursor;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &cursor.m_statement, nullptr)
        != SQLITE_OK) {
        cursor.m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        return cursor;
    }
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(cursor.m_statement, i + 1, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(cursor.m_statement, i + 1, value.toLongLong());
        }
    }
    return cursor;
}

SnapshotCursor::SnapshotCursor(SnapshotCursor &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_query(std::move(other.m_query))
    , m_texts(std::move(other.m_texts))
    , m_error(std::move(other.m_error))
{}

SnapshotCursor::~SnapshotCursor()
{
    sqlite3_finalize(m_statement);
}

bool SnapshotCursor::next()
{
    if (!m_error.isEmpty())
        return false;
    if (m_statement) {
        const int step = sqlite3_step(m_statement);
        if (step != SQLITE_ROW && step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return step == SQLITE_ROW;
    }
    if (!m_query || !m_query->next())
        return false;
    for (int column = 0; column < ColumnCount; ++column)
        m_texts[column] = m_query->value(column).toString().toUtf8();
    return true;
}

QByteArrayView SnapshotCursor::text(Column column) const
{
    if (!m_statement)
        return m_texts[column];
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(chars, chars ? sqlite3_column_bytes(m_statement, column) : 0);
}

qint64 SnapshotCursor::integer(Column column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_texts[column].toLongLong();
}

} // namespace snapline::sandbox
