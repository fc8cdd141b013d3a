#pragma once

#include "theme/theme.h"

#include <QObject>
#include <QPointer>

class QActionGroup;
class QApplication;
class QMenu;

namespace snapline {

// View → Theme: one radio item per ThemeChoice. Choosing one applies it at
// once and remembers it (ConsoleSettings::theme) for the next start.
class ThemeMenu : public QObject
{
    Q_OBJECT

public:
    explicit ThemeMenu(QApplication &app, QObject *parent = nullptr);

    // Adds the "Theme" submenu to `viewMenu` and answers it.
    QMenu *addTo(QMenu *viewMenu);

    ThemeChoice choice() const { return m_choice; }
    // Applies, remembers and checks `choice`, as if picked from the menu.
    void choose(ThemeChoice choice);

    // What the user chose last time (System when nothing, or something
    // unknown, is stored).
    static ThemeChoice savedChoice();
    // At start-up, before the first window shows: the remembered palette.
    static void applySaved(QApplication &app);

Q_SIGNALS:
    void themeChanged(snapline::ThemeChoice choice);

private:
    void updateChecks();

    QApplication &m_app;
    ThemeChoice m_choice;
    QPointer<QActionGroup> m_group;
};

} // namespace snapline
