#pragma once

#include "timeline/timeline_axis.h"
#include "timeline/timeline_buckets.h"
#include "timeline/timeline_colors.h"
#include "timeline/timeline_geometry.h"

#include <QFontMetrics>

class QPainter;

namespace snapline {

// Paints one frame of the timeline from its buckets: lanes, marks, PIT band,
// axis and the "now" line. Every loop runs over pixel columns, ticks or
// visible PIT spans, never over snapshots.
class TimelinePainter
{
public:
    struct Frame
    {
        const TimelineSeries *series = nullptr;
        const TimelineBuckets *buckets = nullptr;
        TimelineGeometry geometry;
        TimelineColors colors;
        std::optional<qint64> nowMs;
        int selectedRow = -1;
        int hoveredRow = -1;
        bool focused = false;
    };

    TimelinePainter(QPainter &painter, const QFontMetrics &metrics);
    void paint(const Frame &frame);

    // Label width the gutter needs for the lane names.
    static int gutterWidth(const QFontMetrics &metrics);

private:
    QPainter &m_p;
    QFontMetrics m_metrics;
    QList<TimelineTick> m_ticks; // this frame's, shared by grid and axis

    void paintLaneBackgrounds(const Frame &f);
    void paintGrid(const Frame &f);
    void paintPitBand(const Frame &f);
    void paintSpans(const Frame &f, const std::vector<TimelineSpan> &spans, const QBrush &brush);
    void paintLane(const Frame &f, TimelineLane lane);
    void paintRow(const Frame &f, int row, const QColor &color, int width);
    void paintAxis(const Frame &f);
    void paintNow(const Frame &f);
};

} // namespace snapline
