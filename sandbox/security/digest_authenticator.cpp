#include "security/digest_authenticator.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <utility>

namespace snapline::sandbox {

namespace {

using Outcome = DigestVerdict::Outcome;

// Anything longer is not a Digest header a client would send.
constexpr qsizetype kMaxHeaderBytes = qsizetype(8) * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

struct Params
{
    QHash<QByteArray, QByteArray> values; // names lower-cased
    QString error;
};

// The auth-param list after the scheme: name=token or name="quoted string",
// in any order, with optional spaces and empty list elements.
Params parseParams(QByteArrayView text)
{
    Params out;
    const qsizetype size = text.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < size && isSpace(text[i]))
            ++i;
    };
    while (true) {
        while (i < size && (isSpace(text[i]) || text[i] == ','))
            ++i;
        if (i >= size)
            return out;
        const qsizetype nameStart = i;
        while (i < size && isTokenChar(text[i]))
            ++i;
        const QByteArray name = text.sliced(nameStart, i - nameStart).toByteArray().toLower();
        const QString shownName = QString::fromLatin1(name);
        if (name.isEmpty()) {
            out.error = QStringLiteral("unexpected character at offset %1").arg(i);
            return out;
        }
        skipSpace();
        if (i >= size || text[i] != '=') {
            out.error = QStringLiteral("%1 has no value").arg(shownName);
            return out;
        }
        ++i;
        skipSpace();
        QByteArray value;
        if (i < size && text[i] == '"') {
            bool closed = false;
            for (++i; i < size && !closed; ++i) {
                if (text[i] == '\\' && i + 1 < size)
                    value += text[++i];
                else if (text[i] == '"')
                    closed = true;
                else
                    value += text[i];
            }
            if (!closed) {
                out.error = QStringLiteral("the value of %1 has no closing quote").arg(shownName);
                return out;
            }
        } else {
            // Looser than a token on purpose: some clients leave uri= unquoted.
            const qsizetype valueStart = i;
            while (i < size && !isSpace(text[i]) && text[i] != ',' && text[i] != '"')
                ++i;
            value = text.sliced(valueStart, i - valueStart).toByteArray();
            if (value.isEmpty()) {
                out.error = QStringLiteral("%1 has an empty value").arg(shownName);
                return out;
            }
        }
        skipSpace();
        if (i < size && text[i] != ',') {
            out.error = QStringLiteral("a comma is missing after %1").arg(shownName);
            return out;
        }
        // Two values for one name would let the checks and the hash read different ones.
        if (out.values.contains(name)) {
            out.error = QStringLiteral("%1 is given twice").arg(shownName);
            return out;
        }
        out.values.insert(name, value);
    }
}

QByteArray md5Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

