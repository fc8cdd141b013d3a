#include "atlas/atlas_time.h"

namespace snapline {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

template<typename View>
bool digits(View text, qsizetype at, int count, int &out)
{
    if (at + count > text.size())
        return false;
    out = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(text[at + i]);
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + (c - u'0');
    }
    return true;
}

// One parser for both the QString and the raw-byte forms of a timestamp.
template<typename View>
std::optional<qint64> parseTime(View text)
{
    const auto is = [&](qsizetype at, char16_t c) { return at < text.size() && unit(text[at]) == c; };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 19 || !is(4, u'-') || !digits(text, 5, 2, month)
        || !is(7, u'-') || !digits(text, 8, 2, day) || (!is(10, u'T') && !is(10, u' '))
        || !digits(text, 11, 2, hour) || !is(13, u':') || !digits(text, 14, 2, minute) || !is(16, u':')
        || !digits(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype at = 19;
    int millis = 0;
    if (is(at, u'.')) {
        int scale = 100;
        for (++at; at < text.size() && unit(text[at]) >= u'0' && unit(text[at]) <= u'9'; ++at) {
            millis += (unit(text[at]) - u'0') * scale;
            scale /= 10;
        }
    }
    qint64 offsetSeconds = 0;
    if (is(at, u'+') || is(at, u'-')) {
        int oh = 0, om = 0;
        if (!digits(text, at + 1, 2, oh))
            return std::nullopt;
        const qsizetype minutesAt = is(at + 3, u':') ? at + 4 : at + 3;
        if (minutesAt < text.size() && !digits(text, minutesAt, 2, om))
            return std::nullopt;
        offsetSeconds = (is(at, u'+') ? 1 : -1) * (oh * 3600 + om * 60);
        at = text.size();
    } else if (is(at, u'Z') || is(at, u'z')) {
        ++at;
    }
    if (at != text.size())
        return std::nullopt;
    const qint64 seconds
            = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}

} // namespace

std::optional<qint64> parseAtlasTimeMs(QStringView text)
{
    return parseTime(text);
}

std::optional<qint64> parseAtlasTimeMs(QByteArrayView text)
{
    return parseTime(text);
}

QDateTime atlasTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const auto ms = parseAtlasTimeMs(value.toString());
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QString formatAtlasTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace snapline
