#include "raw_sqlite.h"

#include <QFile>

#include <sqlite3.h>

RawSqlite::RawSqlite(const QString &path)
{
    sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    nullptr);
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

bool RawSqlite::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QList<QStringList> RawSqlite::rows(const char *sql)
{
    QList<QStringList> out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            row << (text ? QString::fromUtf8(text) : QString());
        }
        out << row;
    }
    sqlite3_finalize(stmt);
    return out;
}

QStringList RawSqlite::columns(const QString &table)
{
    QStringList out;
    const QByteArray sql = "SELECT name FROM pragma_table_info('" + table.toUtf8() + "') ORDER BY cid";
    for (const QStringList &row : rows(sql.constData()))
        out << row.value(0);
    return out;
}

int RawSqlite::userVersion()
{
    return rows("PRAGMA user_version").value(0).value(0).toInt();
}
