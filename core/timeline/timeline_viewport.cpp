#include "timeline/timeline_viewport.h"

#include <algorithm>
#include <cmath>

namespace snapline {

TimelineViewport::TimelineViewport()
    : m_extentFrom(0)
    , m_extentTo(kDayMs)
    , m_from(0)
    , m_to(kDayMs)
{}

qint64 TimelineViewport::maxSpanMs() const
{
    // Zooming out stops at a few times the data, and at least a week, so
    // a small series is not lost in empty years.
    const qint64 extent = m_extentTo - m_extentFrom;
    return std::clamp(extent * 3, 7 * kDayMs, kMaxSpanMs);
}

void TimelineViewport::setExtent(qint64 fromMs, qint64 toMs)
{
    m_extentFrom = std::min(fromMs, toMs);
    m_extentTo = std::max(fromMs, toMs);
    setRange(m_from, m_to);
}

bool TimelineViewport::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    const qint64 span = std::clamp(toMs - fromMs, kMinSpanMs, maxSpanMs());
    // Keep the centre of the range on the data.
    qint64 centre = fromMs + (toMs - fromMs) / 2;
    centre = std::clamp(centre, m_extentFrom, m_extentTo);
    const qint64 from = centre - span / 2;
    const qint64 to = from + span;
    if (from == m_from && to == m_to)
        return false;
    m_from = from;
    m_to = to;
    return true;
}

bool TimelineViewport::zoomBy(double factor, qint64 anchorMs)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return false;
    const double span = double(spanMs());
    const double newSpan = std::clamp(span / factor, double(kMinSpanMs), double(maxSpanMs()));
    const double anchorShare = span > 0 ? double(anchorMs - m_from) / span : 0.5;
    const auto from = qint64(std::llround(double(anchorMs) - anchorShare * newSpan));
    return setRange(from, from + qint64(std::llround(newSpan)));
}

bool TimelineViewport::panBy(qint64 deltaMs)
{
    return setRange(m_from + deltaMs, m_to + deltaMs);
}

bool TimelineViewport::fit()
{
    const qint64 extent = std::max<qint64>(m_extentTo - m_extentFrom, kMinSpanMs);
    const qint64 margin = extent / 50;
    const qint64 centre = m_extentFrom + (m_extentTo - m_extentFrom) / 2;
    const qint64 span = extent + 2 * margin;
    return setRange(centre - span / 2, centre - span / 2 + span);
}

bool TimelineViewport::ensureVisible(qint64 ms, double margin)
{
    const auto inset = qint64(double(spanMs()) * std::clamp(margin, 0.0, 0.45));
    if (ms < m_from + inset)
        return panBy(ms - (m_from + inset));
    if (ms > m_to - inset)
        return panBy(ms - (m_to - inset));
    return false;
}

} // namespace snapline
