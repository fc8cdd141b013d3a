#include "atlas/retry_policy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace snapline {

std::optional<int> RetryPolicy::delayBeforeRetry(const QByteArray &method, int attempt, int status,
                                                 std::optional<AtlasError::Kind> failure,
                                                 int retryAfterSeconds) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;
    const bool read = method == "GET";
    if (failure) {
        // A write that may have reached the server is never repeated behind the user's back.
        const bool neverSent = *failure == AtlasError::Kind::Connect;
        // A read may go again after any network trouble; a bad certificate or a cancel will not get better.
        const bool transient = *failure != AtlasError::Kind::Tls && *failure != AtlasError::Kind::Cancelled
                && *failure != AtlasError::Kind::Local;
        if (neverSent || (read && transient))
            return backoffMs(attempt);
        return std::nullopt;
    }
    if (!read || (status != 429 && status != 503))
        return std::nullopt;
    if (retryAfterSeconds > 0)
        return std::min(retryAfterSeconds * 1000, maxRetryAfterMs);
    return backoffMs(attempt);
}

int RetryPolicy::backoffMs(int attempt) const
{
    const double spread = jitter ? jitter() : QRandomGenerator::global()->generateDouble();
    const qint64 exponential = qint64(baseDelayMs) << std::min(attempt - 1, 20);
    // Full jitter between half and the whole step keeps clients that failed together from retrying together.
    const qint64 delay = exponential / 2 + qint64(double(exponential / 2) * spread);
    return int(std::min<qint64>(delay, maxDelayMs));
}

} // namespace snapline
