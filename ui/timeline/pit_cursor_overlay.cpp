#include "timeline/pit_cursor_overlay.h"

#include "timeline/pit_moment_text.h"
#include "timeline/timeline_widget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace snapline {

namespace {

constexpr int kHandleHalfWidth = 5;
constexpr int kLabelPadding = 3;

} // namespace

PitCursorOverlay::PitCursorOverlay(TimelineWidget *timeline)
    : m_timeline(timeline)
{
    setObjectName(QStringLiteral("pitCursor"));
}

std::shared_ptr<PitCursorOverlay> PitCursorOverlay::attach(TimelineWidget *timeline)
{
    auto overlay = std::make_shared<PitCursorOverlay>(timeline);
    if (timeline)
        timeline->addOverlay(overlay);
    return overlay;
}

void PitCursorOverlay::setPitCursor(const PitCursor &cursor)
{
    m_cursor = cursor;
    m_dragging = false;
    m_lastRefusal.clear();
    if (!isActive())
        shapePointer(false);
    changed();
}

PitCursor::Placement PitCursorOverlay::setMoment(const PointInTime &point)
{
    const PitCursor::Placement placement = m_cursor.place(point);
    changed();
    return placement;
}

void PitCursorOverlay::revealMoment()
{
    TimelineWidget *timeline = m_timeline.data();
    if (!timeline || !hasMoment())
        return;
    const qint64 ms = m_cursor.moment().toMSecsSinceEpoch();
    const qint64 from = timeline->visibleFromMs();
    const qint64 to = timeline->visibleToMs();
    if (ms >= from && ms < to)
        return;
    const qint64 span = to - from;
    timeline->setVisibleRange(ms - span / 2, ms - span / 2 + span);
}

void PitCursorOverlay::changed()
{
    if (TimelineWidget *timeline = m_timeline.data())
        timeline->overlayChanged();
}

void PitCursorOverlay::paint(QPainter &painter, const TimelineGeometry &geometry)
{
    const TimelineWidget *timeline = m_timeline.data();
    if (!isActive() || !hasMoment() || !timeline)
        return;
    const double x = std::floor(geometry.msToX(m_cursor.moment().toMSecsSinceEpoch())) + 0.5;
    const QRect plot = geometry.plotRect();
    if (x < plot.left() || x > plot.right() + 1)
        return;
    const QPalette palette = timeline->palette();
    const QColor accent = palette.color(QPalette::Highlight);
    const QRect band = geometry.pitBandRect();
    const QRect lanes = geometry.lanesRect();

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(accent, 2));
    painter.drawLine(QPointF(x, band.top()), QPointF(x, lanes.bottom()));

    // The handle: a tab on the band that points down at the line.
    QPainterPath handle;
    handle.moveTo(x - kHandleHalfWidth, band.top());
    handle.lineTo(x + kHandleHalfWidth, band.top());
    handle.lineTo(x + kHandleHalfWidth, band.bottom() - kHandleHalfWidth);
    handle.lineTo(x, band.bottom() + 1);
    handle.lineTo(x - kHandleHalfWidth, band.bottom() - kHandleHalfWidth);
    handle.closeSubpath();
    painter.setPen(QPen(palette.color(QPalette::Base), 1));
    painter.setBrush(accent);
    painter.drawPath(handle);

    // The chosen time, beside the line at the top of the lanes; on its left
    // when there is no room on its right.
    const QString label = PitMomentText::formatUtc(m_cursor.moment());
    const QFontMetrics metrics = timeline->fontMetrics();
    QRectF box(0, lanes.top() + 1, metrics.horizontalAdvance(label) + 2 * kLabelPadding,
               metrics.height() + 2);
    box.moveLeft(x + kHandleHalfWidth);
    if (box.right() > plot.right())
        box.moveRight(x - kHandleHalfWidth);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.setFont(timeline->font());
    painter.drawText(box, Qt::AlignCenter, label);
}

bool PitCursorOverlay::mousePress(QMouseEvent *event, const TimelineGeometry &geometry)
{
    if (!isActive() || event->button() != Qt::LeftButton
        || !geometry.pitBandRect().contains(event->position().toPoint()))
        return false;
    m_dragging = true;
    placeAt(event->position(), event->globalPosition().toPoint(), geometry);
    event->accept();
    return true;
}

