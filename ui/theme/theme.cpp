#include "theme/theme.h"

#include "theme/console_style.h"

#include <QApplication>

#include <cmath>

namespace snapline {

namespace {

ThemeChoice g_applied = ThemeChoice::System;

// The colours one palette is made of; the disabled group is derived.
struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor highlight, highlightedText, link, linkVisited, placeholder, toolTipBase, toolTipText;
    QColor light, midlight, mid, dark, shadow, brightText;
    QColor disabledText;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    // A selection in a window without focus stays visible but quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight,
               c.highlight.lighter(c.window.lightness() < 128 ? 80 : 115));
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

} // namespace

QString themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("highContrast");
    }
    return QStringLiteral("system");
}

std::optional<ThemeChoice> parseThemeChoice(QStringView name)
{
    for (const auto choice :
         {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
        if (name == themeChoiceName(choice))
            return choice;
    return std::nullopt;
}

QPalette Theme::lightPalette()
{
    Colours c;
    c.window = QColor(0xef, 0xf0, 0xf1);
    c.windowText = QColor(0x1d, 0x1f, 0x22);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf6, 0xf7);
    c.text = c.windowText;
    c.button = QColor(0xf7, 0xf7, 0xf8);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x1f, 0x5f, 0xc8);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x1a, 0x55, 0xb0);
    c.linkVisited = QColor(0x6a, 0x3a, 0xa8);
    c.placeholder = QColor(0x6a, 0x6e, 0x73);
    c.toolTipBase = QColor(0xff, 0xff, 0xe8);
    c.toolTipText = QColor(0x1d, 0x1f, 0x22);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe2, 0xe4, 0xe6);
    c.mid = QColor(0xb4, 0xb8, 0xbc);
    c.dark = QColor(0x9c, 0xa0, 0xa4);
    c.shadow = QColor(0x70, 0x74, 0x78);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.disabledText = QColor(0x8c, 0x90, 0x94);
    return paletteOf(c);
}

QPalette Theme::darkPalette()
{
    Colours c;
    c.window = QColor(0x2b, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe7, 0xe8);
    c.base = QColor(0x1e, 0x1f, 0x22);
    c.alternateBase = QColor(0x26, 0x28, 0x2b);
    c.text = c.windowText;
    c.button = QColor(0x37, 0x39, 0x3d);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x2f, 0x6a, 0xe0);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x7a, 0xb0, 0xff);
    c.linkVisited = QColor(0xbc, 0xa2, 0xff);
    c.placeholder = QColor(0x9a, 0x9d, 0xa1);
    c.toolTipBase = QColor(0x3c, 0x3f, 0x43);
    c.toolTipText = c.windowText;
    c.light = QColor(0x4b, 0x4e, 0x53);
    c.midlight = QColor(0x3e, 0x41, 0x45);
    c.mid = QColor(0x23, 0x25, 0x28);
    c.dark = QColor(0x19, 0x1a, 0x1c);
    c.shadow = QColor(0x0c, 0x0c, 0x0d);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.disabledText = QColor(0x7c, 0x7f, 0x83);
    return paletteOf(c);
}

QPalette Theme::highContrastPalette()
{
    Colours c;
    c.window = QColor(0x00, 0x00, 0x00);
    c.windowText = QColor(0xff, 0xff, 0xff);
    c.base = QColor(0x00, 0x00, 0x00);
    c.alternateBase = QColor(0x1a, 0x1a, 0x1a);
    c.text = c.windowText;
    c.button = QColor(0x00, 0x00, 0x00);
    c.buttonText = c.windowText;
    c.highlight = QColor(0xff, 0xd7, 0x00);
    c.highlightedText = QColor(0x00, 0x00, 0x00);
    c.link = QColor(0xff, 0xff, 0x00);
    c.linkVisited = QColor(0xff, 0x9e, 0xff);
    c.placeholder = QColor(0xc8, 0xc8, 0xc8);
    c.toolTipBase = QColor(0x00, 0x00, 0x00);
    c.toolTipText = QColor(0xff, 0xff, 0xff);
    // Fusion draws bevels and frames from these: white lines on black.
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xc8, 0xc8, 0xc8);
    c.mid = QColor(0xa0, 0xa0, 0xa0);
    c.dark = QColor(0xff, 0xff, 0xff);
    c.shadow = QColor(0xff, 0xff, 0xff);
    c.brightText = QColor(0xff, 0xff, 0x00);
    c.disabledText = QColor(0xa0, 0xa0, 0xa0); // still 8:1 on black
    return paletteOf(c);
}

bool Theme::systemPrefersDark(const QPalette &platform, const QProcessEnvironment &environment)
{
    if (environment.value(QStringLiteral("GTK_THEME")).contains(u":dark", Qt::CaseInsensitive))
        return true;
    return isDark(platform);
}

QPalette Theme::paletteFor(ThemeChoice choice, const QPalette &platform,
                           const QProcessEnvironment &environment)
{
    switch (choice) {
    case ThemeChoice::Light:
        return lightPalette();
    case ThemeChoice::Dark:
        return darkPalette();
    case ThemeChoice::HighContrast:
        return highContrastPalette();
    case ThemeChoice::System:
        break;
    }
    return systemPrefersDark(platform, environment) ? darkPalette() : lightPalette();
}

void Theme::apply(QApplication &app, ThemeChoice choice)
{
    // The platform's palette is only there before the first one is set, so
    // it is kept for every later "follow the system".
    static const QPalette platform = QApplication::palette();
    if (!qobject_cast<ConsoleStyle *>(app.style()))
        QApplication::setStyle(new ConsoleStyle);
    QApplication::setPalette(paletteFor(choice, platform, QProcessEnvironment::systemEnvironment()));
    g_applied = choice;
}

ThemeChoice Theme::applied()
{
    return g_applied;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::negativeText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString Theme::label(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return tr("Follow the &System");
    case ThemeChoice::Light:
        return tr("&Light");
    case ThemeChoice::Dark:
        return tr("&Dark");
    case ThemeChoice::HighContrast:
        return tr("&High Contrast");
    }
    return {};
}

} // namespace snapline
