#pragma once

#include "timeline/timeline_geometry.h"

#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;
class QPointF;

namespace snapline {

// A layer on top of the timeline that paints and takes input, such as the
// restore wizard's point-in-time cursor. Add one with
// TimelineWidget::addOverlay(); call TimelineWidget::update() to repaint it.
//
// Overlays paint after everything else, in the order they were added. Input
// reaches them before the timeline, the last added first; a hook returning
// true has consumed the event and the timeline does not see it. Geometry maps
// time to x (msToX / xToMs) and says where the PIT band and lanes are.
class TimelineOverlay
{
public:
    virtual ~TimelineOverlay() = default;

    virtual void paint(QPainter &painter, const TimelineGeometry &geometry) = 0;

    virtual bool mousePress(QMouseEvent *, const TimelineGeometry &) { return false; }
    virtual bool mouseMove(QMouseEvent *, const TimelineGeometry &) { return false; }
    virtual bool mouseRelease(QMouseEvent *, const TimelineGeometry &) { return false; }
    virtual bool keyPress(QKeyEvent *, const TimelineGeometry &) { return false; }
    // A tooltip for `position`, or empty to leave it to the timeline.
    virtual QString toolTip(const QPointF &, const TimelineGeometry &) { return {}; }
    // A phrase added to the timeline's accessible description (the cursor's
    // moment), or empty. Call TimelineWidget::overlayChanged() when it changes.
    virtual QString accessibleDescription() const { return {}; }
};

} // namespace snapline
