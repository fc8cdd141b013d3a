#pragma once

#include "atlas/atlas_error.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace snapline {

// When to send a request again. Reads (GET) are retried on 429 and 503,
// after the server's Retry-After when it gives one and otherwise after an
// exponential backoff with jitter, and on connection trouble; writes are
// retried only when the server provably never received them (the connection
// was never made). Always bounded.
class RetryPolicy
{
public:
    int maxAttempts = 4;          // the first try included
    int baseDelayMs = 500;        // backoff: base * 2^(attempt-1), ± jitter
    int maxDelayMs = 30000;       // no single wait is longer than this…
    int maxRetryAfterMs = 120000; // …unless the server asked, up to this

    // How long to wait before attempt `attempt + 1` (attempt counts from 1), or
    // nullopt to give up. `status` is the HTTP status (0 when none came back),
    // `failure` the transport error when there was no answer.
    std::optional<int> delayBeforeRetry(const QByteArray &method, int attempt, int status,
                                        std::optional<AtlasError::Kind> failure, int retryAfterSeconds) const;

    // For tests: a fixed jitter in [0, 1) instead of a random one.
    std::function<double()> jitter;

private:
    int backoffMs(int attempt) const;
};

} // namespace snapline
