#include "handlers/iso_time.h"

#include <QDateTime>

#include <cstring>

namespace snapline::sandbox {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kYear10000 = 253402300800; // 10000-01-01T00:00:00Z

char *twoDigits(char *cursor, int value)
{
    *cursor++ = char('0' + value / 10);
    *cursor++ = char('0' + value % 10);
    return cursor;
}

} // namespace

IsoTimeText::IsoTimeText(qint64 secondsSinceEpoch)
{
    if (secondsSinceEpoch < 0 || secondsSinceEpoch >= kYear10000) {
        // Rare: let Qt decide how such years look.
        const QByteArray text
                = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate).toLatin1();
        m_size = std::min<qsizetype>(text.size(), sizeof m_chars);
        std::memcpy(m_chars, text.constData(), size_t(m_size));
        return;
    }
    // Days to a civil date: Howard Hinnant's days_from_civil inverse, for the proleptic Gregorian calendar.
    const qint64 z = secondsSinceEpoch / kDay + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int secondOfDay = int(secondsSinceEpoch % kDay);

    char *cursor = twoDigits(m_chars, year / 100);
    cursor = twoDigits(cursor, year % 100);
    *cursor++ = '-';
    cursor = twoDigits(cursor, month);
    *cursor++ = '-';
    cursor = twoDigits(cursor, day);
    *cursor++ = 'T';
    cursor = twoDigits(cursor, secondOfDay / 3600);
    *cursor++ = ':';
    cursor = twoDigits(cursor, secondOfDay / 60 % 60);
    *cursor++ = ':';
    cursor = twoDigits(cursor, secondOfDay % 60);
    *cursor++ = 'Z';
    m_size = cursor - m_chars;
}

} // namespace snapline::sandbox
