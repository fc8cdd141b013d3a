#include "report/report_value_format.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <limits>

namespace snapline {

namespace {

bool isNumeric(ReportColumn::Type type)
{
    return type == ReportColumn::Type::Integer || type == ReportColumn::Type::Bytes
            || type == ReportColumn::Type::Duration || type == ReportColumn::Type::Number
            || type == ReportColumn::Type::Percent;
}

bool isWhole(ReportColumn::Type type)
{
    return type == ReportColumn::Type::Integer || type == ReportColumn::Type::Bytes
            || type == ReportColumn::Type::Duration;
}

// `value` (not negative) in decimal, at least `width` digits.
void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    while (n < width)
        digits[n++] = '0';
    const qsizetype at = out.size();
    out.resize(at + n);
    char *dst = out.data() + at;
    while (n > 0)
        *dst++ = digits[--n];
}

void appendInteger(QByteArray &out, qint64 value)
{
    if (value < 0) {
        if (value == std::numeric_limits<qint64>::min()) {
            out.append(QByteArray::number(value));
            return;
        }
        out.append('-');
        value = -value;
    }
    appendDigits(out, value, 1);
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yoe + era * 400 + (month <= 2 ? 1 : 0);
}

// The value is a number of the right kind, or none.
bool appendNumber(QByteArray &out, const QVariant &value, ReportColumn::Type type)
{
    bool ok = false;
    if (isWhole(type)) {
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            return false;
        appendInteger(out, n);
        return true;
    }
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    if (d == std::floor(d) && std::abs(d) < 1e15)
        appendInteger(out, qint64(d));
    else
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    return true;
}

// UTF-8 of `text` without a temporary for the common all-ASCII case.
void appendUtf8(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.append(text.toUtf8());
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *dst = out.data() + at;
    for (const QChar c : text)
        *dst++ = char(c.unicode());
}

// The text of a Text value: a QString, or UTF-8 in a QByteArray (the
// snapshot rows keep their ids so); null when it is neither.
const QString *stringOf(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString ? static_cast<const QString *>(value.constData())
                                                       : nullptr;
}
const QByteArray *bytesOf(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QByteArray ? static_cast<const QByteArray *>(value.constData())
                                                          : nullptr;
}

} // namespace

void ReportValueFormat::appendIsoTime(QByteArray &out, qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    qint64 year = 0;
    int month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999) { // outside ISO 8601's four digits: leave it to Qt
        out.append(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8());
        return;
    }
    // Filled in a fixed buffer and appended once: two of these per snapshot row.
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, rest / 3600000, 2);
    put(14, rest / 60000 % 60, 2);
    put(17, rest / 1000 % 60, 2);
    if (rest % 1000 == 0) {
        text[19] = 'Z';
        out.append(text, 20);
        return;
    }
    put(20, rest % 1000, 3);
    out.append(text, 24);
}

QByteArray ReportValueFormat::isoTime(const QDateTime &moment)
{
    QByteArray out;
    if (moment.isValid())
        appendIsoTime(out, moment.toMSecsSinceEpoch());
    return out;
}

void ReportValueFormat::appendPlain(QByteArray &out, const QVariant &value, ReportColumn::Type type)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QString) {
        appendUtf8(out, *static_cast<const QString *>(value.constData()));
        return;
    }
    if (id == QMetaType::QByteArray) {
        out.append(*static_cast<const QByteArray *>(value.constData()));
        return;
    }
    if (id == QMetaType::QDateTime) {
        const auto *moment = static_cast<const QDateTime *>(value.constData());
        if (moment->isValid())
            appendIsoTime(out, moment->toMSecsSinceEpoch());
        return;
    }
    if (!value.isValid() || value.isNull())
        return;
    if (id == QMetaType::Bool) {
        out.append(value.toBool() ? "true" : "false");
        return;
    }
    if (isNumeric(type) && appendNumber(out, value, type))
        return;
    appendUtf8(out, value.toString());
}

void ReportValueFormat::appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void ReportValueFormat::appendJsonString(QByteArray &out, QStringView text)
{
    QByteArray utf8;
    appendUtf8(utf8, text);
    appendJsonString(out, utf8);
}

void ReportValueFormat::appendJson(QByteArray &out, const QVariant &value, ReportColumn::Type type)
{
    if (!value.isValid() || value.isNull()) {
        out.append("null");
        return;
    }
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime moment = value.toDateTime();
        if (!moment.isValid()) {
            out.append("null");
            return;
        }
        out.append('"');
        appendIsoTime(out, moment.toMSecsSinceEpoch());
        out.append('"');
        return;
    }
    if (value.metaType().id() == QMetaType::Bool) {
        out.append(value.toBool() ? "true" : "false");
        return;
    }
    if (const QByteArray *utf8 = bytesOf(value)) {
        appendJsonString(out, *utf8);
        return;
    }
    if (isNumeric(type) && !stringOf(value)) {
        if (!appendNumber(out, value, type))
            out.append("null");
        return;
    }
    appendJsonString(out, value.toString());
}

} // namespace snapline
