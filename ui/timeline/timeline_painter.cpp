#include "timeline/timeline_painter.h"

#include "timeline/timeline_axis.h"
#include "timeline/timeline_text.h"

#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace snapline {

namespace {

// A snapshot's mark is this many pixels wide where it stands alone; where
// columns crowd, marks merge into one bar.
constexpr int kMarkWidth = 7;

// The parts of a lane's height: a cap for fallback marks, the body, a foot
// for failed marks.
struct LaneBands
{
    QRect cap;
    QRect body;
    QRect foot;
};

LaneBands bandsOf(const QRect &lane)
{
    const int h = lane.height();
    const int pad = std::max(1, h / 10);
    const int strip = std::max(2, h / 7);
    const QRect cap(lane.left(), lane.top() + pad, lane.width(), strip);
    const QRect foot(lane.left(), lane.bottom() - pad - strip + 1, lane.width(), strip);
    const QRect body(QPoint(lane.left(), cap.bottom() + 2), QPoint(lane.right(), foot.top() - 2));
    return {cap, body.height() > 0 ? body : lane, foot};
}

// Joins marks of one colour that touch into a single fillRect.
class RunFiller
{
public:
    RunFiller(QPainter &painter, int top, int height)
        : m_p(painter)
        , m_top(top)
        , m_height(height)
    {}
    ~RunFiller() { flush(); }
    RunFiller(const RunFiller &) = delete;
    RunFiller &operator=(const RunFiller &) = delete;

    void add(int left, int right, const QColor &color)
    {
        if (m_open && color == m_color && left <= m_right + 1) {
            m_right = std::max(m_right, right);
            return;
        }
        flush();
        m_open = true;
        m_left = left;
        m_right = right;
        m_color = color;
    }
    void flush()
    {
        if (m_open)
            m_p.fillRect(QRect(m_left, m_top, m_right - m_left + 1, m_height), m_color);
        m_open = false;
    }

private:
    QPainter &m_p;
    int m_top;
    int m_height;
    bool m_open = false;
    int m_left = 0;
    int m_right = 0;
    QColor m_color;
};

} // namespace

TimelinePainter::TimelinePainter(QPainter &painter, const QFontMetrics &metrics)
    : m_p(painter)
    , m_metrics(metrics)
{}

int TimelinePainter::gutterWidth(const QFontMetrics &metrics)
{
    int widest = metrics.horizontalAdvance(TimelineText::tr("PIT"));
    for (TimelineLane lane : kTimelineLanes)
        widest = std::max(widest, metrics.horizontalAdvance(TimelineText::laneName(lane)));
    return widest + 16;
}

void TimelinePainter::paint(const Frame &f)
{
    m_p.fillRect(f.geometry.bounds(), f.colors.background);
    if (!f.geometry.isValid())
        return;
    const int spacing = m_metrics.horizontalAdvance(u"28 Sep 2026"_s) + 16;
    m_ticks = TimelineAxis::ticks(f.geometry.fromMs(), f.geometry.toMs(), f.geometry.columns(), spacing);
    paintLaneBackgrounds(f);
    paintGrid(f);
    paintPitBand(f);
    if (f.series && f.buckets && f.buckets->columns() == f.geometry.columns()) {
        for (TimelineLane lane : kTimelineLanes)
            paintLane(f, lane);
    }
    if (!f.series || f.series->isEmpty()) {
        m_p.setPen(f.colors.mutedText);
        m_p.drawText(f.geometry.lanesRect(), Qt::AlignCenter, TimelineText::tr("No snapshots"));
    }
    if (f.hoveredRow >= 0 && f.hoveredRow != f.selectedRow)
        paintRow(f, f.hoveredRow, f.colors.hover, 1);
    if (f.selectedRow >= 0)
        paintRow(f, f.selectedRow, f.colors.selection, 2);
    paintAxis(f);
    paintNow(f);
    if (f.focused) {
        m_p.setPen(QPen(f.colors.selection, 1, Qt::DotLine));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(f.geometry.bounds().adjusted(0, 0, -1, -1));
    }
}

