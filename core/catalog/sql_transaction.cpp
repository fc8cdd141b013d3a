#include "catalog/sql_transaction.h"

#include <sqlite3.h>

namespace snapline {

SqlTransaction::SqlTransaction(sqlite3 *db)
    : m_db(db)
    , m_begin(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr))
    , m_open(m_begin == SQLITE_OK)
{}

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

int SqlTransaction::commit()
{
    if (!m_open)
        return m_begin != SQLITE_OK ? m_begin : SQLITE_MISUSE;
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        m_open = false;
    return rc;
}

} // namespace snapline
