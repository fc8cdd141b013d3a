#include "atlas/http_transport.h"

#include <QCoreApplication>
#include <QFile>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace snapline {

namespace {

class TransportText
{
    Q_DECLARE_TR_FUNCTIONS(TransportText)
};

struct Exchange
{
    HttpResponse response;
    const std::atomic_bool *cancel = nullptr;
};

QString fingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(certificate, EVP_sha256(), digest, &length))
        return {};
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':').toUpper());
}

} // namespace

// libcurl and OpenSSL call back into plain functions; they find the
// transport through their user-data pointers.
struct TransportCallbacks
{
    static size_t body(char *data, size_t size, size_t count, void *user)
    {
        static_cast<Exchange *>(user)->response.body.append(data, qsizetype(size * count));
        return size * count;
    }

    static size_t header(char *data, size_t size, size_t count, void *user)
    {
        auto *exchange = static_cast<Exchange *>(user);
        const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
        if (line.startsWith("HTTP/")) {
            exchange->response.headers.clear(); // a new answer (after a Digest challenge, say)
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            exchange->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return size * count;
    }

    static int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        const auto *exchange = static_cast<Exchange *>(user);
        return exchange->cancel && exchange->cancel->load() ? 1 : 0;
    }

    // A pinned certificate is trusted for what it is, self-signed or not;
    // anything else is refused before a single request byte is sent.
    static int verifyPinned(int preverified, X509_STORE_CTX *store)
    {
        SSL *ssl
                = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        auto *transport = static_cast<HttpTransport *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
        if (X509_STORE_CTX_get_error_depth(store) != 0)
            return 1; // only the server's own certificate is compared
        transport->m_presentedFingerprint = fingerprintOf(X509_STORE_CTX_get_current_cert(store));
        if (transport->m_presentedFingerprint.compare(transport->m_settings.pinnedSha256, Qt::CaseInsensitive)
            == 0) {
            X509_STORE_CTX_set_error(store, X509_V_OK);
            return 1;
        }
        Q_UNUSED(preverified);
        X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REJECTED);
        return 0;
    }

    static CURLcode sslContext(CURL *, void *context, void *user)
    {
        auto *sslContext = static_cast<SSL_CTX *>(context);
        SSL_CTX_set_app_data(sslContext, user);
        SSL_CTX_set_verify(sslContext, SSL_VERIFY_PEER, verifyPinned);
        return CURLE_OK;
    }
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpTransport::HttpTransport(TransportSettings settings)
    : m_settings(std::move(settings))
{
    static const bool initialized = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialized);
    m_curl = curl_easy_init();
}

HttpTransport::~HttpTransport()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Result<HttpResponse, AtlasError> HttpTransport::send(const HttpRequest &request,
                                                     const std::atomic_bool *cancel)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    // No curl_easy_reset() between calls: besides the connection it would forget the Digest
    // nonce, and every call would cost a 401 round trip before the real one. Every option
    // that differs between calls is set below, each time.
    Exchange exchange;
    exchange.cancel = cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    const QByteArray url = (m_settings.baseUrl.toString(QUrl::StripTrailingSlash) + request.path).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST,
                     request.method == "GET" ? nullptr : request.method.constData());
    // libcurl sends a request again by itself when a kept-alive connection dies
    // before any answer; a change must never be sent twice unseen, so it gets a
    // connection of its own and a lost answer comes back as an error.
    curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, request.method == "GET" ? 0L : 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_settings.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &TransportCallbacks::body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &TransportCallbacks::header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &TransportCallbacks::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
    // Proxies come from the usual environment variables (https_proxy, no_proxy …), which libcurl
    // reads itself; a loopback sandbox is never reached through one.
    const QString host = m_settings.baseUrl.host();
    if (host == u"127.0.0.1" || host == u"localhost" || host == u"::1")
        curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(m_settings.caFile).constData());
    if (!m_settings.pinnedSha256.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, &TransportCallbacks::sslContext);
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_DATA, this);
    }
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT"
        || request.method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L); // no body left over from the previous call
    }
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray secret = m_settings.secret.toUtf8();
    if (m_settings.auth == TransportSettings::Auth::Digest) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_DIGEST));
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    curl_slist *headers = nullptr;
    QList<QByteArray> lines;
    for (const auto &[name, value] : request.headers)
        lines << name + ": " + value;
    if (m_settings.auth == TransportSettings::Auth::Bearer)
        lines << "Authorization: Bearer " + m_settings.bearerToken;
    lines << "Expect:"; // no 100-continue round trip for bodies
    for (const QByteArray &line : lines)
        headers = curl_slist_append(headers, line.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr); // it lives on this call's stack
    curl_slist_free_all(headers);
    if (code != CURLE_OK)
        return transportError(int(code), errorBuffer[0] ? errorBuffer : curl_easy_strerror(code),
                              request.what);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    exchange.response.status = int(status);
    return exchange.response;
}

AtlasError HttpTransport::transportError(int curlCode, const char *curlMessage, const QString &what) const
{
    AtlasError error;
    error.detail = QString::fromUtf8(curlMessage);
    const QString host = m_settings.baseUrl.host();
    switch (CURLcode(curlCode)) {
    case CURLE_ABORTED_BY_CALLBACK:
        error.kind = AtlasError::Kind::Cancelled;
        error.message = TransportText::tr("Cancelled while trying to %1.").arg(what);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error.kind = AtlasError::Kind::Timeout;
        error.message = TransportText::tr("%1 did not answer in time while trying to %2.").arg(host, what);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        error.kind = AtlasError::Kind::Connect;
        error.message = TransportText::tr("Cannot reach %1 to %2: %3.").arg(host, what, error.detail);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        error.kind = AtlasError::Kind::Tls;
        if (!m_settings.pinnedSha256.isEmpty() && !m_presentedFingerprint.isEmpty()
            && m_presentedFingerprint.compare(m_settings.pinnedSha256, Qt::CaseInsensitive) != 0) {
            error.message
                    = TransportText::tr("%1 presented a certificate with SHA-256 fingerprint %2, but this "
                                        "profile trusts only %3; nothing was sent.")
                              .arg(host, m_presentedFingerprint, m_settings.pinnedSha256);
        } else {
            error.message = TransportText::tr("The certificate of %1 is not trusted (%2); nothing was sent.")
                                    .arg(host, error.detail);
        }
        break;
    default:
        error.kind = AtlasError::Kind::Protocol;
        error.message = TransportText::tr("The connection to %1 broke while trying to %2: %3.")
                                .arg(host, what, error.detail);
        break;
    }
    return error;
}

} // namespace snapline