void TimelinePainter::paintLaneBackgrounds(const Frame &f)
{
    m_p.setPen(f.colors.text);
    for (TimelineLane lane : kTimelineLanes) {
        const QRect r = f.geometry.laneRect(lane);
        if (int(lane) % 2 == 1)
            m_p.fillRect(QRect(f.geometry.bounds().left(), r.top(), f.geometry.bounds().width(), r.height()),
                         f.colors.stripe);
        m_p.drawText(f.geometry.laneLabelRect(lane), Qt::AlignLeft | Qt::AlignVCenter,
                     TimelineText::laneName(lane));
    }
    const QRect band = f.geometry.pitBandRect();
    m_p.drawText(
            QRect(QPoint(f.geometry.bounds().left() + 4, band.top()), QPoint(band.left() - 4, band.bottom())),
            Qt::AlignLeft | Qt::AlignVCenter, TimelineText::tr("PIT"));
}

void TimelinePainter::paintGrid(const Frame &f)
{
    const TimelineGeometry &g = f.geometry;
    const QRect lanes = g.lanesRect();
    for (const TimelineTick &tick : std::as_const(m_ticks)) {
        const int x = int(std::floor(g.msToX(tick.ms)));
        m_p.fillRect(QRect(x, lanes.top(), 1, lanes.height()),
                     tick.major ? f.colors.majorGrid : f.colors.grid);
    }
}

void TimelinePainter::paintPitBand(const Frame &f)
{
    if (!f.series || f.series->pit().isEmpty())
        return;
    const TimelinePit &pit = f.series->pit();
    paintSpans(f, {pit.window()}, f.colors.pitWindow);
    paintSpans(f, pit.restorable(), f.colors.restorable);
    QColor gapFill = f.colors.gap;
    gapFill.setAlphaF(0.25f);
    paintSpans(f, pit.gaps(), gapFill);
    paintSpans(f, pit.gaps(), QBrush(f.colors.gap, Qt::BDiagPattern));
    QColor blackoutFill = f.colors.blackout;
    blackoutFill.setAlphaF(0.35f);
    paintSpans(f, pit.blackouts(), blackoutFill);
    paintSpans(f, pit.blackouts(), QBrush(f.colors.blackout, Qt::DiagCrossPattern));
}

void TimelinePainter::paintSpans(const Frame &f, const std::vector<TimelineSpan> &spans, const QBrush &brush)
{
    const TimelineGeometry &g = f.geometry;
    const QRect band = g.pitBandRect();
    auto [i, end] = TimelinePit::visible(spans, g.fromMs(), g.toMs());
    while (i < end) {
        const TimelineSpan &s = spans[i];
        const int left = std::max(band.left(), int(std::floor(g.msToX(s.fromMs))));
        const int right = std::min(band.right(), std::max(left, int(std::ceil(g.msToX(s.toMs + 1))) - 1));
        m_p.fillRect(QRect(left, band.top(), right - left + 1, band.height()), brush);
        // Spans thinner than a pixel would repaint the same column: skip to
        // the first one that ends past this one's last pixel.
        const qint64 nextMs = g.xToMs(right + 1);
        const auto next
                = std::lower_bound(spans.cbegin() + qsizetype(i) + 1, spans.cbegin() + qsizetype(end), nextMs,
                                   [](const TimelineSpan &a, qint64 t) { return a.toMs < t; });
        i = std::size_t(next - spans.cbegin());
    }
}

