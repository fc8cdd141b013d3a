#pragma once

#include "timeline/timeline_lane.h"

#include <QRectF>

#include <array>
#include <optional>

namespace snapline {

// Where the timeline's parts sit and how time maps to x, for one size and one
// visible range. The widget computes it; painters and overlays read it.
class TimelineGeometry
{
public:
    TimelineGeometry() = default;
    // `bounds`: the widget's rectangle; `gutter`: the width of the lane labels;
    // `lineHeight`: the font's height, which sizes the PIT band and the axis.
    TimelineGeometry(const QRect &bounds, int gutter, int lineHeight, qint64 fromMs, qint64 toMs);

    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }

    QRect bounds() const { return m_bounds; }
    // The area that maps to time: PIT band, lanes and axis, right of the gutter.
    QRect plotRect() const { return m_plot; }
    QRect pitBandRect() const { return m_band; }
    QRect lanesRect() const { return m_lanes; }
    QRect laneRect(TimelineLane lane) const { return m_laneRects[std::size_t(lane)]; }
    // The lane's label cell, left of its lane.
    QRect laneLabelRect(TimelineLane lane) const;
    QRect axisRect() const { return m_axis; }
    // One pixel column of the lanes per bucket.
    int columns() const { return m_plot.width(); }

    double msToX(qint64 ms) const;
    qint64 xToMs(double x) const;
    std::optional<TimelineLane> laneAt(double y) const;
    bool isValid() const { return m_to > m_from && m_plot.width() > 0; }

private:
    QRect m_bounds;
    QRect m_plot;
    QRect m_band;
    QRect m_lanes;
    QRect m_axis;
    std::array<QRect, kTimelineLaneCount> m_laneRects{};
    qint64 m_from = 0;
    qint64 m_to = 1;
};

} // namespace snapline
