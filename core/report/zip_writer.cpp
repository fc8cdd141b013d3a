#include "report/zip_writer.h"

#include <QIODevice>

#include <limits>

#include <zlib.h>

namespace snapline {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDataDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint16 kVersion = 20;                 // 2.0: deflate
constexpr quint16 kMadeByUnix = (3 << 8) | 20;   // Unix, 2.0: the external attributes are Unix modes
constexpr quint16 kFlags = (1 << 3) | (1 << 11); // sizes in a data descriptor; UTF-8 names
constexpr quint16 kDeflate = 8;
constexpr quint32 kFileMode = 0100644u << 16;
constexpr quint64 kLimit = std::numeric_limits<quint32>::max();
constexpr int kChunk = 256 * 1024;

void le16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}
void le32(QByteArray &out, quint32 v)
{
    le16(out, quint16(v & 0xffff));
    le16(out, quint16(v >> 16));
}

} // namespace

struct ZipWriter::Deflater
{
    z_stream stream{};
    quint32 crc = 0;
    bool ready = false;
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
};

ZipWriter::ZipWriter(QIODevice *device, int level)
    : m_device(device)
    , m_level(level)
{}

ZipWriter::~ZipWriter() = default;

Status ZipWriter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return Error{QStringLiteral("report.write"),
                     tr("The archive could not be written: %1").arg(m_device->errorString())};
    m_written += quint64(bytes.size());
    if (m_written > kLimit)
        return Error{QStringLiteral("report.write"),
                     tr("The archive grew past 4 GiB, which a zip file without Zip64 cannot hold; write a "
                        "folder instead.")};
    return Done{};
}

Status ZipWriter::beginEntry(const QString &name, const QDateTime &modified)
{
    if (m_open)
        if (auto ended = endEntry(); !ended)
            return ended;
    if (m_entries.size() >= 0xffff)
        return Error{QStringLiteral("report.write"), tr("Too many files for a zip archive.")};
    Entry entry;
    entry.name = name.toUtf8();
    const QDateTime t
            = modified.isValid() ? modified.toUTC() : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    const int year = std::max(t.date().year(), 1980);
    entry.dosDate = quint16(((year - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    entry.dosTime = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    entry.offset = m_written;

    QByteArray header;
    le32(header, kLocalHeader);
    le16(header, kVersion);
    le16(header, kFlags);
    le16(header, kDeflate);
    le16(header, entry.dosTime);
    le16(header, entry.dosDate);
    le32(header, 0); // crc, compressed and plain size: in the data descriptor
    le32(header, 0);
    le32(header, 0);
    le16(header, quint16(entry.name.size()));
    le16(header, 0);
    header.append(entry.name);
    if (auto written = put(header); !written)
        return written;

    m_deflater = std::make_unique<Deflater>();
    if (deflateInit2(&m_deflater->stream, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error{QStringLiteral("report.write"), tr("The compressor could not start.")};
    m_deflater->ready = true;
    m_deflater->crc = quint32(crc32(0, nullptr, 0));
    m_entries << entry;
    m_open = true;
    return Done{};
}

Status ZipWriter::deflate(const char *data, qsizetype size, bool finish)
{
    z_stream &z = m_deflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    QByteArray out(kChunk, Qt::Uninitialized);
    int rc = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        rc = ::deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR)
            return Error{QStringLiteral("report.write"), tr("The compressor failed.")};
        const qsizetype produced = out.size() - qsizetype(z.avail_out);
        if (produced > 0) {
            m_entries.last().compressed += quint64(produced);
            if (auto written = put(out.left(produced)); !written)
                return written;
        }
    } while (z.avail_out == 0 || (finish && rc != Z_STREAM_END));
    return Done{};
}

Status ZipWriter::write(const char *data, qsizetype size)
{
    if (!m_open)
        return Error{QStringLiteral("report.write"), tr("No archive entry is open.")};
    while (size > 0) {
        const qsizetype piece = std::min<qsizetype>(size, kChunk);
        m_deflater->crc = quint32(crc32(m_deflater->crc, reinterpret_cast<const Bytef *>(data), uInt(piece)));
        m_entries.last().size += quint64(piece);
        if (auto done = deflate(data, piece, false); !done)
            return done;
        data += piece;
        size -= piece;
    }
    return Done{};
}

Status ZipWriter::endEntry()
{
    if (!m_open)
        return Done{};
    if (auto done = deflate(nullptr, 0, true); !done)
        return done;
    Entry &entry = m_entries.last();
    entry.crc = m_deflater->crc;
    m_deflater.reset();
    m_open = false;
    if (entry.size > kLimit || entry.compressed > kLimit)
        return Error{QStringLiteral("report.write"),
                     tr("A file grew past 4 GiB, which a zip file without Zip64 cannot hold; write a folder "
                        "instead.")};
    QByteArray descriptor;
    le32(descriptor, kDataDescriptor);
    le32(descriptor, entry.crc);
    le32(descriptor, quint32(entry.compressed));
    le32(descriptor, quint32(entry.size));
    return put(descriptor);
}

Status ZipWriter::finish()
{
    if (auto ended = endEntry(); !ended)
        return ended;
    const quint64 start = m_written;
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        le32(directory, kCentralHeader);
        le16(directory, kMadeByUnix);
        le16(directory, kVersion);
        le16(directory, kFlags);
        le16(directory, kDeflate);
        le16(directory, e.dosTime);
        le16(directory, e.dosDate);
        le32(directory, e.crc);
        le32(directory, quint32(e.compressed));
        le32(directory, quint32(e.size));
        le16(directory, quint16(e.name.size()));
        le16(directory, 0); // extra
        le16(directory, 0); // comment
        le16(directory, 0); // disk
        le16(directory, 0); // internal attributes
        le32(directory, kFileMode);
        le32(directory, quint32(e.offset));
        directory.append(e.name);
    }
    const auto directorySize = quint32(directory.size());
    le32(directory, kEndOfCentral);
    le16(directory, 0);
    le16(directory, 0);
    le16(directory, quint16(m_entries.size()));
    le16(directory, quint16(m_entries.size()));
    le32(directory, directorySize);
    le32(directory, quint32(start));
    le16(directory, 0);
    return put(directory);
}

} // namespace snapline