void TimelinePainter::paintLane(const Frame &f, TimelineLane lane)
{
    const TimelineBuckets &buckets = *f.buckets;
    if (buckets.laneCount(lane) == 0)
        return;
    const QRect laneRect = f.geometry.laneRect(lane);
    const LaneBands bands = bandsOf(laneRect);
    const int left = laneRect.left();
    const int columns = buckets.columns();
    const QColor &laneColor = f.colors.lanes[std::size_t(lane)];
    RunFiller bodies(m_p, bands.body.top(), bands.body.height());
    RunFiller feet(m_p, bands.foot.top(), bands.foot.height());
    RunFiller caps(m_p, bands.cap.top(), bands.cap.height());
    for (int c = 0; c < columns; ++c) {
        const TimelineBucket &b = buckets.at(lane, c);
        if (b.count == 0)
            continue;
        const int x0 = std::max(left, left + c - kMarkWidth / 2);
        const int x1 = std::min(laneRect.right(), left + c + kMarkWidth / 2);
        const QColor &body = b.failed == b.count ? f.colors.failed
                : b.pending == b.count           ? f.colors.pending
                                                 : laneColor;
        bodies.add(x0, x1, body);
        if (b.failed > 0)
            feet.add(x0, x1, f.colors.failed);
        if (b.fallback > 0)
            caps.add(x0, x1, f.colors.fallback);
    }
}

void TimelinePainter::paintRow(const Frame &f, int row, const QColor &color, int width)
{
    if (!f.series || row >= f.series->size())
        return;
    const qint64 ms = f.series->createdMs(row);
    if (ms < f.geometry.fromMs() || ms >= f.geometry.toMs())
        return;
    const LaneBands bands = bandsOf(f.geometry.laneRect(f.series->lane(row)));
    const double x = std::floor(f.geometry.msToX(ms)) + 0.5;
    m_p.setRenderHint(QPainter::Antialiasing, true);
    m_p.setPen(QPen(color, width));
    m_p.setBrush(Qt::NoBrush);
    // A ring around the mark, its cap and its foot, clear of the mark itself.
    const double half = kMarkWidth / 2.0 + 2.5;
    m_p.drawRoundedRect(
            QRectF(x - half, bands.cap.top() - 1.5, 2 * half, bands.foot.bottom() - bands.cap.top() + 3), 2,
            2);
    m_p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelinePainter::paintAxis(const Frame &f)
{
    const TimelineGeometry &g = f.geometry;
    const QRect axis = g.axisRect();
    m_p.fillRect(QRect(axis.left(), axis.top(), axis.width(), 1), f.colors.majorGrid);
    m_p.setPen(f.colors.mutedText);
    m_p.drawText(QRect(QPoint(g.bounds().left() + 4, axis.top()), QPoint(axis.left() - 4, axis.bottom())),
                 Qt::AlignLeft | Qt::AlignVCenter, TimelineText::tr("UTC"));
    m_p.setPen(f.colors.text);
    for (const TimelineTick &tick : std::as_const(m_ticks)) {
        const int x = int(std::floor(g.msToX(tick.ms)));
        m_p.fillRect(QRect(x, axis.top(), 1, tick.major ? 6 : 4), f.colors.majorGrid);
        if (x + 3 + m_metrics.horizontalAdvance(tick.label) > axis.right())
            continue;
        m_p.drawText(QPoint(x + 3, axis.top() + 4 + m_metrics.ascent()), tick.label);
    }
}

void TimelinePainter::paintNow(const Frame &f)
{
    if (!f.nowMs || *f.nowMs < f.geometry.fromMs() || *f.nowMs >= f.geometry.toMs())
        return;
    const TimelineGeometry &g = f.geometry;
    const int x = int(std::floor(g.msToX(*f.nowMs)));
    m_p.fillRect(QRect(x, g.pitBandRect().top(), 2, g.lanesRect().bottom() - g.pitBandRect().top() + 1),
                 f.colors.now);
    const QString label = TimelineText::tr("now");
    const int w = m_metrics.horizontalAdvance(label) + 6;
    const QRect lanes = g.lanesRect();
    // Left of the line when it is near the right edge.
    const int left = x + 3 + w > lanes.right() ? x - w - 1 : x + 3;
    const QRect box(left, lanes.top() + 1, w, m_metrics.height());
    m_p.fillRect(box, f.colors.background);
    m_p.setPen(f.colors.now);
    m_p.drawText(box, Qt::AlignCenter, label);
}

} // namespace snapline
