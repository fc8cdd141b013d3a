#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace snapline {

// The exact values behind the console's short ones, for tooltips and
// screen readers: where a cell says "9.0 GB", "3 h ago" or "1 h 20 min",
// its tooltip says "9,000,000,000 bytes", the moment to the second in UTC
// and in local time, and the duration to the second.
class ExactText
{
    Q_DECLARE_TR_FUNCTIONS(ExactText)

public:
    // "9,000,000,000 bytes", grouped as `locale` groups digits.
    static QString bytes(qint64 bytes, const QLocale &locale = QLocale());
    // "9.0 GB (9,000,000,000 bytes)": the short size with the exact one ("512 bytes" alone).
    static QString size(qint64 bytes, const QLocale &locale = QLocale());
    // "2026-11-24 12:00:05 UTC (2026-11-24 17:30:05 local time)"; empty when invalid.
    static QString moment(const QDateTime &moment);
    // The moment and how far it is from now: "…UTC (… local time), 3 h ago".
    static QString momentAndAge(const QDateTime &moment, const QDateTime &now);
    // "2 d 3 h 4 min 5 s", every unit down to the second; "0 s" for nothing.
    static QString duration(qint64 seconds);
};

} // namespace snapline
