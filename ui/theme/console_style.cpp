#include "theme/console_style.h"

#include "theme/theme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace snapline {

namespace {

// Fusion's own outline geometry: a rounded rectangle on the pixel grid.
void drawFrame(QPainter *painter, const QRect &rect, const QColor &colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setPen(colour);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(0, 0, -1, -1), 2, 2);
    painter->restore();
}

} // namespace

ConsoleStyle::ConsoleStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("snaplineConsoleStyle"));
}

QColor ConsoleStyle::fieldFrame(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    QColor frame = window;
    for (int percent = 30; percent <= 100 && Theme::contrastRatio(frame, window) < 3.5; percent += 5) {
        const double share = percent / 100.0;
        frame = QColor::fromRgbF(float(window.redF() * (1 - share) + text.redF() * share),
                                 float(window.greenF() * (1 - share) + text.greenF() * share),
                                 float(window.blueF() * (1 - share) + text.blueF() * share));
    }
    return frame;
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    // A focused field keeps Fusion's highlighted frame.
    if (element == PE_FrameLineEdit && !(option->state & State_HasFocus)) {
        drawFrame(painter, option->rect, fieldFrame(option->palette));
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ConsoleStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                      QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_SpinBox || control == CC_ComboBox) && !(option->state & State_HasFocus)
        && (option->state & State_Enabled))
        drawFrame(painter, option->rect, fieldFrame(option->palette));
}

} // namespace snapline
