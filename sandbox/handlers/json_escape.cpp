#include "handlers/json_escape.h"

namespace snapline::sandbox {

namespace {

char hexDigit(uint value)
{
    value &= 0xf;
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Qt writes a code unit it cannot encode (a lone surrogate) as a \u escape.
char *writeUnicodeEscape(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *cursor++ = hexDigit(uint(unit) >> shift);
    return cursor;
}

// Whether an ASCII character stands for itself inside a JSON string.
constexpr bool isPlain(uint unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != '"' && unit != '\\';
}

// An ASCII character that is not plain.
char *writeAsciiEscape(char *cursor, char16_t unit)
{
    const char *named = nullptr;
    switch (unit) {
    case u'"':
        named = "\\\"";
        break;
    case u'\\':
        named = "\\\\";
        break;
    case u'\b':
        named = "\\b";
        break;
    case u'\f':
        named = "\\f";
        break;
    case u'\n':
        named = "\\n";
        break;
    case u'\r':
        named = "\\r";
        break;
    case u'\t':
        named = "\\t";
        break;
    default:
        return writeUnicodeEscape(cursor, unit);
    }
    *cursor++ = named[0];
    *cursor++ = named[1];
    return cursor;
}

char *writeUtf8(char *cursor, char32_t point)
{
    if (point < 0x800) {
        *cursor++ = char(0xc0 | (point >> 6));
    } else {
        if (point < 0x10000) {
            *cursor++ = char(0xe0 | (point >> 12));
        } else {
            *cursor++ = char(0xf0 | (point >> 18));
            *cursor++ = char(0x80 | ((point >> 12) & 0x3f));
        }
        *cursor++ = char(0x80 | ((point >> 6) & 0x3f));
    }
    *cursor++ = char(0x80 | (point & 0x3f));
    return cursor;
}

} // namespace

char *escapeUtf16(char *cursor, QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t unit = *src++;
        if (isPlain(unit))
            *cursor++ = char(unit);
        else if (unit < 0x80)
            cursor = writeAsciiEscape(cursor, unit);
        else if (!QChar::isSurrogate(unit))
            cursor = writeUtf8(cursor, unit);
        else if (QChar::isHighSurrogate(unit) && src != end && QChar::isLowSurrogate(*src))
            cursor = writeUtf8(cursor, QChar::surrogateToUcs4(unit, *src++));
        else
            cursor = writeUnicodeEscape(cursor, unit);
    }
    return cursor;
}

char *escapeUtf8(char *cursor, QByteArrayView utf8)
{
    const auto *src = reinterpret_cast<const uchar *>(utf8.data());
    const uchar *const end = src + utf8.size();
    while (src != end) {
        char32_t point = *src++;
        if (isPlain(point)) {
            *cursor++ = char(point);
            continue;
        }
        if (point < 0x80) {
            cursor = writeAsciiEscape(cursor, char16_t(point));
            continue;
        }
        // SQLite's READ_UTF8: the lead byte's payload, then every continuation byte that follows; an
        // overlong form, a surrogate or U+FFFE/U+FFFF reads as U+FFFD, a stray continuation byte as
        // the Latin-1 character of that value. (Past U+10FFFF cannot come from text Qt stored.)
        if (point >= 0xc0) {
            point &= point < 0xe0  ? 0x1f
                    : point < 0xf0 ? 0x0f
                    : point < 0xf8 ? 0x07
                    : point < 0xfc ? 0x03
                    : point < 0xfe ? 0x01
                                   : 0;
            while (src != end && (*src & 0xc0) == 0x80)
                point = (point << 6) + (*src++ & 0x3f);
            if (point < 0x80 || (point & 0xfffff800) == 0xd800 || (point & 0xfffffffe) == 0xfffe
                || point > 0x10ffff)
                point = 0xfffd;
        }
        cursor = writeUtf8(cursor, point);
    }
    return cursor;
}

} // namespace snapline::sandbox
