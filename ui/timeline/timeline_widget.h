#pragma once

#include "timeline/timeline_buckets.h"
#include "timeline/timeline_colors.h"
#include "timeline/timeline_geometry.h"
#include "timeline/timeline_series.h"
#include "timeline/timeline_viewport.h"
#include "util/clock.h"

#include <QWidget>

#include <memory>
#include <vector>

class QGestureEvent;
class QHelpEvent;
class QNativeGestureEvent;

namespace snapline {

class TimelineOverlay;

// The cluster page's snapshot timeline: a lane per frequency and one for
// on-demand snapshots (failed and fallback ones marked), the PIT band with
// its gaps and blackouts, a UTC axis and a "now" line. Zooms from an hour to
// years (wheel, pinch, + / −, F or Ctrl+0 to fit), pans by drag and keys, and
// shares its selection with the snapshot table.
//
// Painting reads per-pixel-column buckets (TimelineBuckets), rebuilt only
// when the range or width changes, so a frame costs the same with a million
// snapshots as with a hundred.
//
// snapshotSelected() is emitted only for the user's own choices (click,
// keys); selectSnapshot() never emits, so a table that follows the timeline
// and drives it back cannot loop.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // A new cluster's series fits the view; a fresh read of the same data
    // (the previous series had snapshots) keeps the range and the selection
    // when the selected snapshot is still there.
    void setSeries(std::shared_ptr<const TimelineSeries> series);
    std::shared_ptr<const TimelineSeries> series() const { return m_series; }
    // Where "now" is: the line, "expires in …" and the range fit reaches.
    void setClock(std::shared_ptr<const Clock> clock);

    int snapshotCount() const;
    QString selectedSnapshotId() const;
    int selectedRow() const { return m_selectedRow; }

    qint64 visibleFromMs() const { return m_viewport.fromMs(); }
    qint64 visibleToMs() const { return m_viewport.toMs(); }
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    // factor > 1 zooms in, < 1 out, keeping `anchorMs` where it is on screen.
    void zoomBy(double factor, qint64 anchorMs);

    // For overlays and tests: the current layout and the time ↔ x mapping.
    TimelineGeometry timelineGeometry() const;
    double msToX(qint64 ms) const { return timelineGeometry().msToX(ms); }
    qint64 xToMs(double x) const { return timelineGeometry().xToMs(x); }
    QRectF pitBandRect() const { return timelineGeometry().pitBandRect(); }
    // The snapshot under a point (its lane, within a few pixels), or -1.
    int rowAt(const QPointF &position) const;
    // What the tooltip says at a point: a snapshot's facts, the PIT band's state, or nothing.
    QString toolTipAt(const QPointF &position) const;

    // Layers painted on top, given input first; see TimelineOverlay.
    void addOverlay(std::shared_ptr<TimelineOverlay> overlay);
    void removeOverlay(const std::shared_ptr<TimelineOverlay> &overlay);
    // An overlay's state changed: repaint, and refresh the accessible description.
    void overlayChanged();
    // What assistive technology reads as the timeline's value: the selected
    // snapshot ("daily snapshot of … UTC") and the overlays' phrases (the
    // point-in-time cursor's moment).
    QString accessibleValue() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Selects the snapshot (none for an unknown id) and scrolls it into view.
    // Does not emit snapshotSelected().
    void selectSnapshot(const QString &id);
    void fitAll();

Q_SIGNALS:
    void snapshotSelected(const QString &id);
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    std::shared_ptr<const TimelineSeries> m_series;
    std::shared_ptr<const Clock> m_clock;
    std::vector<std::shared_ptr<TimelineOverlay>> m_overlays;
    TimelineViewport m_viewport;
    mutable TimelineBuckets m_buckets; // cache for (range, width); see buckets()
    mutable bool m_bucketsStale = true;
    TimelineColors m_colors;
    int m_gutter = 0;
    int m_selectedRow = -1;
    int m_hoveredRow = -1;
    bool m_emitting = false;
    // Drag to pan.
    QPointF m_pressPosition;
    qint64 m_pressFromMs = 0;
    bool m_pressed = false;
    bool m_dragging = false;

    qint64 nowMs() const;
    void updateStyle();
    const TimelineBuckets &buckets() const;
    void updateExtent();
    void applyRange(bool changed);
    void selectRow(int row, bool byUser);
    void updateAccessibleDescription();
    qint64 zoomAnchor() const;
    bool handleNavigationKey(QKeyEvent *event);
    void moveSelection(int direction);
    void changeLane(int direction);
    void panByFraction(double fraction);
    bool showToolTip(QHelpEvent *event);
    bool handleGesture(QGestureEvent *event);
    bool handleNativeGesture(QNativeGestureEvent *event);
};

} // namespace snapline
