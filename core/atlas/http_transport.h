#pragma once

#include "atlas/atlas_error.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <utility>

namespace snapline {

// How to reach one Atlas (or a sandbox): where, as whom, and whom to trust.
struct TransportSettings
{
    enum class Auth { None, Digest, Bearer };

    QUrl baseUrl;
    Auth auth = Auth::None;
    QString username;       // Digest: the API key's public key
    QString secret;         // Digest: the private key
    QByteArray bearerToken; // Bearer: a service-account access token
    QString caFile;         // extra certificate authorities (PEM), on top of the system's
    QString pinnedSha256;   // "AB:CD:…": trust exactly this server certificate (sandbox profiles)
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 60000;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // absolute path with query, e.g. /api/atlas/v2/groups?pageNum=2
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString what; // what the call does, for messages: "list the projects"
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // of the final answer

    QByteArray header(const QByteArray &name) const;
};

// One connection's worth of libcurl: TLS verification always on (system CAs,
// an optional CA file, or a pinned certificate), HTTP Digest or Bearer auth,
// connect and total timeouts, cancellation, connection reuse between calls.
// A transport is used by one thread at a time.
class HttpTransport
{
public:
    explicit HttpTransport(TransportSettings settings);
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    const TransportSettings &settings() const { return m_settings; }
    void setBearerToken(const QByteArray &token) { m_settings.bearerToken = token; }

    // Sends one request. Any HTTP answer (also 4xx/5xx) is a response; only a
    // failure to get one (TLS, connect, timeout, cancel, a broken answer) is an error.
    Result<HttpResponse, AtlasError> send(const HttpRequest &request,
                                          const std::atomic_bool *cancel = nullptr);

    // Set by the TLS check: the SHA-256 fingerprint the server presented.
    QString presentedFingerprint() const { return m_presentedFingerprint; }

private:
    AtlasError transportError(int curlCode, const char *curlMessage, const QString &what) const;

    TransportSettings m_settings;
    void *m_curl = nullptr; // CURL*
    QString m_presentedFingerprint;

    friend struct TransportCallbacks;
};

} // namespace snapline
