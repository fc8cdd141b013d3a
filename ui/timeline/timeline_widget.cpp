#include "timeline/timeline_widget.h"

#include "timeline/timeline_accessible.h"
#include "timeline/timeline_overlay.h"
#include "timeline/timeline_painter.h"
#include "timeline/timeline_text.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QScopedValueRollback>

#include <algorithm>

namespace snapline {

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_clock(Clock::system())
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    TimelineAccessible::install();
    setAccessibleName(tr("Snapshot timeline"));
    updateStyle();
    updateExtent();
    m_viewport.fit();
    updateAccessibleDescription();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setSeries(std::shared_ptr<const TimelineSeries> series)
{
    const bool keepView = m_series && !m_series->isEmpty() && series && !series->isEmpty();
    const QString selectedId = selectedSnapshotId();
    m_series = std::move(series);
    m_bucketsStale = true;
    m_hoveredRow = -1;
    m_selectedRow = keepView && !selectedId.isEmpty() ? m_series->rowOfId(selectedId) : -1;
    updateExtent();
    if (!keepView)
        fitAll();
    updateAccessibleDescription();
    update();
}

void TimelineWidget::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
    updateExtent();
    update();
}

int TimelineWidget::snapshotCount() const
{
    return m_series ? m_series->size() : 0;
}

QString TimelineWidget::selectedSnapshotId() const
{
    return m_series && m_selectedRow >= 0 ? m_series->id(m_selectedRow) : QString();
}

void TimelineWidget::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    applyRange(m_viewport.setRange(fromMs, toMs));
}

void TimelineWidget::zoomBy(double factor, qint64 anchorMs)
{
    applyRange(m_viewport.zoomBy(factor, anchorMs));
}

void TimelineWidget::fitAll()
{
    applyRange(m_viewport.fit());
}

void TimelineWidget::selectSnapshot(const QString &id)
{
    // A follower answering our own signal: the selection is already this one.
    if (m_emitting || (!id.isEmpty() && id == selectedSnapshotId()))
        return;
    selectRow(m_series ? m_series->rowOfId(id) : -1, false);
}

void TimelineWidget::selectRow(int row, bool byUser)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    if (row >= 0)
        applyRange(m_viewport.ensureVisible(m_series->createdMs(row)));
    updateAccessibleDescription();
    update();
    if (byUser) {
        const QScopedValueRollback guard(m_emitting, true);
        Q_EMIT snapshotSelected(selectedSnapshotId());
    }
}

TimelineGeometry TimelineWidget::timelineGeometry() const
{
    return TimelineGeometry(rect(), m_gutter, fontMetrics().height(), m_viewport.fromMs(), m_viewport.toMs());
}

const TimelineBuckets &TimelineWidget::buckets() const
{
    const TimelineGeometry g = timelineGeometry();
    if (m_bucketsStale || m_buckets.fromMs() != g.fromMs() || m_buckets.toMs() != g.toMs()
        || m_buckets.columns() != g.columns()) {
        m_buckets = m_series ? TimelineBuckets::build(*m_series, g.fromMs(), g.toMs(), g.columns())
                             : TimelineBuckets();
        m_bucketsStale = false;
    }
    return m_buckets;
}

int TimelineWidget::rowAt(const QPointF &position) const
{
    if (!m_series || m_series->isEmpty())
        return -1;
    const TimelineGeometry g = timelineGeometry();
    const auto lane = g.laneAt(position.y());
    const QRect plot = g.plotRect();
    if (!lane || position.x() < plot.left() || position.x() > plot.right())
        return -1;
    // Where snapshots crowd a column, the one drawn for them (failed first).
    const int column = std::clamp(int(position.x()) - plot.left(), 0, g.columns() - 1);
    const TimelineBucket &bucket = buckets().at(*lane, column);
    if (bucket.count > 1)
        return bucket.representative;
    const int row = m_series->nearest(g.xToMs(position.x()), *lane);
    constexpr double kReachPx = 5;
    return row >= 0 && std::abs(g.msToX(m_series->createdMs(row)) - position.x()) <= kReachPx ? row : -1;
}

