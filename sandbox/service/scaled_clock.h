#pragma once

#include "util/clock.h"

#include <QAtomicInteger>
#include <QElapsedTimer>

namespace snapline::sandbox {

// The sandbox's time: it starts at a given moment and runs `scale` times
// faster than the wall clock, so a demo shows snapshots arriving.
class ScaledClock final : public Clock
{
public:
    ScaledClock(qint64 startSeconds, double scale);

    QDateTime now() const override;
    qint64 nowSeconds() const;
    double scale() const { return m_scale; }
    // Jumps ahead (the admin endpoint, for demos and tests).
    void advance(qint64 seconds) { m_offset.fetchAndAddRelaxed(seconds); }

private:
    qint64 m_start;
    double m_scale;
    QElapsedTimer m_elapsed;
    QAtomicInteger<qint64> m_offset = 0;
};

} // namespace snapline::sandbox
