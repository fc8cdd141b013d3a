#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace snapline {

// Reads the zip archives ZipWriter makes (stored or deflated entries, no
// Zip64), for verifying a report and for tests: lists the entries, and
// streams an entry's data, checking its CRC.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        quint64 size = 0;
        quint64 compressed = 0;
        quint32 crc = 0;
        quint16 method = 0;
        quint64 localOffset = 0;
    };

    // Reads the central directory. Fails when `path` is not a zip archive.
    static Result<ZipReader> open(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    // Hands the entry's data to `chunk` piece by piece; fails on a bad CRC.
    Status read(const Entry &entry, const std::function<void(const QByteArray &chunk)> &chunk) const;
    Result<QByteArray> readAll(const QString &name) const;
    // The entry's SHA-256 (lowercase hex) and size.
    Result<std::pair<QByteArray, qint64>> sha256(const Entry &entry) const;

private:
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace snapline
