#pragma once

#include "http/api_exchange.h"
#include "store/sandbox_store.h"
#include "util/clock.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace snapline::sandbox {

// OAuth 2.0 client credentials for service accounts, as Atlas's
// POST /api/oauth/token does it: Basic client_id:client_secret, a form body
// with grant_type=client_credentials, a one-hour Bearer token back.
class TokenIssuer
{
public:
    static constexpr qint64 kLifetimeSeconds = 3600;

    TokenIssuer(SandboxStore &store, std::shared_ptr<const Clock> clock);

    ApiReply issue(const ApiRequest &request);
    // The service account a live token belongs to, or an empty string.
    QString credentialFor(const QByteArray &token);
    // Drops every token (tests, and "revoke" from the admin endpoint).
    void revokeAll();

private:
    SandboxStore &m_store;
    std::shared_ptr<const Clock> m_clock;
    QMutex m_mutex;
    QHash<QByteArray, std::pair<QString, qint64>> m_tokens; // token → (client id, expiry)
};

} // namespace snapline::sandbox
