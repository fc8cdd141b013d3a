#pragma once

struct sqlite3;

namespace snapline {

// BEGIN IMMEDIATE … COMMIT around one write, rolled back unless committed.
// IMMEDIATE takes the write lock up front, so a second writer waits on
// busy_timeout instead of failing halfway through a page.
class SqlTransaction
{
public:
    explicit SqlTransaction(sqlite3 *db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    int beginResult() const { return m_begin; } // SQLITE_OK when the transaction is open
    int commit();                               // SQLITE_OK or the error; rolled back on error

private:
    sqlite3 *m_db;
    int m_begin;
    bool m_open = false;
};

} // namespace snapline
