#include "atlas/atlas_session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace snapline {

namespace {

class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)
};

TransportSettings withAuth(TransportSettings settings, const AtlasCredentials &credentials)
{
    if (credentials.kind == AtlasCredentials::Kind::ApiKey) {
        settings.auth = TransportSettings::Auth::Digest;
        settings.username = credentials.publicKey;
        settings.secret = credentials.privateKey;
    } else {
        settings.auth = TransportSettings::Auth::Bearer;
        settings.bearerToken = credentials.accessToken;
    }
    return settings;
}

} // namespace

AtlasSession::AtlasSession(TransportSettings settings, AtlasCredentials credentials,
                           std::shared_ptr<const Clock> clock)
    : m_settings(withAuth(std::move(settings), credentials))
    , m_credentials(std::move(credentials))
    , m_clock(std::move(clock))
{}

Result<QByteArray, AtlasError> AtlasSession::token(bool forceNew, const std::atomic_bool *cancel)
{
    std::lock_guard lock(m_tokenMutex);
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    if (!forceNew && !m_token.isEmpty() && now < m_tokenExpiry - kRefreshMarginSeconds)
        return m_token;

    HttpRequest request;
    request.method = "POST";
    request.path = m_credentials.tokenPath;
    request.headers
            = {{"Authorization",
                "Basic " + (m_credentials.clientId + u':' + m_credentials.clientSecret).toUtf8().toBase64()},
               {"Content-Type", "application/x-www-form-urlencoded"},
               {"Accept", "application/json"}};
    request.body = "grant_type=client_credentials";
    request.what = SessionText::tr("sign in with the service account");
    // The token request carries its own Basic credentials, never a Bearer token.
    TransportSettings plain = m_settings;
    plain.auth = TransportSettings::Auth::None;
    HttpTransport tokenTransport(plain);
    auto answer = tokenTransport.send(request, cancel);
    if (!answer)
        return answer.error();
    const QJsonObject body = QJsonDocument::fromJson(answer->body).object();
    const QByteArray token = body.value(u"access_token").toString().toLatin1();
    if (answer->status != 200 || token.isEmpty()) {
        AtlasError error;
        error.kind = AtlasError::Kind::Http;
        error.httpStatus = answer->status;
        error.errorCode = body.value(u"error").toString();
        error.detail = body.value(u"error_description").toString();
        error.message = answer->status == 401 || answer->status == 400
                ? SessionText::tr("Atlas rejected the service account %1: check its client id and "
                                  "secret.")
                          .arg(m_credentials.clientId)
                : SessionText::tr("Signing in with the service account failed (HTTP %1).")
                          .arg(answer->status);
        return error;
    }
    m_token = token;
    m_tokenExpiry = now + body.value(u"expires_in").toInteger(3600);
    ++m_tokensFetched;
    return m_token;
}

int AtlasSession::tokensFetched() const
{
    std::lock_guard lock(m_tokenMutex);
    return m_tokensFetched;
}

std::unique_ptr<HttpTransport> AtlasSession::checkOut()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_idle.empty()) {
            auto transport = std::move(m_idle.back());
            m_idle.pop_back();
            return transport;
        }
    }
    return std::make_unique<HttpTransport>(m_settings);
}

void AtlasSession::checkIn(std::unique_ptr<HttpTransport> transport)
{
    std::lock_guard lock(m_poolMutex);
    m_idle.push_back(std::move(transport));
}

Result<HttpResponse, AtlasError> AtlasSession::send(const HttpRequest &request,
                                                    const std::atomic_bool *cancel)
{
    auto transport = checkOut();
    if (m_credentials.kind != AtlasCredentials::Kind::ServiceAccount) {
        auto answer = transport->send(request, cancel);
        checkIn(std::move(transport));
        return answer;
    }
    for (const bool forceNew : {false, true}) {
        auto bearer = token(forceNew, cancel);
        if (!bearer)
            return bearer.error();
        transport->setBearerToken(*bearer);
        auto answer = transport->send(request, cancel);
        // A 401 with a cached token means it was revoked or expired early: one fresh try.
        if (!answer || answer->status != 401 || forceNew) {
            checkIn(std::move(transport));
            return answer;
        }
    }
    return AtlasError{};
}

} // namespace snapline