QString TimelineWidget::toolTipAt(const QPointF &position) const
{
    const TimelineGeometry g = timelineGeometry();
    for (auto it = m_overlays.rbegin(); it != m_overlays.rend(); ++it) {
        if (QString text = (*it)->toolTip(position, g); !text.isEmpty())
            return text;
    }
    if (!m_series)
        return {};
    if (g.pitBandRect().contains(position.toPoint())) {
        if (m_series->pit().isEmpty())
            return tr("No point-in-time restore window for this cluster");
        TimelineSpan span;
        const auto state = m_series->pit().stateAt(g.xToMs(position.x()), &span);
        return state == TimelinePit::State::None ? tr("Outside the point-in-time restore window")
                                                 : TimelineText::pitToolTip(state, span);
    }
    const int row = rowAt(position);
    if (row < 0)
        return {};
    const int column = std::clamp(int(position.x()) - g.plotRect().left(), 0, g.columns() - 1);
    const TimelineBuckets &b = buckets();
    return TimelineText::snapshotToolTip(*m_series, row, nowMs(), b.at(m_series->lane(row), column),
                                         b.columnStartMs(column), b.columnStartMs(column + 1));
}

void TimelineWidget::addOverlay(std::shared_ptr<TimelineOverlay> overlay)
{
    if (overlay && std::find(m_overlays.cbegin(), m_overlays.cend(), overlay) == m_overlays.cend())
        m_overlays.push_back(std::move(overlay));
    updateAccessibleDescription();
    update();
}

void TimelineWidget::removeOverlay(const std::shared_ptr<TimelineOverlay> &overlay)
{
    std::erase(m_overlays, overlay);
    updateAccessibleDescription();
    update();
}

void TimelineWidget::overlayChanged()
{
    updateAccessibleDescription();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {800, 10 * fontMetrics().height() + 60};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {m_gutter + 200, 8 * fontMetrics().height() + 24};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelinePainter::Frame frame;
    frame.series = m_series.get();
    frame.buckets = &buckets();
    frame.geometry = timelineGeometry();
    frame.colors = m_colors;
    frame.nowMs = nowMs();
    frame.selectedRow = m_selectedRow;
    frame.hoveredRow = m_hoveredRow;
    frame.focused = hasFocus();
    TimelinePainter(painter, fontMetrics()).paint(frame);
    for (const auto &overlay : m_overlays) {
        painter.save();
        overlay->paint(painter, frame.geometry);
        painter.restore();
    }
}

void TimelineWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LanguageChange:
        updateStyle();
        if (event->type() == QEvent::LanguageChange) {
            setAccessibleName(tr("Snapshot timeline"));
            updateAccessibleDescription();
        }
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::updateStyle()
{
    m_colors = TimelineColors::fromPalette(palette());
    m_gutter = TimelinePainter::gutterWidth(fontMetrics());
}

qint64 TimelineWidget::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

void TimelineWidget::updateExtent()
{
    const qint64 now = nowMs();
    qint64 from = now - 7 * TimelineViewport::kDayMs;
    qint64 to = now;
    if (m_series && !m_series->isEmpty()) {
        from = std::min(m_series->firstMs(), now);
        to = std::max(m_series->lastMs(), now);
    }
    if (m_series && !m_series->pit().isEmpty()) {
        from = std::min(from, m_series->pit().window().fromMs);
        to = std::max(to, m_series->pit().window().toMs);
    }
    const qint64 before = m_viewport.fromMs();
    const qint64 span = m_viewport.spanMs();
    m_viewport.setExtent(from, to);
    applyRange(before != m_viewport.fromMs() || span != m_viewport.spanMs());
}

void TimelineWidget::applyRange(bool changed)
{
    if (!changed)
        return;
    m_hoveredRow = -1;
    update();
    Q_EMIT visibleRangeChanged(m_viewport.fromMs(), m_viewport.toMs());
}

QString TimelineWidget::accessibleValue() const
{
    QString value = TimelineText::accessibleValue(m_series.get(), m_selectedRow);
    for (const auto &overlay : m_overlays) {
        if (const QString phrase = overlay->accessibleDescription(); !phrase.isEmpty())
            value += QStringLiteral("; ") + phrase;
    }
    return value;
}

void TimelineWidget::updateAccessibleDescription()
{
    QString description = TimelineText::accessibleDescription(m_series.get(), m_selectedRow);
    for (const auto &overlay : m_overlays) {
        if (const QString phrase = overlay->accessibleDescription(); !phrase.isEmpty())
            description += QStringLiteral("; ") + phrase;
    }
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    // Qt 6.4 does not announce the change itself; tell a screen reader that
    // is listening, and skip building the event when none is.
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
        QAccessibleValueChangeEvent valueEvent(this, accessibleValue());
        QAccessible::updateAccessibility(&valueEvent);
    }
}

} // namespace snapline
