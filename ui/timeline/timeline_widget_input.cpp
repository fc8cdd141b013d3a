// TimelineWidget's input: wheel, pinch, drag, click, keys and tooltips.
#include "timeline/timeline_overlay.h"
#include "timeline/timeline_widget.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace snapline {

namespace {

// One wheel notch (120) zooms by √2, two by 2.
constexpr double kNotch = 120.0;
constexpr double kKeyPan = 0.1;

} // namespace

bool TimelineWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
        return showToolTip(static_cast<QHelpEvent *>(event));
    case QEvent::Gesture:
        return handleGesture(static_cast<QGestureEvent *>(event));
    case QEvent::NativeGesture:
        return handleNativeGesture(static_cast<QNativeGestureEvent *>(event));
    default:
        return QWidget::event(event);
    }
}

bool TimelineWidget::showToolTip(QHelpEvent *event)
{
    const QString text = toolTipAt(event->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Moving off this spot asks again, so the tip follows the pointer.
    QToolTip::showText(event->globalPos(), text, this, QRect(event->pos() - QPoint(3, 3), QSize(7, 7)));
    return true;
}

bool TimelineWidget::handleGesture(QGestureEvent *event)
{
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return QWidget::event(event);
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
        const QPointF centre = mapFromGlobal(pinch->centerPoint());
        zoomBy(pinch->scaleFactor(), xToMs(centre.x()));
    }
    event->accept(pinch);
    return true;
}

bool TimelineWidget::handleNativeGesture(QNativeGestureEvent *event)
{
    if (event->gestureType() == Qt::ZoomNativeGesture) {
        // value() is the change in scale: 0.1 for 10 % larger.
        zoomBy(1.0 + event->value(), xToMs(event->position().x()));
    } else if (event->gestureType() == Qt::SmartZoomNativeGesture) {
        fitAll();
    }
    event->accept();
    return true;
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool horizontal = std::abs(delta.x()) > std::abs(delta.y());
    if (horizontal || event->modifiers() & Qt::ShiftModifier) {
        const int d = horizontal ? delta.x() : delta.y();
        panByFraction(-d / kNotch * kKeyPan);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(2.0, delta.y() / (2 * kNotch)), xToMs(event->position().x()));
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const TimelineGeometry g = timelineGeometry();
    for (auto it = m_overlays.rbegin(); it != m_overlays.rend(); ++it) {
        if ((*it)->mousePress(event, g))
            return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
    m_pressFromMs = visibleFromMs();
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const TimelineGeometry g = timelineGeometry();
    for (auto it = m_overlays.rbegin(); it != m_overlays.rend(); ++it) {
        if ((*it)->mouseMove(event, g))
            return;
    }
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        const QPointF moved = event->position() - m_pressPosition;
        if (!m_dragging && moved.manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            // The moment under the pointer at the press stays under it.
            const double msPerPx = double(g.toMs() - g.fromMs()) / std::max(1, g.columns());
            const auto from = m_pressFromMs - qint64(std::llround(moved.x() * msPerPx));
            setVisibleRange(from, from + (g.toMs() - g.fromMs()));
        }
        return;
    }
    const int hovered = rowAt(event->position());
    if (hovered != m_hoveredRow) {
        m_hoveredRow = hovered;
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const TimelineGeometry g = timelineGeometry();
    for (auto it = m_overlays.rbegin(); it != m_overlays.rend(); ++it) {
        if ((*it)->mouseRelease(event, g))
            return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    const bool click = !m_dragging;
    m_pressed = false;
    m_dragging = false;
    unsetCursor();
    if (click) {
        // A click on empty space keeps the selection: the table may be
        // showing it, and a near miss should not take it away.
        if (const int row = rowAt(event->position()); row >= 0)
            selectRow(row, true);
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_hoveredRow >= 0) {
        m_hoveredRow = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const TimelineGeometry g = timelineGeometry();
    for (auto it = m_overlays.rbegin(); it != m_overlays.rend(); ++it) {
        if ((*it)->keyPress(event, g))
            return;
    }
    if (handleNavigationKey(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool TimelineWidget::handleNavigationKey(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(2.0, zoomAnchor());
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(0.5, zoomAnchor());
        return true;
    case Qt::Key_0:
        if (!control)
            return false;
        fitAll();
        return true;
    case Qt::Key_F:
        if (control)
            return false;
        fitAll();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (m_selectedRow >= 0 && !shift)
            moveSelection(direction);
        else
            panByFraction(direction * kKeyPan);
        return true;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        changeLane(event->key() == Qt::Key_Up ? -1 : 1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        panByFraction(event->key() == Qt::Key_PageUp ? -0.9 : 0.9);
        return true;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const qint64 span = m_viewport.spanMs();
        const qint64 margin = span / 50;
        if (event->key() == Qt::Key_Home)
            setVisibleRange(m_viewport.extentFromMs() - margin, m_viewport.extentFromMs() - margin + span);
        else
            setVisibleRange(m_viewport.extentToMs() + margin - span, m_viewport.extentToMs() + margin);
        return true;
    }
    default:
        return false;
    }
}

qint64 TimelineWidget::zoomAnchor() const
{
    // Keys zoom around the selection when it is in view, else the centre.
    if (m_series && m_selectedRow >= 0) {
        const qint64 ms = m_series->createdMs(m_selectedRow);
        if (ms >= visibleFromMs() && ms < visibleToMs())
            return ms;
    }
    return visibleFromMs() + m_viewport.spanMs() / 2;
}

void TimelineWidget::moveSelection(int direction)
{
    const int row
            = direction < 0 ? m_series->previousInLane(m_selectedRow) : m_series->nextInLane(m_selectedRow);
    if (row >= 0)
        selectRow(row, true);
}

void TimelineWidget::changeLane(int direction)
{
    if (!m_series || m_series->isEmpty())
        return;
    // From the selected snapshot's lane and time, or from beyond the first
    // (last) lane at the centre of the view.
    int lane = m_selectedRow >= 0 ? int(m_series->lane(m_selectedRow))
                                  : (direction > 0 ? -1 : kTimelineLaneCount);
    const qint64 at = m_selectedRow >= 0 ? m_series->createdMs(m_selectedRow) : zoomAnchor();
    for (lane += direction; lane >= 0 && lane < kTimelineLaneCount; lane += direction) {
        if (m_series->laneSize(TimelineLane(lane)) > 0) {
            selectRow(m_series->nearest(at, TimelineLane(lane)), true);
            return;
        }
    }
}

void TimelineWidget::panByFraction(double fraction)
{
    applyRange(m_viewport.panBy(qint64(std::llround(double(m_viewport.spanMs()) * fraction))));
}

} // namespace snapline
