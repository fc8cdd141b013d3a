#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstring>

namespace snapline::sandbox {

// Writes compact JSON straight into bytes, for list answers too large to build as QJsonObjects
// first. Strings are escaped exactly as QJsonDocument::toJson(Compact) escapes them, and callers
// write keys in QJsonObject's sorted order, so the bytes equal what the QJson path would give.
class JsonWriter
{
public:
    // `expectedBytes` are reserved at once, to spare the copies of growing.
    explicit JsonWriter(qsizetype expectedBytes = 256);
    // The JSON written so far; the writer starts empty again.
    QByteArray take();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // `name` must need no escaping (the sandbox's keys are ASCII identifiers).
    void key(QByteArrayView name)
    {
        separate();
        char *cursor = room(name.size() + 3);
        *cursor++ = '"';
        std::memcpy(cursor, name.data(), size_t(name.size()));
        cursor += name.size();
        *cursor++ = '"';
        *cursor++ = ':';
        m_cursor = cursor;
        m_afterKey = true;
    }
    void string(QStringView text);
    // A string value from UTF-8 as SQLite stores text Qt gave it: decoded as SQLite decodes it when Qt
    // reads the column back as UTF-16, so the bytes equal the QString path's.
    void utf8String(QByteArrayView utf8);
    // A string value whose start is already JSON (opening quote and escapes included) and whose end
    // is such UTF-8: a link prefix worked out once and the id that completes it.
    void utf8String(QByteArrayView jsonHead, QByteArrayView utf8Tail);
    void number(qint64 value);
    // An ISO 8601 UTC time string as QDateTime's Qt::ISODate gives it, e.g. "2024-05-01T03:00:00Z".
    void isoTime(qint64 secondsSinceEpoch);
    // A value already rendered as JSON.
    void raw(QByteArrayView json)
    {
        separate();
        put(json);
    }

    // The escaped inside of the JSON string of `text` (no quotes), for pieces worked out once.
    static QByteArray escaped(QStringView text);

private:
    // The writers below are inline: a page of 500 snapshots calls them some 30,000 times.

    // Makes room for `bytes` more and returns where they go; move m_cursor past what was written.
    char *room(qsizetype bytes)
    {
        if (m_end - m_cursor < bytes) [[unlikely]]
            grow(bytes);
        return m_cursor;
    }
    void grow(qsizetype bytes);
    void put(QByteArrayView bytes)
    {
        std::memcpy(room(bytes.size()), bytes.data(), size_t(bytes.size()));
        m_cursor += bytes.size();
    }
    void separate()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (m_needComma)
            put(",");
        m_needComma = true;
    }
    void open(char bracket)
    {
        separate();
        put(QByteArrayView(&bracket, 1));
        m_needComma = false;
    }
    void close(char bracket)
    {
        put(QByteArrayView(&bracket, 1));
        m_needComma = true;
    }

    QByteArray m_buffer; // its size is the room; the bytes before m_cursor are written
    char *m_cursor = nullptr;
    char *m_end = nullptr;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace snapline::sandbox
