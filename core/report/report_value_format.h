#pragma once

#include "report/report_document.h"

#include <QByteArray>
#include <QVariant>

namespace snapline {

// How CSV and JSON spell a report's values: for programs, the same in every
// locale. Integers, bytes and durations (seconds) as whole numbers; numbers
// and percents (0–100) in the shortest decimal form that reads back exactly;
// times in UTC as ISO 8601 with a Z ("2026-11-24T18:00:00Z", milliseconds
// only when there are some); booleans as true and false; no value as an
// empty field (CSV) or null (JSON). Text may also come as a QByteArray of
// UTF-8, which is written as it is.
class ReportValueFormat
{
public:
    // The value as text, without any quoting.
    static void appendPlain(QByteArray &out, const QVariant &value, ReportColumn::Type type);
    // The value as a JSON value (a number, a string, true/false or null).
    static void appendJson(QByteArray &out, const QVariant &value, ReportColumn::Type type);
    // A JSON string literal, quoted and escaped.
    static void appendJsonString(QByteArray &out, QStringView text);
    static void appendJsonString(QByteArray &out, const QByteArray &utf8);
    // "2026-11-24T18:00:00Z", computed without QDateTime's formatting (a
    // report writes two per snapshot, a million snapshots at a time).
    static void appendIsoTime(QByteArray &out, qint64 msecsSinceEpoch);
    static QByteArray isoTime(const QDateTime &moment);
};

} // namespace snapline