bool PitCursorOverlay::mouseMove(QMouseEvent *event, const TimelineGeometry &geometry)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        placeAt(event->position(), event->globalPosition().toPoint(), geometry);
        event->accept();
        return true;
    }
    if (event->buttons() == Qt::NoButton)
        shapePointer(isActive() && geometry.pitBandRect().contains(event->position().toPoint()));
    return false;
}

bool PitCursorOverlay::mouseRelease(QMouseEvent *event, const TimelineGeometry &)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return false;
    m_dragging = false;
    // Releasing the button hides any tooltip; the reason must stay readable.
    if (m_timeline && !m_lastRefusal.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), m_lastRefusal, m_timeline);
    event->accept();
    return true;
}

bool PitCursorOverlay::keyPress(QKeyEvent *event, const TimelineGeometry &)
{
    if (!isActive() || !hasMoment() || !(event->modifiers() & Qt::AltModifier))
        return false;
    qint64 seconds = 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        seconds = event->modifiers() & Qt::ControlModifier ? 3600
                : event->modifiers() & Qt::ShiftModifier   ? 60
                                                           : 1;
        seconds *= event->key() == Qt::Key_Left ? -1 : 1;
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // Ctrl+Alt+arrows switch workspaces on many desktops; this always works.
        seconds = event->key() == Qt::Key_PageUp ? -3600 : 3600;
        break;
    default:
        return false;
    }
    const PointInTime before = pointInTime();
    const PitCursor::Placement placement = m_cursor.step(seconds);
    revealMoment();
    // No pointer to show the reason at: show it at the handle, in the view revealMoment() left.
    QPoint at;
    if (const TimelineWidget *timeline = m_timeline.data()) {
        const TimelineGeometry g = timeline->timelineGeometry();
        at = timeline->mapToGlobal(
                QPoint(int(g.msToX(m_cursor.moment().toMSecsSinceEpoch())), g.pitBandRect().bottom()));
    }
    finish(placement, before, at);
    event->accept();
    return true;
}

QString PitCursorOverlay::toolTip(const QPointF &position, const TimelineGeometry &geometry)
{
    if (!isActive() || !geometry.pitBandRect().contains(position.toPoint()))
        return {};
    // Hovering where the cursor cannot go says why; elsewhere the band's own tip stays.
    return m_cursor.check(QDateTime::fromMSecsSinceEpoch(geometry.xToMs(position.x()), Qt::UTC)).reason;
}

QString PitCursorOverlay::accessibleDescription() const
{
    if (!isActive())
        return {};
    if (!hasMoment())
        return tr("no point in time chosen; click the point-in-time band to choose one");
    QString text = tr("point in time chosen: %1").arg(PitMomentText::formatUtc(m_cursor.moment()));
    if (const auto increment = m_cursor.oplogIncrement())
        text += tr(", oplog increment %1").arg(*increment);
    return text;
}

void PitCursorOverlay::placeAt(const QPointF &position, const QPoint &globalPosition,
                               const TimelineGeometry &geometry)
{
    // The pointer's moment to the millisecond; the cursor drops the fraction,
    // so the result is a second whatever a pixel spans.
    const QDateTime wanted = QDateTime::fromMSecsSinceEpoch(geometry.xToMs(position.x()), Qt::UTC);
    const PointInTime before = pointInTime();
    finish(m_cursor.place(wanted), before, globalPosition);
}

void PitCursorOverlay::finish(const PitCursor::Placement &placement, const PointInTime &before,
                              const QPoint &globalPosition)
{
    m_lastRefusal = placement.moved ? placement.reason : QString();
    if (m_timeline && !m_lastRefusal.isEmpty())
        QToolTip::showText(globalPosition, m_lastRefusal, m_timeline);
    else
        QToolTip::hideText();
    changed();
    if (pointInTime() != before)
        Q_EMIT momentChanged(pointInTime());
}

void PitCursorOverlay::shapePointer(bool overBand)
{
    TimelineWidget *timeline = m_timeline.data();
    if (!timeline || overBand == m_pointerShaped)
        return;
    m_pointerShaped = overBand;
    if (overBand)
        timeline->setCursor(Qt::SplitHCursor);
    else
        timeline->unsetCursor();
}

} // namespace snapline
