#include "atlas/snapshot_page_reader.h"

#include "atlas/atlas_time.h"

#include <QCoreApplication>

#include <cstring>

namespace snapline {

namespace {

class PageText
{
    Q_DECLARE_TR_FUNCTIONS(PageText)
};

// A forward-only reader over UTF-8 JSON text.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size())
    {}

    bool failed() const { return m_failed; }
    bool fail()
    {
        m_failed = true;
        return false;
    }
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool expect(char c) { return take(c) || fail(); }
    char peek()
    {
        skipSpace();
        return m_at < m_end ? *m_at : '\0';
    }

    // A string's raw bytes when it has no escapes (the common case), else its decoded text.
    bool string(QByteArrayView &raw, QString *decoded)
    {
        if (!expect('"'))
            return false;
        const char *start = m_at;
        bool escaped = false;
        while (m_at < m_end && *m_at != '"') {
            if (static_cast<unsigned char>(*m_at) < 0x20)
                return fail();
            if (*m_at == '\\') {
                escaped = true;
                if (++m_at == m_end)
                    return fail();
            }
            ++m_at;
        }
        if (m_at == m_end)
            return fail();
        raw = QByteArrayView(start, m_at - start);
        ++m_at;
        if (escaped && decoded)
            return unescape(raw, *decoded);
        if (decoded)
            *decoded = QString::fromUtf8(raw);
        return true;
    }
    bool text(QString &out)
    {
        QByteArrayView raw;
        return string(raw, &out);
    }
    bool integer(qint64 &out)
    {
        skipSpace();
        const char *start = m_at;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        qint64 value = 0;
        bool digits = false;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
            value = value * 10 + (*m_at++ - '0');
            digits = true;
        }
        if (!digits)
            return fail();
        if (m_at < m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E')) {
            m_at = start;
            double d = 0;
            if (!number(d))
                return false;
            out = qint64(d);
            return true;
        }
        out = *start == '-' ? -value : value;
        return true;
    }
    bool strings(QStringList &out)
    {
        if (!expect('['))
            return false;
        if (take(']'))
            return true;
        do {
            QString item;
            if (!text(item))
                return false;
            out << item;
        } while (take(','));
        return expect(']');
    }
    bool skipValue()
    {
        switch (peek()) {
        case '"': {
            QByteArrayView raw;
            return string(raw, nullptr);
        }
        case '{':
            return skipContainer('{', '}', true);
        case '[':
            return skipContainer('[', ']', false);
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default: {
            double d = 0;
            return number(d);
        }
        }
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

private:
    bool word(const char *w)
    {
        const size_t n = std::strlen(w);
        if (size_t(m_end - m_at) < n || std::memcmp(m_at, w, n) != 0)
            return fail();
        m_at += n;
        return true;
    }
    bool number(double &out)
    {
        skipSpace();
        const char *start = m_at;
        while (m_at < m_end && (std::strchr("+-.eE", *m_at) || (*m_at >= '0' && *m_at <= '9')))
            ++m_at;
        bool ok = false;
        out = QByteArrayView(start, m_at - start).toDouble(&ok);
        return ok || fail();
    }
    bool skipContainer(char open, char close, bool keyed)
    {
        expect(open);
        if (take(close))
            return true;
        do {
            if (keyed) {
                QByteArrayView key;
                if (!string(key, nullptr) || !expect(':'))
                    return false;
            }
            if (!skipValue())
                return false;
        } while (take(','));
        return expect(close);
    }
    bool unescape(QByteArrayView raw, QString &out)
    {
        QByteArray bytes;
        bytes.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                bytes += raw[i];
                continue;
            }
            const char e = raw[++i];
            const char *simple = std::strchr("\"\\/bfnrt", e);
            if (simple && e) {
                bytes += "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
                continue;
            }
            if (e != 'u' || i + 4 >= raw.size() + 0)
                return fail();
            bool ok = false;
            char32_t unit = raw.sliced(i + 1, 4).toUInt(&ok, 16);
            i += 4;
            if (!ok)
                return fail();
            if (unit >= 0xD800 && unit < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\'
                && raw[i + 2] == 'u') {
                const char32_t low = raw.sliced(i + 3, 4).toUInt(&ok, 16);
                if (ok && low >= 0xDC00 && low < 0xE000) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            bytes += QString::fromUcs4(&unit, 1).toUtf8();
        }
        out = QString::fromUtf8(bytes);
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

QDateTime timeOf(QByteArrayView raw)
{
    const auto ms = parseAtlasTimeMs(raw);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

// A page's snapshots share a handful of versions: each is parsed once.
class VersionCache
{
public:
    const MongoVersion &of(QByteArrayView raw)
    {
        if (!m_valid || raw != m_raw) {
            m_raw = raw.toByteArray();
            m_version = MongoVersion::parse(QString::fromLatin1(raw)).value_or(MongoVersion());
            m_valid = true;
        }
        return m_version;
    }

private:
    QByteArray m_raw;
    MongoVersion m_version;
    bool m_valid = false;
};

bool readSnapshot(Scanner &in, const QString &clusterName, VersionCache &versions, Snapshot &s)
{
    s.clusterName = clusterName;
    QByteArrayView origin, frequency, status, type;
    if (!in.expect('{'))
        return false;
    if (in.take('}'))
        return true;
    do {
        QByteArrayView key, raw;
        if (!in.string(key, nullptr) || !in.expect(':'))
            return false;
        const char next = in.peek();
        const bool isString = next == '"';
        if (next == 'n') { // null: as if absent
            if (!in.skipValue())
                return false;
            continue;
        }
        if (key == "id" && isString) {
            if (!in.text(s.id))
                return false;
        } else if ((key == "createdAt" || key == "expiresAt") && isString) {
            if (!in.string(raw, nullptr))
                return false;
            (key == "createdAt" ? s.createdAt : s.expiresAt) = timeOf(raw);
        } else if (key == "snapshotType" && isString) {
            if (!in.string(origin, nullptr))
                return false;
        } else if (key == "status" && isString) {
            if (!in.string(status, nullptr))
                return false;
        } else if (key == "type" && isString) {
            if (!in.string(type, nullptr))
                return false;
        } else if (key == "frequencyType" && isString) {
            if (!in.string(frequency, nullptr))
                return false;
        } else if (key == "mongodVersion" && isString) {
            if (!in.string(raw, nullptr))
                return false;
            s.mongodVersion = versions.of(raw);
        } else if (key == "storageSizeBytes" && !isString) {
            if (!in.integer(s.storageSizeBytes))
                return false;
        } else if (key == "description" && isString) {
            if (!in.text(s.description))
                return false;
        } else if (key == "snapshotIds" && next == '[') {
            if (!in.strings(s.memberIds))
                return false;
        } else if (key == "copyRegions" && next == '[') {
            if (!in.strings(s.copyRegions))
                return false;
        } else if (!in.skipValue()) {
            return false;
        }
    } while (in.take(','));
    if (!in.expect('}'))
        return false;
    s.origin = parseSnapshotOrigin(QString::fromLatin1(origin)).value_or(SnapshotOrigin::Scheduled);
    s.status = parseSnapshotStatus(QString::fromLatin1(status)).value_or(SnapshotStatus::Completed);
    s.frequency = s.origin == SnapshotOrigin::OnDemand
            ? Frequency::OnDemand
            : parseFrequency(QString::fromLatin1(frequency)).value_or(Frequency::Daily);
    if (type == "shardedCluster") {
        s.topology = Topology::ShardedCluster;
        s.shardCount = std::max<int>(int(s.memberIds.size()) - 1, 1); // the last member is the config server
        s.copyRegions.clear();
    } else {
        s.memberIds.clear();
    }
    return true;
}

} // namespace

Result<SnapshotPageRead> readSnapshotPage(QByteArrayView json, const QString &clusterName)
{
    Scanner in(json);
    SnapshotPageRead page;
    bool sawResults = false;
    VersionCache versions;
    if (in.expect('{') && !in.take('}')) {
        do {
            QByteArrayView key;
            if (!in.string(key, nullptr) || !in.expect(':'))
                break;
            if (key == "results" && in.peek() == '[') {
                sawResults = true;
                in.expect('[');
                if (in.take(']'))
                    continue;
                do {
                    Snapshot s;
                    if (!readSnapshot(in, clusterName, versions, s))
                        break;
                    page.snapshots.append(std::move(s));
                } while (in.take(','));
                in.expect(']');
            } else if (key == "totalCount" && in.peek() != '"' && in.peek() != 'n') {
                qint64 total = 0;
                if (in.integer(total))
                    page.totalCount = int(total);
            } else {
                in.skipValue();
            }
        } while (!in.failed() && in.take(','));
        in.expect('}');
    }
    if (in.failed() || !in.atEnd() || !sawResults) {
        return Error{QStringLiteral("BAD_RESPONSE"),
                     sawResults || in.failed() ? PageText::tr("the snapshot page is not well-formed JSON")
                                               : PageText::tr("the snapshot page has no results list")};
    }
    return page;
}

} // namespace snapline
