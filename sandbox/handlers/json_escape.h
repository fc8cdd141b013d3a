#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace snapline::sandbox {

// The inside of a JSON string (no quotes), escaped exactly as QJsonDocument::toJson() escapes it.
// Each writes at `cursor`, which must have room for kMaxEscapedBytes per input unit, and returns
// the end of what it wrote.

// Escapes take at most 6 bytes per UTF-16 unit or UTF-8 byte (\u001f; a lone UTF-8 lead byte
// becomes U+FFFD, 3 bytes).
constexpr qsizetype kMaxEscapedBytes = 6;

char *escapeUtf16(char *cursor, QStringView text);
// UTF-8 as SQLite stores text Qt gave it, decoded the way SQLite decodes it when Qt reads the column
// back as UTF-16, so the bytes equal the QString path's.
char *escapeUtf8(char *cursor, QByteArrayView utf8);

} // namespace snapline::sandbox
