#include "http/rate_limiter.h"

#include <cmath>

namespace snapline::sandbox {

RateLimiter::RateLimiter(int capacity, int periodSeconds, std::shared_ptr<const Clock> clock)
    : m_capacity(std::max(capacity, 1))
    , m_period(std::max(periodSeconds, 1))
    , m_clock(std::move(clock))
{}

RateLimiter::Decision RateLimiter::take(const QString &endpointSet)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const double perMs = double(m_capacity) / (double(m_period) * 1000.0);
    auto it = m_buckets.find(endpointSet);
    if (it == m_buckets.end())
        it = m_buckets.insert(endpointSet, {double(m_capacity), now});
    it->tokens = std::min(double(m_capacity), it->tokens + double(now - it->lastMs) * perMs);
    it->lastMs = now;
    Decision decision;
    decision.limit = m_capacity;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        decision.remaining = int(std::floor(it->tokens));
        return decision;
    }
    decision.allowed = false;
    decision.retryAfterSeconds = int(std::ceil((1.0 - it->tokens) / perMs / 1000.0));
    return decision;
}

} // namespace snapline::sandbox
