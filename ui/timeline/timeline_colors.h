#pragma once

#include "timeline/timeline_lane.h"

#include <QColor>

#include <array>

class QPalette;

namespace snapline {

// The timeline's colours, derived from the widget's palette so they read on
// light and dark themes alike. Marks never rely on colour alone: failed and
// fallback snapshots also differ in shape and place.
struct TimelineColors
{
    QColor background;
    QColor stripe; // every other lane
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor majorGrid;
    std::array<QColor, kTimelineLaneCount> lanes;
    QColor failed;
    QColor fallback;
    QColor pending;
    QColor selection;
    QColor hover;
    QColor now;
    QColor pitWindow; // inside the window but not restorable
    QColor restorable;
    QColor gap;
    QColor blackout;

    static TimelineColors fromPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace snapline
