#pragma once

#include "timeline/pit_cursor.h"
#include "timeline/timeline_overlay.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QPoint;

namespace snapline {

class TimelineWidget;

// The point-in-time cursor on the timeline: a click or drag in the PIT band
// places it, Alt+Left/Right move it (with Shift by a minute, with Ctrl or
// Page Up/Down by an hour). It rests only on restorable seconds, whatever
// the zoom; where it cannot go, the reason appears at the pointer.
class PitCursorOverlay : public QObject, public TimelineOverlay
{
    Q_OBJECT

public:
    // Draws on `timeline`, which is not added to here: see attach().
    explicit PitCursorOverlay(TimelineWidget *timeline);
    // A new overlay, added to `timeline`.
    static std::shared_ptr<PitCursorOverlay> attach(TimelineWidget *timeline);

    // The cluster's window and maybe a moment. A cursor that is not enabled
    // (no continuous backup, nothing restorable) switches the overlay off.
    void setPitCursor(const PitCursor &cursor);
    const PitCursor &cursor() const { return m_cursor; }
    bool isActive() const { return m_cursor.isEnabled(); }
    bool hasMoment() const { return m_cursor.hasMoment(); }
    PointInTime pointInTime() const { return m_cursor.pointInTime(); }

    // Places the cursor (snapped) for a caller such as the editor; does not
    // emit momentChanged(), so two views that follow each other cannot loop.
    PitCursor::Placement setMoment(const PointInTime &point);
    // Scrolls the timeline, keeping its zoom, so that the moment is in view.
    void revealMoment();
    // Why the last click, drag or key could not go where asked; empty when it could.
    QString lastRefusal() const { return m_lastRefusal; }

    void paint(QPainter &painter, const TimelineGeometry &geometry) override;
    bool mousePress(QMouseEvent *event, const TimelineGeometry &geometry) override;
    bool mouseMove(QMouseEvent *event, const TimelineGeometry &geometry) override;
    bool mouseRelease(QMouseEvent *event, const TimelineGeometry &geometry) override;
    bool keyPress(QKeyEvent *event, const TimelineGeometry &geometry) override;
    QString toolTip(const QPointF &position, const TimelineGeometry &geometry) override;
    QString accessibleDescription() const override;

Q_SIGNALS:
    // The user moved the cursor (click, drag or keys).
    void momentChanged(const snapline::PointInTime &point);

private:
    QPointer<TimelineWidget> m_timeline;
    PitCursor m_cursor;
    QString m_lastRefusal;
    bool m_dragging = false;
    bool m_pointerShaped = false; // we set the pointer's shape over the band

    void placeAt(const QPointF &position, const QPoint &globalPosition, const TimelineGeometry &geometry);
    void finish(const PitCursor::Placement &placement, const PointInTime &before,
                const QPoint &globalPosition);
    void shapePointer(bool overBand);
    void changed();
};

} // namespace snapline
