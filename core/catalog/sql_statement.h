#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringEncoder>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace snapline {

// A prepared statement that lives as long as its connection, so a page of
// rows pays for parsing once. Text is bound from reused UTF-8 buffers instead
// of a fresh copy per value; a statement that failed to prepare fails every
// step() with the preparation error, so callers check one place.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Parameters are numbered from 1, as in the SQL (?1, ?2 …).
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindInt(int index, int value) { bindInt64(index, value); }
    void bindBool(int index, bool value) { bindInt64(index, value ? 1 : 0); }
    void bindText(int index, QStringView text); // a null string binds '': NOT NULL columns stay simple
    // Bytes that outlive the step (static tables, the caller's buffers).
    void bindStaticUtf8(int index, QByteArrayView utf8);
    void bindUtf8(int index, const QByteArray &utf8); // empty binds NULL
    void bindTime(int index, const QDateTime &time);  // ms since the epoch; NULL when invalid
    void bindOptionalInt64(int index, std::optional<qint64> value);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready for the next set of parameters; keeps the compiled statement.
    void reset();

    // Columns are numbered from 0.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    QDateTime time(int column) const; // invalid when NULL
    std::optional<qint64> optionalInt64(int column) const;

private:
    QByteArray *buffer(int index);

    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareError = 0;
    std::vector<QByteArray> m_buffers; // one per parameter, reused across rows
    QStringEncoder m_encoder;
};

} // namespace snapline
