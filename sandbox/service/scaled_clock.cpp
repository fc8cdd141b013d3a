#include "service/scaled_clock.h"

namespace snapline::sandbox {

ScaledClock::ScaledClock(qint64 startSeconds, double scale)
    : m_start(startSeconds)
    , m_scale(scale > 0 ? scale : 1.0)
{
    m_elapsed.start();
}

qint64 ScaledClock::nowSeconds() const
{
    return m_start + m_offset.loadRelaxed() + qint64(double(m_elapsed.elapsed()) * m_scale / 1000.0);
}

QDateTime ScaledClock::now() const
{
    return QDateTime::fromSecsSinceEpoch(nowSeconds(), Qt::UTC);
}

} // namespace snapline::sandbox
