#pragma once

#include "util/clock.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace snapline::sandbox {

// Atlas-style rate limits: a token bucket per endpoint set (one operation's
// method and path template), refilled continuously. Off unless configured.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSeconds = 0;
    };

    // `capacity` requests per `periodSeconds`, per endpoint set.
    RateLimiter(int capacity, int periodSeconds, std::shared_ptr<const Clock> clock = Clock::system());

    Decision take(const QString &endpointSet);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    int m_capacity;
    int m_period;
    std::shared_ptr<const Clock> m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace snapline::sandbox
