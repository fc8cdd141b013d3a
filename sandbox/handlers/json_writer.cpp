#include "handlers/json_writer.h"

#include "handlers/iso_time.h"
#include "handlers/json_escape.h"

#include <charconv>
#include <cstring>

namespace snapline::sandbox {

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
