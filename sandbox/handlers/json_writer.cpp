#include "handlers/json_writer.h"

#include "handlers/iso_time.h"

#include <charconv>
#include <cstring>

namespace snapline::sandbox {

namespace {

// Escapes take at most 6 bytes per UTF-16 unit or UTF-8 byte (\u001f; a lone UTF-8 lead byte
// becomes U+FFFD, 3 bytes).
constexpr qsizetype kMaxEscapedBytes = 6;

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

} // namespace

JsonWriter::JsonWriter(qsizetype expectedBytes)
    : m_buffer(std::max<qsizetype>(expectedBytes, 16), Qt::Uninitialized)
    , m_cursor(m_buffer.data())
    , m_end(m_cursor + m_buffer.size())
{}

QByteArray JsonWriter::take()
{
    m_buffer.truncate(m_cursor - m_buffer.constData());
    QByteArray json = std::exchange(m_buffer, QByteArray());
    m_cursor = m_end = nullptr;
    m_needComma = m_afterKey = false;
    return json;
}

QByteArray JsonWriter::escaped(QStringView text)
{
    QByteArray out(text.size() * kMaxEscapedBytes, Qt::Uninitialized);
    out.truncate(escapeUtf16(out.data(), text) - out.constData());
    return out;
}

void JsonWriter::grow(qsizetype bytes)
{
    const qsizetype used = m_cursor ? m_cursor - m_buffer.constData() : 0;
    m_buffer.resize(std::max(m_buffer.size() * 2, used + bytes));
    m_cursor = m_buffer.data() + used;
    m_end = m_buffer.data() + m_buffer.size();
}

void JsonWriter::string(QStringView text)
{
    separate();
    char *cursor = room(text.size() * kMaxEscapedBytes + 2);
    *cursor++ = '"';
    cursor = escapeUtf16(cursor, text);
    *cursor++ = '"';
    m_cursor = cursor;
}

void JsonWriter::utf8String(QByteArrayView utf8)
{
    utf8String("\"", utf8);
}

void JsonWriter::utf8String(QByteArrayView jsonHead, QByteArrayView utf8Tail)
{
    separate();
    char *cursor = room(jsonHead.size() + utf8Tail.size() * kMaxEscapedBytes + 1);
    std::memcpy(cursor, jsonHead.data(), size_t(jsonHead.size()));
    cursor = escapeUtf8(cursor + jsonHead.size(), utf8Tail);
    *cursor++ = '"';
    m_cursor = cursor;
}

void JsonWriter::number(qint64 value)
{
    separate();
    char *cursor = room(24);
    m_cursor = std::to_chars(cursor, cursor + 24, value).ptr;
}

void JsonWriter::isoTime(qint64 secondsSinceEpoch)
{
    separate();
    const IsoTimeText text(secondsSinceEpoch);
    char *cursor = room(text.view().size() + 2);
    *cursor++ = '"';
    std::memcpy(cursor, text.view().data(), size_t(text.view().size()));
    cursor += text.view().size();
    *cursor++ = '"';
    m_cursor = cursor;
}

} // namespace snapline::sandbox
