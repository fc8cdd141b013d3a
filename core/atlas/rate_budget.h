#pragma once

#include "util/clock.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace snapline {

// What the status bar shows about the request budget of one host.
struct RateBudgetReading
{
    QString host;
    int capacity = 0;         // our bucket's size
    int available = 0;        // requests we may send right now
    int serverLimit = -1;     // RateLimit-Limit of the last answer, -1 when none came
    int serverRemaining = -1; // RateLimit-Remaining of the last answer
    int throttled = 0;        // 429 answers seen so far
};

// A token bucket per host that keeps the client under the server's rate
// limits: each request takes a token, tokens come back at a steady rate, and
// the server's own RateLimit-Remaining and 429 answers drain it early.
class RateBudget
{
public:
    RateBudget(QString host, int capacity, double refillPerSecond,
               std::shared_ptr<const Clock> clock = Clock::system());

    // The budget shared by every client of `host` in this process.
    static std::shared_ptr<RateBudget> forHost(const QString &host);
    // Replaces the shared budget of `host` (a profile may know its limits better).
    static void configureHost(const QString &host, int capacity, double refillPerSecond);

    // Takes a token when one is free; otherwise tells how long until one is (ms).
    bool tryTake(qint64 *waitMs = nullptr);
    // What the server said in its RateLimit-* headers, and whether it refused with 429.
    void observe(int serverLimit, int serverRemaining, bool throttled);

    RateBudgetReading reading() const;
    // Called (on the sending thread) whenever the reading changes.
    void setListener(std::function<void(const RateBudgetReading &)> listener);

private:
    void refillLocked(qint64 nowMs) const;
    void notify();

    QString m_host;
    int m_capacity;
    double m_refillPerMs;
    std::shared_ptr<const Clock> m_clock;
    mutable std::mutex m_mutex;
    mutable double m_tokens;
    mutable qint64 m_lastRefillMs = 0;
    int m_serverLimit = -1;
    int m_serverRemaining = -1;
    int m_throttled = 0;
    std::function<void(const RateBudgetReading &)> m_listener;
};

} // namespace snapline
