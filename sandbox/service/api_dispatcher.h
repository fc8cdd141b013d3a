#pragma once

#include "api/api_versions.h"
#include "http/api_exchange.h"
#include "http/rate_limiter.h"
#include "security/caller.h"
#include "security/digest_authenticator.h"
#include "security/token_issuer.h"
#include "service/sandbox_context.h"

#include <QHash>

#include <functional>

namespace snapline::sandbox {

// Every request's path through the sandbox: route and version (the
// contract), authenticate (Digest or Bearer), check the project or
// organization exists and the caller holds the operation's minimum role,
// then run the operation's handler. Every refusal is an Atlas ApiError.
class ApiDispatcher
{
public:
    using Handler = std::function<ApiReply(const ApiRequest &, const Caller &, SandboxContext &)>;

    ApiDispatcher(SandboxContext &context, const ApiVersions &versions, DigestAuthenticator &digest,
                  TokenIssuer &tokens);

    // Registers the handler of a contract operation (by its operationId).
    void handle(const char *operationId, Handler handler);
    bool handles(const QString &operationId) const { return m_handlers.contains(operationId); }

    ApiReply dispatch(ApiRequest request);
    // Rate limits to apply (not owned); nullptr: none.
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }

private:
    ApiReply challenge(bool stale);
    ApiReply dispatchRouted(ApiRequest request, const ApiResolution &route);
    std::optional<Caller> authenticate(const ApiRequest &request, ApiReply &refusal);

    SandboxContext &m_context;
    const ApiVersions &m_versions;
    DigestAuthenticator &m_digest;
    TokenIssuer &m_tokens;
    QHash<QString, Handler> m_handlers;
    RateLimiter *m_limiter = nullptr;
};

// Answers with an Atlas error body.
ApiReply errorReply(const ApiError &error);

} // namespace snapline::sandbox
