#include "report/zip_reader.h"

#include "report/sha256.h"

#include <QFile>

#include <zlib.h>

namespace snapline {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kMaxComment = 0xffff;
constexpr qint64 kChunk = 256 * 1024;

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}
quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

Error notZip(const QString &path, const QString &why)
{
    return Error{QStringLiteral("report.zip"),
                 ZipReader::tr("%1 is not a readable zip archive: %2").arg(path, why)};
}

} // namespace

Result<ZipReader> ZipReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return notZip(path, file.errorString());
    const qint64 size = file.size();
    if (size < kEndSize)
        return notZip(path, tr("too short"));
    const qint64 tailStart = std::max<qint64>(0, size - kEndSize - kMaxComment);
    file.seek(tailStart);
    const QByteArray tail = file.readAll();
    qsizetype end = -1;
    for (qsizetype i = tail.size() - kEndSize; i >= 0; --i) {
        if (le32(tail, i) == kEndOfCentral) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return notZip(path, tr("no end of central directory"));
    const quint16 count = le16(tail, end + 10);
    const quint32 directorySize = le32(tail, end + 12);
    const quint32 directoryOffset = le32(tail, end + 16);
    if (qint64(directoryOffset) + directorySize > size)
        return notZip(path, tr("the central directory lies outside the file"));
    file.seek(directoryOffset);
    const QByteArray directory = file.read(directorySize);
    ZipReader reader;
    reader.m_path = path;
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || le32(directory, at) != kCentralHeader)
            return notZip(path, tr("a damaged central directory"));
        Entry e;
        e.method = le16(directory, at + 10);
        e.crc = le32(directory, at + 16);
        e.compressed = le32(directory, at + 20);
        e.size = le32(directory, at + 24);
        const quint16 nameLength = le16(directory, at + 28);
        const quint16 extra = le16(directory, at + 30);
        const quint16 comment = le16(directory, at + 32);
        e.localOffset = le32(directory, at + 42);
        if (at + 46 + nameLength > directory.size())
            return notZip(path, tr("a damaged central directory"));
        e.name = QString::fromUtf8(directory.mid(at + 46, nameLength));
        reader.m_entries << e;
        at += 46 + nameLength + extra + comment;
    }
    return reader;
}

Status ZipReader::read(const Entry &entry, const std::function<void(const QByteArray &chunk)> &chunk) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(entry.localOffset)))
        return notZip(m_path, file.errorString());
    const QByteArray header = file.read(30);
    if (header.size() < 30 || le32(header, 0) != kLocalHeader)
        return notZip(m_path, tr("a damaged entry %1").arg(entry.name));
    file.seek(qint64(entry.localOffset) + 30 + le16(header, 26) + le16(header, 28));
    if (entry.method != 0 && entry.method != 8)
        return notZip(m_path, tr("entry %1 uses compression method %2").arg(entry.name).arg(entry.method));

    z_stream z{};
    if (entry.method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return notZip(m_path, tr("the decompressor could not start"));
    quint32 crc = quint32(crc32(0, nullptr, 0));
    quint64 left = entry.compressed;
    quint64 produced = 0;
    QByteArray out(kChunk, Qt::Uninitialized);
    int rc = Z_OK;
    while (left > 0 && rc != Z_STREAM_END) {
        QByteArray in = file.read(std::min<qint64>(kChunk, qint64(left)));
        if (in.isEmpty())
            break;
        left -= quint64(in.size());
        if (entry.method == 0) {
            crc = quint32(crc32(crc, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size())));
            produced += quint64(in.size());
            chunk(in);
            continue;
        }
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(in.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                inflateEnd(&z);
                return notZip(m_path, tr("entry %1 is damaged").arg(entry.name));
            }
            const qsizetype n = out.size() - qsizetype(z.avail_out);
            if (n > 0) {
                crc = quint32(crc32(crc, reinterpret_cast<const Bytef *>(out.constData()), uInt(n)));
                produced += quint64(n);
                chunk(out.left(n));
            }
        } while (z.avail_out == 0 && rc != Z_STREAM_END);
    }
    if (entry.method == 8)
        inflateEnd(&z);
    if (crc != entry.crc || produced != entry.size)
        return notZip(m_path, tr("entry %1 does not match its checksum").arg(entry.name));
    return Done{};
}

Result<QByteArray> ZipReader::readAll(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name != name)
            continue;
        QByteArray all;
        if (auto done = read(e, [&all](const QByteArray &chunk) { all += chunk; }); !done)
            return done.error();
        return all;
    }
    return notZip(m_path, tr("no entry %1").arg(name));
}

Result<std::pair<QByteArray, qint64>> ZipReader::sha256(const Entry &entry) const
{
    Sha256 hash;
    qint64 size = 0;
    if (auto done = read(entry,
                         [&](const QByteArray &chunk) {
                             hash.add(chunk);
                             size += chunk.size();
                         });
        !done)
        return done.error();
    return std::pair{hash.hex(), size};
}

} // namespace snapline
