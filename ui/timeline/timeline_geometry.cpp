#include "timeline/timeline_geometry.h"

#include <cmath>

namespace snapline {

namespace {

constexpr int kMargin = 4;
constexpr int kBandGap = 4;

} // namespace

TimelineGeometry::TimelineGeometry(const QRect &bounds, int gutter, int lineHeight, qint64 fromMs,
                                   qint64 toMs)
    : m_bounds(bounds)
    , m_from(fromMs)
    , m_to(std::max(toMs, fromMs + 1))
{
    const int left = bounds.left() + gutter;
    const int right = bounds.right() - kMargin;
    const int top = bounds.top() + kMargin;
    const int bandHeight = lineHeight + 4;
    const int axisHeight = lineHeight + 8;
    const int bottom = bounds.bottom() - kMargin;
    m_band = QRect(QPoint(left, top), QPoint(right, top + bandHeight - 1));
    m_axis = QRect(QPoint(left, bottom - axisHeight + 1), QPoint(right, bottom));
    m_lanes = QRect(QPoint(left, m_band.bottom() + 1 + kBandGap), QPoint(right, m_axis.top() - 1));
    m_plot = QRect(QPoint(left, top), QPoint(right, bottom));
    // Lanes share the height; the remainder goes to the last so they meet the axis.
    const int laneHeight = std::max(1, m_lanes.height() / kTimelineLaneCount);
    for (int i = 0; i < kTimelineLaneCount; ++i) {
        const int y = m_lanes.top() + i * laneHeight;
        const int h = i + 1 == kTimelineLaneCount ? m_lanes.bottom() - y + 1 : laneHeight;
        m_laneRects[std::size_t(i)] = QRect(left, y, m_lanes.width(), std::max(1, h));
    }
}

QRect TimelineGeometry::laneLabelRect(TimelineLane lane) const
{
    const QRect r = laneRect(lane);
    return QRect(QPoint(m_bounds.left() + kMargin, r.top()), QPoint(m_plot.left() - kMargin, r.bottom()));
}

double TimelineGeometry::msToX(qint64 ms) const
{
    return m_plot.left() + double(ms - m_from) * m_plot.width() / double(m_to - m_from);
}

qint64 TimelineGeometry::xToMs(double x) const
{
    if (m_plot.width() <= 0)
        return m_from;
    return m_from + qint64(std::llround((x - m_plot.left()) * double(m_to - m_from) / m_plot.width()));
}

std::optional<TimelineLane> TimelineGeometry::laneAt(double y) const
{
    for (TimelineLane lane : kTimelineLanes) {
        const QRect r = laneRect(lane);
        if (y >= r.top() && y < r.top() + r.height())
            return lane;
    }
    return std::nullopt;
}

} // namespace snapline
