#include "theme/theme_menu.h"

#include "theme/console_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace snapline {

namespace {

constexpr ThemeChoice kChoices[]
        = {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast};

} // namespace

ThemeMenu::ThemeMenu(QApplication &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_choice(savedChoice())
{}

QMenu *ThemeMenu::addTo(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    m_group = new QActionGroup(menu);
    m_group->setExclusive(true);
    for (const ThemeChoice choice : kChoices) {
        QAction *action = menu->addAction(Theme::label(choice));
        action->setObjectName(QStringLiteral("theme_") + themeChoiceName(choice));
        action->setCheckable(true);
        action->setData(themeChoiceName(choice));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { choose(choice); });
        if (choice == ThemeChoice::System)
            menu->addSeparator();
    }
    updateChecks();
    return menu;
}

void ThemeMenu::choose(ThemeChoice choice)
{
    Theme::apply(m_app, choice);
    ConsoleSettings::theme().setValue(themeChoiceName(choice));
    const bool changed = choice != m_choice;
    m_choice = choice;
    updateChecks();
    if (changed)
        Q_EMIT themeChanged(choice);
}

ThemeChoice ThemeMenu::savedChoice()
{
    return parseThemeChoice(ConsoleSettings::theme().value()).value_or(ThemeChoice::System);
}

void ThemeMenu::applySaved(QApplication &app)
{
    Theme::apply(app, savedChoice());
}

void ThemeMenu::updateChecks()
{
    if (!m_group)
        return;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == themeChoiceName(m_choice));
}

} // namespace snapline
