#pragma once

// What the report suites share: an RFC 4180 parser and a JSON Schema
// validator written here (so the writers are checked by code that does not
// share theirs), and a small catalog with a history whose coverage figures
// were worked out by hand.
#include "catalog/catalog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace snapline::test {

// A strict RFC 4180 reading: CRLF after every record, quoted fields with
// doubled quotes, no bare CR or LF outside quotes, no quote inside an
// unquoted field. `error` says where it went wrong.
struct CsvTable
{
    QList<QStringList> records;
    QString error;

    bool ok() const { return error.isEmpty(); }
};
CsvTable parseCsv(const QByteArray &bytes);

// Validates `value` against a JSON Schema (2020-12) using only: $ref to
// "#/$defs/…", type (string or list), const, enum, pattern, minimum,
// required, properties, additionalProperties, items; $schema, $id, title,
// description, $defs and format are annotations. Any other keyword in the
// schema is itself reported, so the schema cannot outgrow the validator.
QStringList validateJson(const QJsonValue &value, const QJsonObject &schema);

QString sourcePath(const QString &relative); // a file of the source tree
// A list of UTF-8 literals, for expected CSV records and names.
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
QByteArray readFile(const QString &path);

// The hand-worked history (see report_test_support.cpp): organization
// "Org", project "Payments" with clusters "ledger" (continuous, a PIT gap)
// and "archive" (daily only), read by the catalog at kNow.
struct SmallHistory
{
    static const QString kOrgId;
    static const QString kProjectId;
    static QDateTime now();  // 2026-11-20T12:00:00Z
    static QDateTime from(); // 2026-11-18T00:00:00Z
    static QDateTime to();   // 2026-11-20T00:00:00Z
    static QDateTime at(const char *iso);
    // Writes the history into a new catalog file at `path`.
    static Status write(const QString &path);
};

} // namespace snapline::test
