#include "catalog/sql_statement.h"

#include <sqlite3.h>

namespace snapline {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
    : m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    m_prepareError = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_stmt)
        m_buffers.resize(std::size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

QByteArray *SqlStatement::buffer(int index)
{
    if (index <= 0 || std::size_t(index) >= m_buffers.size())
        return nullptr;
    return &m_buffers[std::size_t(index)];
}

void SqlStatement::bindText(int index, QStringView text)
{
    QByteArray *bytes = buffer(index);
    if (!bytes)
        return;
    // UTF-8 never needs more than three bytes per UTF-16 unit.
    bytes->resize(text.size() * 3 + 1);
    const char *end = m_encoder.appendToBuffer(bytes->data(), text);
    const auto length = sqlite3_uint64(end - bytes->constData());
    sqlite3_bind_text64(m_stmt, index, bytes->constData(), length, SQLITE_STATIC, SQLITE_UTF8);
}

void SqlStatement::bindStaticUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqlStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    QByteArray *kept = buffer(index);
    if (!kept)
        return;
    *kept = utf8; // shares the data and keeps it alive until the next bind
    bindStaticUtf8(index, *kept);
}

void SqlStatement::bindTime(int index, const QDateTime &time)
{
    if (time.isValid())
        sqlite3_bind_int64(m_stmt, index, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindOptionalInt64(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

int SqlStatement::step()
{
    if (!m_stmt)
        return m_prepareError != SQLITE_OK ? m_prepareError : SQLITE_MISUSE;
    return sqlite3_step(m_stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int SqlStatement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

QByteArrayView SqlStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return {text, sqlite3_column_bytes(m_stmt, column)};
}

QString SqlStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(utf8(column));
}

QDateTime SqlStatement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

std::optional<qint64> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace snapline
