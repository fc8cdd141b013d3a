#include "security/token_issuer.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace snapline::sandbox {

namespace {

ApiReply oauthError(int status, const char *error, const QString &description)
{
    ApiReply reply
            = ApiReply::json(status,
                             QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                                       {QStringLiteral("error_description"), description}}));
    if (status == 401)
        reply.withHeader("WWW-Authenticate", "Basic realm=\"Atlas\"");
    return reply;
}

} // namespace

TokenIssuer::TokenIssuer(SandboxStore &store, std::shared_ptr<const Clock> clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

ApiReply TokenIssuer::issue(const ApiRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Basic "))
        return oauthError(401, "invalid_client",
                          QStringLiteral("Send the client id and secret with Basic authentication."));
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return oauthError(401, "invalid_client", QStringLiteral("The Basic credentials are malformed."));
    const QString clientId = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));

    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials")
        return oauthError(400, "unsupported_grant_type",
                          QStringLiteral("Only grant_type=client_credentials is supported."));

    const auto credential = m_store.credential(clientId);
    if (!credential || credential->kind != u"serviceAccount" || credential->secret != secret)
        return oauthError(401, "invalid_client", QStringLiteral("The client id or secret is not valid."));

    QByteArray token = QByteArrayLiteral("sl_");
    for (int i = 0; i < 4; ++i)
        token += QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    {
        QMutexLocker lock(&m_mutex);
        m_tokens.insert(token, {clientId, m_clock->now().toSecsSinceEpoch() + kLifetimeSeconds});
    }
    return ApiReply::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                      {QStringLiteral("expires_in"), int(kLifetimeSeconds)},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")}}));
}

QString TokenIssuer::credentialFor(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return {};
    if (it->second <= m_clock->now().toSecsSinceEpoch()) {
        m_tokens.erase(it);
        return {};
    }
    return it->first;
}

void TokenIssuer::revokeAll()
{
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
}

} // namespace snapline::sandbox