// The comparison takes the same time wherever the first difference is.
bool sameDigest(const QByteArray &expected, const QByteArray &given)
{
    if (expected.size() != given.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference = char(difference | (expected[i] ^ given[i]));
    return difference == 0;
}

QByteArray quoted(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

DigestVerdict verdict(Outcome outcome, QString username = {}, QString reason = {})
{
    DigestVerdict out;
    out.outcome = outcome;
    out.username = std::move(username);
    out.reason = std::move(reason);
    return out;
}

} // namespace

DigestAuthenticator::DigestAuthenticator(std::shared_ptr<const Clock> clock, QString realm,
                                         std::chrono::seconds nonceLifetime)
    : m_clock(std::move(clock))
    , m_realm(std::move(realm))
    , m_nonceLifetime(nonceLifetime)
{}

QByteArray DigestAuthenticator::challenge(bool stale)
{
    std::array<quint32, 6> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray nonce
            = QByteArray(reinterpret_cast<const char *>(random.data()), sizeof random)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    {
        const QMutexLocker locker(&m_mutex);
        const QDateTime now = m_clock->now();
        pruneLocked(now);
        while (m_nonces.size() >= kMaxLiveNonces) {
            m_nonces.remove(m_issueOrder.front());
            m_issueOrder.pop_front();
        }
        m_nonces.insert(nonce, NonceState{now, 0});
        m_issueOrder.push_back(nonce);
    }
    return "Digest realm=" + quoted(m_realm) + ", domain=\"\", nonce=\"" + nonce
            + "\", algorithm=MD5, qop=\"auth\", stale=" + (stale ? "true" : "false");
}

DigestVerdict DigestAuthenticator::verify(const QByteArray &authorizationHeader, const QByteArray &method,
                                          const SecretLookup &secretFor)
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return verdict(Outcome::Missing);
    if (header.size() > kMaxHeaderBytes)
        return verdict(Outcome::Malformed, {}, QStringLiteral("the header is longer than 8 KiB"));
    qsizetype schemeEnd = 0;
    while (schemeEnd < header.size() && !isSpace(header[schemeEnd]))
        ++schemeEnd;
    const QByteArray scheme = header.left(schemeEnd);
    if (scheme.compare("Digest", Qt::CaseInsensitive) != 0)
        return verdict(
                Outcome::Malformed, {},
                QStringLiteral("the scheme is %1, not Digest").arg(QString::fromLatin1(scheme.left(16))));

    const Params params = parseParams(QByteArrayView(header).sliced(scheme.size()));
    if (!params.error.isEmpty())
        return verdict(Outcome::Malformed, {}, params.error);
    const auto &values = params.values;
    const QString username = QString::fromUtf8(values.value("username"));
    for (const char *required : {"username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce"}) {
        if (!values.contains(required))
            return verdict(Outcome::Malformed, username,
                           QStringLiteral("%1 is missing").arg(QLatin1String(required)));
    }
    if (values.value("userhash").compare("true", Qt::CaseInsensitive) == 0)
        return verdict(Outcome::Malformed, username, QStringLiteral("userhash is not supported"));
    if (values.contains("algorithm") && values.value("algorithm").compare("MD5", Qt::CaseInsensitive) != 0)
        return verdict(Outcome::Malformed, username, QStringLiteral("only algorithm=MD5 is offered"));
    const QByteArray qop = values.value("qop");
    if (qop.compare("auth", Qt::CaseInsensitive) != 0)
        return verdict(Outcome::Malformed, username, QStringLiteral("only qop=auth is offered"));
    const QByteArray ncText = values.value("nc");
    const quint32 nc = ncText.size() == 8 && isHex(ncText) ? ncText.toUInt(nullptr, 16) : 0;
    if (nc == 0)
        return verdict(Outcome::Malformed, username, QStringLiteral("nc must be 8 hex digits from 00000001"));
    const QByteArray response = values.value("response").toLower();
    if (response.size() != 32 || !isHex(response))
        return verdict(Outcome::Malformed, username, QStringLiteral("response must be 32 hex digits"));
    if (values.value("realm") != m_realm.toUtf8())
        return verdict(Outcome::Malformed, username, QStringLiteral("the realm is not %1").arg(m_realm));

    const std::optional<QString> secret = secretFor(username);
    if (!secret)
        return verdict(Outcome::UnknownUser, username);
    const QByteArray nonce = values.value("nonce");
    const QByteArray uri = values.value("uri");
    const QByteArray ha1 = md5Hex(values.value("username") + ':' + m_realm.toUtf8() + ':' + secret->toUtf8());
    const QByteArray ha2 = md5Hex(method + ':' + uri);
    const QByteArray expected
            = md5Hex(ha1 + ':' + nonce + ':' + ncText + ':' + values.value("cnonce") + ':' + qop + ':' + ha2);
    // The digest is checked before the nonce so that stale=true only goes to
    // a client that knows the secret (RFC 7616 §3.3); it then retries with a
    // fresh nonce without asking anyone for the password again.
    if (!sameDigest(expected, response))
        return verdict(Outcome::BadResponse, username);

    const QMutexLocker locker(&m_mutex);
    const QDateTime now = m_clock->now();
    pruneLocked(now);
    // Unknown covers evicted nonces and those from before a restart.
    const auto state = m_nonces.find(nonce);
    if (state == m_nonces.end() || isExpired(*state, now))
        return verdict(Outcome::StaleNonce, username);
    if (nc <= state->lastNc)
        return verdict(Outcome::Replay, username);
    state->lastNc = nc;
    DigestVerdict accepted = verdict(Outcome::Ok, username);
    accepted.uri = QString::fromUtf8(uri);
    return accepted;
}

qsizetype DigestAuthenticator::liveNonceCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_nonces.size();
}

bool DigestAuthenticator::isExpired(const NonceState &state, const QDateTime &now) const
{
    return state.issued.addSecs(m_nonceLifetime.count()) <= now;
}

// Amortised O(1) per call: only the front of the issue order can have expired.
// A clock set backwards leaves some for later; verify() still refuses them.
void DigestAuthenticator::pruneLocked(const QDateTime &now)
{
    while (!m_issueOrder.empty()) {
        const auto state = m_nonces.constFind(m_issueOrder.front());
        if (state != m_nonces.cend() && !isExpired(*state, now))
            return;
        if (state != m_nonces.cend())
            m_nonces.erase(state);
        m_issueOrder.pop_front();
    }
}

} // namespace snapline::sandbox
