#pragma once

#include "atlas/http_transport.h"
#include "util/clock.h"

#include <memory>
#include <mutex>

namespace snapline {

// How a profile proves who it is: an API key (HTTP Digest) or a service
// account (OAuth 2.0 client credentials against the profile's token URL).
struct AtlasCredentials
{
    enum class Kind { ApiKey, ServiceAccount };

    Kind kind = Kind::ApiKey;
    QString publicKey;    // API key
    QString privateKey;   // API key
    QString clientId;     // service account
    QString clientSecret; // service account
    QString tokenPath = QStringLiteral("/api/oauth/token");
};

// One profile's way into Atlas: the transport plus the credentials. For a
// service account it fetches a Bearer token, keeps it until shortly before it
// expires, and on a 401 fetches a new one and tries once more.
class AtlasSession
{
public:
    static constexpr qint64 kRefreshMarginSeconds = 60;

    AtlasSession(TransportSettings settings, AtlasCredentials credentials,
                 std::shared_ptr<const Clock> clock = Clock::system());

    Result<HttpResponse, AtlasError> send(const HttpRequest &request,
                                          const std::atomic_bool *cancel = nullptr);

    // How many tokens were fetched so far (for tests and the status bar).
    int tokensFetched() const { return m_tokensFetched; }

private:
    Result<QByteArray, AtlasError> token(bool forceNew, const std::atomic_bool *cancel);

    HttpTransport m_transport;
    AtlasCredentials m_credentials;
    std::shared_ptr<const Clock> m_clock;
    std::mutex m_tokenMutex;
    QByteArray m_token;
    qint64 m_tokenExpiry = 0;
    int m_tokensFetched = 0;
};

} // namespace snapline
