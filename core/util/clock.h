#pragma once

#include <QDateTime>

#include <memory>

namespace snapline {

// Source of the current time. Core logic never asks QDateTime for "now":
// it is handed a Clock so retention, PIT windows and timelines are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide wall clock.
    static std::shared_ptr<const Clock> system();
};

// The real time, in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stands still until told to move; for tests and replays.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace snapline
