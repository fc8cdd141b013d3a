#include "atlas/rate_budget.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace snapline {

namespace {

// Atlas allows on the order of a hundred requests a minute per project for
// most endpoints; a burst of 100 refilled at 10/s stays polite while still
// letting a sync run at full speed against servers that allow more.
constexpr int kDefaultCapacity = 100;
constexpr double kDefaultRefillPerSecond = 10.0;

struct Registry
{
    std::mutex mutex;
    QHash<QString, std::shared_ptr<RateBudget>> budgets;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

RateBudget::RateBudget(QString host, int capacity, double refillPerSecond, std::shared_ptr<const Clock> clock)
    : m_host(std::move(host))
    , m_capacity(std::max(capacity, 1))
    , m_refillPerMs(std::max(refillPerSecond, 0.001) / 1000.0)
    , m_clock(std::move(clock))
    , m_tokens(m_capacity)
    , m_lastRefillMs(m_clock->now().toMSecsSinceEpoch())
{}

std::shared_ptr<RateBudget> RateBudget::forHost(const QString &host)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    auto &budget = r.budgets[host];
    if (!budget)
        budget = std::make_shared<RateBudget>(host, kDefaultCapacity, kDefaultRefillPerSecond);
    return budget;
}

void RateBudget::configureHost(const QString &host, int capacity, double refillPerSecond)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.budgets[host] = std::make_shared<RateBudget>(host, capacity, refillPerSecond);
}

void RateBudget::refillLocked(qint64 nowMs) const
{
    if (nowMs > m_lastRefillMs) {
        m_tokens = std::min<double>(m_capacity, m_tokens + double(nowMs - m_lastRefillMs) * m_refillPerMs);
        m_lastRefillMs = nowMs;
    }
}

bool RateBudget::tryTake(qint64 *waitMs)
{
    bool taken = false;
    {
        std::lock_guard lock(m_mutex);
        refillLocked(m_clock->now().toMSecsSinceEpoch());
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            taken = true;
        } else if (waitMs) {
            *waitMs = qint64(std::ceil((1.0 - m_tokens) / m_refillPerMs));
        }
    }
    if (taken)
        notify();
    return taken;
}

void RateBudget::observe(int serverLimit, int serverRemaining, bool throttled)
{
    {
        std::lock_guard lock(m_mutex);
        if (serverLimit >= 0)
            m_serverLimit = serverLimit;
        if (serverRemaining >= 0) {
            m_serverRemaining = serverRemaining;
            // The server knows about other clients of the same key: never plan more than it grants.
            m_tokens = std::min<double>(m_tokens, serverRemaining);
        }
        if (throttled) {
            ++m_throttled;
            m_tokens = 0;
        }
    }
    notify();
}

RateBudgetReading RateBudget::reading() const
{
    std::lock_guard lock(m_mutex);
    refillLocked(m_clock->now().toMSecsSinceEpoch());
    return {m_host, m_capacity, int(m_tokens), m_serverLimit, m_serverRemaining, m_throttled};
}

void RateBudget::setListener(std::function<void(const RateBudgetReading &)> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void RateBudget::notify()
{
    std::function<void(const RateBudgetReading &)> listener;
    {
        std::lock_guard lock(m_mutex);
        listener = m_listener;
    }
    if (listener)
        listener(reading());
}

} // namespace snapline
