#pragma once

#include "util/clock.h"

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

private:
    qint64 m_start;
    double m_scale;
    QElapsedTimer m_elapsed;
};

} // namespace snapline::sandbox
