#pragma once

#include <QProxyStyle>

namespace snapline {

// The console's style: Fusion, with the frames of fields (line edits, spin
// boxes, combo boxes) drawn in a colour that stands out 3:1 from the window
// (WCAG's non-text contrast). Fusion darkens the window colour for them,
// which vanishes on a dark window and entirely on high contrast's black.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ConsoleStyle();

    // The frame colour for `palette`: the window colour moved toward its text until
    // 3.5:1, so it keeps 3:1 once rounded to 8-bit channels.
    static QColor fieldFrame(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace snapline
