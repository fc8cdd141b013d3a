#include "service/api_dispatcher.h"

namespace snapline::sandbox {

ApiReply errorReply(const ApiError &error)
{
    ApiReply reply;
    reply.status = error.status();
    reply.body = error.toBytes();
    reply.contentType = ApiError::contentType();
    return reply;
}

ApiDispatcher::ApiDispatcher(SandboxContext &context, const ApiVersions &versions,
                             DigestAuthenticator &digest, TokenIssuer &tokens)
    : m_context(context)
    , m_versions(versions)
    , m_digest(digest)
    , m_tokens(tokens)
{}

void ApiDispatcher::handle(const char *operationId, Handler handler)
{
    m_handlers.insert(QString::fromLatin1(operationId), std::move(handler));
}

ApiReply ApiDispatcher::challenge(bool stale)
{
    return errorReply(ApiError::unauthorized()).withHeader("WWW-Authenticate", m_digest.challenge(stale));
}

std::optional<Caller> ApiDispatcher::authenticate(const ApiRequest &request, ApiReply &refusal)
{
    const QByteArray authorization = request.header("authorization");
    QString credentialId;
    if (authorization.startsWith("Bearer ")) {
        credentialId = m_tokens.credentialFor(authorization.mid(7).trimmed());
    } else if (authorization.startsWith("Digest ")) {
        const DigestVerdict verdict
                = m_digest.verify(authorization, request.method, [this](const QString &user) {
                      const auto credential = m_context.store.credential(user);
                      return credential && credential->kind == u"apiKey"
                              ? std::optional<QString>(credential->secret)
                              : std::nullopt;
                  });
        if (verdict.outcome == DigestVerdict::Outcome::StaleNonce) {
            refusal = challenge(true);
            return std::nullopt;
        }
        if (verdict.ok())
            credentialId = verdict.username;
    }
    const auto credential = credentialId.isEmpty() ? std::nullopt : m_context.store.credential(credentialId);
    if (!credential) {
        refusal = challenge(false);
        return std::nullopt;
    }
    return Caller(*credential, m_context.orgId);
}

ApiReply ApiDispatcher::dispatch(ApiRequest request)
{
    const ApiResolution route = m_versions.resolve(request.method, request.url.path(QUrl::FullyEncoded),
                                                   request.header("accept"));
    if (route.kind == ApiResolution::Kind::NotFound || route.kind == ApiResolution::Kind::MethodNotAllowed) {
        ApiReply reply = errorReply(route.error());
        if (route.kind == ApiResolution::Kind::MethodNotAllowed)
            reply.withHeader("Allow", route.allowHeader());
        return reply;
    }

    RateLimiter::Decision budget;
    if (m_limiter) {
        budget = m_limiter->take(QString::fromLatin1(request.method) + u' '
                                 + QString::fromLatin1(route.operation->pathTemplate));
        if (!budget.allowed) {
            return errorReply(ApiError::rateLimited())
                    .withHeader("Retry-After", QByteArray::number(budget.retryAfterSeconds))
                    .withHeader("RateLimit-Limit", QByteArray::number(budget.limit))
                    .withHeader("RateLimit-Remaining", "0");
        }
    }
    ApiReply reply = dispatchRouted(std::move(request), route);
    if (m_limiter) {
        reply.withHeader("RateLimit-Limit", QByteArray::number(budget.limit))
                .withHeader("RateLimit-Remaining", QByteArray::number(budget.remaining));
    }
    return reply;
}

ApiReply ApiDispatcher::dispatchRouted(ApiRequest request, const ApiResolution &route)
{
    ApiReply refusal;
    const auto caller = authenticate(request, refusal);
    if (!caller)
        return refusal;
    if (!route.ok())
        return errorReply(route.error());

    request.params = route.pathParameters;
    request.operationId = QString::fromLatin1(route.operation->operationId);
    request.version = QString::fromLatin1(route.version->version);
    request.credentialId = caller->credential().id;

    QString orgId = request.param(QStringLiteral("orgId"));
    const QString groupId = request.param(QStringLiteral("groupId"));
    if (!groupId.isEmpty()) {
        const auto project = m_context.store.project(groupId);
        if (!project)
            return errorReply(ApiError::groupNotFound(groupId));
        orgId = project->orgId;
    } else if (!orgId.isEmpty() && !m_context.store.org(orgId)) {
        return errorReply(ApiError::orgNotFound(orgId));
    }
    QStringList required;
    for (const char *role : route.operation->roles)
        required << QString::fromLatin1(role);
    if (!caller->meets(required, groupId, orgId))
        return errorReply(ApiError::insufficientRole(required));

    const auto handler = m_handlers.constFind(request.operationId);
    if (handler == m_handlers.cend()) {
        return errorReply(ApiError(
                501, QStringLiteral("NOT_IMPLEMENTED"),
                QStringLiteral("The sandbox does not serve %1 (%2).")
                        .arg(request.operationId, QString::fromLatin1(route.operation->pathTemplate))));
    }
    ApiReply reply = (*handler)(request, *caller, m_context);
    // Success answers carry the chosen version's media type (the contract
    // gives one even to 204 answers).
    if (reply.status < 300 && (reply.contentType == "application/json" || reply.contentType.isEmpty()))
        reply.contentType = route.contentType();
    return reply;
}

} // namespace snapline::sandbox
