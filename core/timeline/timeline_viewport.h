#pragma once

#include <QtGlobal>

namespace snapline {

// The timeline's visible range [fromMs, toMs) and how it moves: zoom around an
// anchor, pan, fit, bring a moment into view. Kept between an hour and a few
// times the data's extent, and never off the data, so no gesture gets lost.
class TimelineViewport
{
public:
    static constexpr qint64 kHourMs = 3'600'000;
    static constexpr qint64 kDayMs = 24 * kHourMs;
    static constexpr qint64 kMinSpanMs = kHourMs;
    static constexpr qint64 kMaxSpanMs = 100 * 366 * kDayMs;

    TimelineViewport();

    // What there is to look at (snapshots, PIT window, now). The range is
    // clamped again, keeping its span where it can.
    void setExtent(qint64 fromMs, qint64 toMs);
    qint64 extentFromMs() const { return m_extentFrom; }
    qint64 extentToMs() const { return m_extentTo; }

    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    qint64 spanMs() const { return m_to - m_from; }
    qint64 minSpanMs() const { return kMinSpanMs; }
    qint64 maxSpanMs() const;

    // Each returns whether the range changed.
    bool setRange(qint64 fromMs, qint64 toMs);
    // factor > 1 zooms in (the span shrinks by it), < 1 zooms out; `anchorMs`
    // stays where it is on screen.
    bool zoomBy(double factor, qint64 anchorMs);
    bool panBy(qint64 deltaMs);
    // The whole extent with a small margin either side.
    bool fit();
    // Pans the least needed to show `ms` at least `margin` (a fraction of
    // the span) inside either edge.
    bool ensureVisible(qint64 ms, double margin = 0.05);

private:
    qint64 m_extentFrom;
    qint64 m_extentTo;
    qint64 m_from;
    qint64 m_to;
};

} // namespace snapline
