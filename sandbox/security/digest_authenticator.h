#pragma once

#include "util/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace snapline::sandbox {

// What one Authorization header amounts to; the server turns it into a status.
struct DigestVerdict
{
    Q_GADGET

public:
    enum class Outcome {
        Ok,        // authenticated as `username`
        Missing,   // no credentials at all: answer 401 with a challenge
        Malformed, // not Digest, unparsable or unsupported; `reason` says what
        UnknownUser,
        StaleNonce,  // right secret, expired or unknown nonce: 401 with stale=true
        BadResponse, // wrong secret, or a field changed after signing
        Replay,      // nc not above the last one accepted for this nonce
    };
    Q_ENUM(Outcome)

    Outcome outcome = Outcome::Missing;
    QString username; // as sent, whenever the header named one
    QString uri;      // the signed digest-uri; the caller may compare it with the request target
    QString reason;   // why it is Malformed, for the log (never for the client)

    bool ok() const { return outcome == Outcome::Ok; }
};

// HTTP Digest (RFC 7616, MD5, qop=auth) over API keys, as Atlas asks for them:
// the public key is the username and the private key the secret.
class DigestAuthenticator
{
public:
    // The private key of a public key, or nothing if there is no such key.
    using SecretLookup = std::function<std::optional<QString>(const QString &username)>;

    static inline const QString kDefaultRealm = QStringLiteral("MMS Public API");
    static constexpr std::chrono::seconds kDefaultNonceLifetime{300};
    // Each unauthenticated request gets a nonce; the cap bounds what a flood
    // of them can cost. The oldest go first.
    static constexpr qsizetype kMaxLiveNonces = 10000;

    explicit DigestAuthenticator(std::shared_ptr<const Clock> clock, QString realm = kDefaultRealm,
                                 std::chrono::seconds nonceLifetime = kDefaultNonceLifetime);

    // The WWW-Authenticate value for a 401; remembers the nonce it hands out.
    QByteArray challenge(bool stale = false);

    // `secretFor` is called without the lock held, so it may be slow (SQLite).
    DigestVerdict verify(const QByteArray &authorizationHeader, const QByteArray &method,
                         const SecretLookup &secretFor);

    QString realm() const { return m_realm; }
    qsizetype liveNonceCount() const;

private:
    struct NonceState
    {
        QDateTime issued;
        quint32 lastNc = 0;
    };

    bool isExpired(const NonceState &state, const QDateTime &now) const;
    void pruneLocked(const QDateTime &now);

    const std::shared_ptr<const Clock> m_clock;
    const QString m_realm;
    const std::chrono::seconds m_nonceLifetime;
    mutable QMutex m_mutex;
    QHash<QByteArray, NonceState> m_nonces;
    std::deque<QByteArray> m_issueOrder; // oldest first; pruning and eviction take from the front
};

} // namespace snapline::sandbox
