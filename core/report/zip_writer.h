#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace snapline {

// Writes a zip archive (deflate, UTF-8 names) to a sequential device, one
// entry at a time, streaming: an entry's data is compressed as it comes and
// its CRC and sizes follow it in a data descriptor, so nothing is held in
// memory and the device never seeks. No Zip64: an archive or entry past
// 4 GiB, or past 65,535 entries, fails with a clear error.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    explicit ZipWriter(QIODevice *device, int level = 6);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Status beginEntry(const QString &name, const QDateTime &modified);
    Status write(const char *data, qsizetype size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    Status endEntry();
    // Writes the central directory; the device then holds a whole archive.
    Status finish();

private:
    struct Entry
    {
        QByteArray name;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    struct Deflater;

    Status put(const QByteArray &bytes);
    Status deflate(const char *data, qsizetype size, bool finish);

    QIODevice *m_device = nullptr;
    int m_level = 6;
    quint64 m_written = 0;
    QList<Entry> m_entries;
    bool m_open = false; // an entry is being written
    std::unique_ptr<Deflater> m_deflater;
};

} // namespace snapline
