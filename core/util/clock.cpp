#include "util/clock.h"

namespace snapline {

std::shared_ptr<const Clock> Clock::system()
{
    static const auto instance = std::make_shared<const SystemClock>();
    return instance;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

void ManualClock::set(const QDateTime &now)
{
    m_now = now.toUTC();
}

} // namespace snapline
