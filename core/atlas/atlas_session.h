#pragma once

#include "atlas/http_transport.h"
#include "util/clock.h"

#include <memory>
#include <mutex>
#include <vector>

namespace snapline {

// How a profile proves who it is: an API key (HTTP Digest), a service
// account (OAuth 2.0 client credentials against the profile's token URL), or
// an access token obtained elsewhere and used as it is until it expires.
struct AtlasCredentials
{
    enum class Kind { ApiKey, ServiceAccount, AccessToken };

    Kind kind = Kind::ApiKey;
    QString publicKey;      // API key
    QString privateKey;     // API key
    QString clientId;       // service account
    QString clientSecret;   // service account
    QByteArray accessToken; // access token
    QString tokenPath = QStringLiteral("/api/oauth/token");
};

// One profile's way into Atlas: the credentials plus a pool of transports, so
// that several threads can send at once while each connection is reused. For
// a service account it fetches a Bearer token, keeps it until shortly before
// it expires, and on a 401 fetches a new one and tries once more.
class AtlasSession
{
public:
    static constexpr qint64 kRefreshMarginSeconds = 60;

    AtlasSession(TransportSettings settings, AtlasCredentials credentials,
                 std::shared_ptr<const Clock> clock = Clock::system());

    Result<HttpResponse, AtlasError> send(const HttpRequest &request,
                                          const std::atomic_bool *cancel = nullptr);

    // How many tokens were fetched so far (for tests and the status bar).
    int tokensFetched() const;
    const TransportSettings &settings() const { return m_settings; }
    const AtlasCredentials &credentials() const { return m_credentials; }

private:
    Result<QByteArray, AtlasError> token(bool forceNew, const std::atomic_bool *cancel);
    std::unique_ptr<HttpTransport> checkOut();
    void checkIn(std::unique_ptr<HttpTransport> transport);

    TransportSettings m_settings;
    AtlasCredentials m_credentials;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<HttpTransport>> m_idle;
    std::shared_ptr<const Clock> m_clock;
    mutable std::mutex m_tokenMutex;
    QByteArray m_token;
    qint64 m_tokenExpiry = 0;
    int m_tokensFetched = 0;
};

} // namespace snapline
