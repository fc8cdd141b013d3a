#include "timeline/timeline_colors.h"

#include <QPalette>

namespace snapline {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

bool TimelineColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

TimelineColors TimelineColors::fromPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    TimelineColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.stripe = mix(c.background, c.text, 0.035);
    c.mutedText = mix(c.text, c.background, 0.35); // still 4.5:1, as text must be
    c.grid = mix(c.background, c.text, 0.10);
    c.majorGrid = mix(c.background, c.text, 0.22);
    // Hues that stay apart for the common colour-vision deficiencies, lighter
    // on dark backgrounds and deeper on light ones.
    const std::array<QColor, kTimelineLaneCount> light{QColor(0x4e, 0x79, 0xa7), QColor(0x17, 0x6d, 0x8c),
                                                       QColor(0x5b, 0x5f, 0xa8), QColor(0x7a, 0x4f, 0x9a),
                                                       QColor(0x8c, 0x56, 0x3c), QColor(0x2f, 0x7d, 0x4f)};
    const std::array<QColor, kTimelineLaneCount> darkLanes{
            QColor(0x7f, 0xa8, 0xd8), QColor(0x5f, 0xb8, 0xcf), QColor(0x9c, 0xa0, 0xe8),
            QColor(0xc0, 0x94, 0xde), QColor(0xd6, 0xa3, 0x84), QColor(0x7c, 0xc8, 0x96)};
    c.lanes = dark ? darkLanes : light;
    c.failed = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    c.fallback = dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xc7, 0x7c, 0x00);
    c.pending = c.mutedText;
    // The selected snapshot is content, not focus: as strong in an inactive window.
    c.selection = palette.color(QPalette::Active, QPalette::Highlight);
    c.hover = mix(c.selection, c.background, 0.5);
    c.now = dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc4, 0x3c, 0x12); // its label is text: 4.5:1
    c.pitWindow = mix(c.background, c.text, 0.08);
    c.restorable = dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x3d, 0x94, 0x40); // 3:1 for graphics
    c.gap = c.failed;
    c.blackout = mix(c.background, c.text, 0.55);
    return c;
}

} // namespace snapline
