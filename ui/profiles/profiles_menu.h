#pragma once

#include "profile/profile.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDialog;
class QMenu;
class QWidget;

namespace snapline {

class ProfileStore;
class SecretStore;

// The Profiles menu: every profile as a checkable item (the built-in "Local
// sandbox" first, the active one checked), then Add…, Import from Atlas
// CLI…, Edit… and Remove… for the active profile. Choosing a profile emits
// profileChosen() and remembers it for the next start
// (ConsoleSettings::lastProfileId). Dialogs open window-modal without a
// nested event loop; openDialog() answers the one on show.
class ProfilesMenu : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    ProfilesMenu(ProfileStore &store, std::shared_ptr<SecretStore> secrets, QWidget *window,
                 QObject *parent = nullptr);
    ~ProfilesMenu() override;

    // Fills `menu` now and again whenever the profiles change.
    void attach(QMenu *menu);
    QMenu *menu() const;

    QString activeProfileId() const { return m_activeId; }
    // Checks the profile and remembers it; emits nothing (the caller knows).
    void setActiveProfile(const QString &id);
    // The profile active when the console last closed, or the first profile
    // (the built-in one) when that one is gone; empty when there are none.
    QString profileToOpen() const;
    static QString lastActiveProfileId();

    // The dialog a menu item opened, while it is on show.
    QDialog *openDialog() const { return m_dialog; }

    void addProfile();
    void importFromAtlasCli();
    void editActiveProfile();
    void removeActiveProfile();

Q_SIGNALS:
    // The user chose a profile (or the active one was edited, removed or
    // just added): the console should open it.
    void profileChosen(const snapline::Profile &profile);

private:
    void rebuild();
    void updateActive();
    void choose(const QString &id);
    void show(QDialog *dialog);
    void remove(const Profile &profile);

    ProfileStore &m_store;
    std::shared_ptr<SecretStore> m_secrets;
    QPointer<QWidget> m_window;
    QPointer<QMenu> m_menu;
    QPointer<QActionGroup> m_group;
    QPointer<QAction> m_edit;
    QPointer<QAction> m_remove;
    QPointer<QDialog> m_dialog;
    QString m_activeId;
};

} // namespace snapline
