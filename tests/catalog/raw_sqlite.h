#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

// A plain SQLite connection to look at (or damage) a catalog file the way
// another program would, bypassing the Catalog class.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool exec(const char *sql);
    QList<QStringList> rows(const char *sql); // every value as text; NULL as a null QString
    QStringList columns(const QString &table);
    int userVersion();

private:
    sqlite3 *m_db = nullptr;
};
