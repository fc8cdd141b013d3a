#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

class QApplication;

namespace snapline {

// Which palette the console uses: the system's preference (light or dark),
// one of them forced, or high contrast for low vision.
enum class ThemeChoice { System, Light, Dark, HighContrast };

// Stable names, as stored in settings: "system", "light", "dark", "highContrast".
QString themeChoiceName(ThemeChoice choice);
std::optional<ThemeChoice> parseThemeChoice(QStringView name);

// The console's look: the Fusion style (the same on every desktop, with
// field frames that show on any palette: ConsoleStyle) with a light, dark
// or high-contrast palette whose text meets WCAG AA contrast.
// Qt 6.4 cannot ask the desktop for its colour scheme, so "System" reads it
// from the platform's own palette (a dark window means dark) and from
// GTK_THEME ("Adwaita:dark"), and falls back to light.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    static void apply(QApplication &app, ThemeChoice choice);
    // The choice last applied (System until apply() is called).
    static ThemeChoice applied();

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();
    // The palette a choice stands for, given what the platform offers.
    static QPalette paletteFor(ThemeChoice choice, const QPalette &platform,
                               const QProcessEnvironment &environment);
    static bool systemPrefersDark(const QPalette &platform, const QProcessEnvironment &environment);

    // Whether a palette has a dark window (charts pick their colours by it).
    static bool isDark(const QPalette &palette);
    // The WCAG 2 contrast ratio of two colours, from 1 (none) to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    // Red for words that refuse or warn (a refused action, a field in error),
    // readable on the palette's window: 4.5:1, 7:1 in high contrast.
    static QColor negativeText(const QPalette &palette);
    // For the theme menu: "Follow the system", "Light", "Dark", "High contrast".
    static QString label(ThemeChoice choice);
};

} // namespace snapline
