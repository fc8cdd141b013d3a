#include "profiles/profiles_menu.h"

#include "profile/profile_store.h"
#include "profiles/atlas_cli_import_dialog.h"
#include "profiles/profile_dialog.h"
#include "secrets/secret_store.h"
#include "theme/console_settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace snapline {

namespace {

// A profile's name as a menu item: "&" would start a mnemonic.
QString menuText(const QString &name)
{
    QString text = name;
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

ProfilesMenu::ProfilesMenu(ProfileStore &store, std::shared_ptr<SecretStore> secrets, QWidget *window,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(std::move(secrets))
    , m_window(window)
    , m_activeId(lastActiveProfileId())
{
    connect(&m_store, &ProfileStore::profilesChanged, this, &ProfilesMenu::rebuild);
}

ProfilesMenu::~ProfilesMenu() = default;

void ProfilesMenu::attach(QMenu *menu)
{
    m_menu = menu;
    m_menu->setToolTipsVisible(true); // a disabled item says why
    rebuild();
}

QMenu *ProfilesMenu::menu() const
{
    return m_menu;
}

QString ProfilesMenu::lastActiveProfileId()
{
    return ConsoleSettings::lastProfileId().value();
}

QString ProfilesMenu::profileToOpen() const
{
    if (m_store.profile(m_activeId))
        return m_activeId;
    const QList<Profile> profiles = m_store.profiles();
    return profiles.isEmpty() ? QString() : profiles.first().id;
}

void ProfilesMenu::setActiveProfile(const QString &id)
{
    m_activeId = id;
    ConsoleSettings::lastProfileId().setValue(id);
    // Only the checks and the Edit/Remove items change: rebuilding here could
    // delete the very item whose click led here.
    updateActive();
}

void ProfilesMenu::rebuild()
{
    if (!m_menu)
        return;
    m_menu->clear();
    delete m_group.data();
    m_group = new QActionGroup(m_menu);
    m_group->setExclusive(true);
    for (const Profile &profile : m_store.profiles()) {
        QAction *action = m_menu->addAction(menuText(profile.name));
        action->setObjectName(QStringLiteral("profile:") + profile.id);
        action->setData(profile.id);
        action->setCheckable(true);
        action->setToolTip(profile.builtIn
                                   ? tr("Built into Snapline: a sandbox organization on this computer")
                                   : profile.baseUrl.toString());
        m_group->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { choose(id); });
    }
    m_menu->addSeparator();
    QAction *add = m_menu->addAction(tr("&Add Profile…"), this, &ProfilesMenu::addProfile);
    add->setObjectName(QStringLiteral("addProfile"));
    QAction *import
            = m_menu->addAction(tr("&Import from Atlas CLI…"), this, &ProfilesMenu::importFromAtlasCli);
    import->setObjectName(QStringLiteral("importAtlasCli"));
    m_edit = m_menu->addAction(tr("&Edit…"), this, &ProfilesMenu::editActiveProfile);
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_remove = m_menu->addAction(tr("&Remove…"), this, &ProfilesMenu::removeActiveProfile);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    updateActive();
}

void ProfilesMenu::updateActive()
{
    if (!m_menu)
        return;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == m_activeId);
    const std::optional<Profile> active = m_store.profile(m_activeId);
    m_edit->setText(active ? tr("&Edit “%1”…").arg(menuText(active->name)) : tr("&Edit…"));
    m_edit->setEnabled(active.has_value());
    m_remove->setText(active ? tr("&Remove “%1”…").arg(menuText(active->name)) : tr("&Remove…"));
    m_remove->setEnabled(active && !active->builtIn);
    if (!active)
        m_remove->setToolTip(tr("Choose a profile first."));
    else if (active->builtIn)
        m_remove->setToolTip(tr("“%1” is built into Snapline and cannot be removed.").arg(active->name));
    else
        m_remove->setToolTip(tr("Remove “%1” and its secret.").arg(active->name));
}

void ProfilesMenu::choose(const QString &id)
{
    const std::optional<Profile> profile = m_store.profile(id);
    if (!profile || id == m_activeId) {
        updateActive(); // keeps the check on the active one
        return;
    }
    setActiveProfile(id);
    Q_EMIT profileChosen(*profile);
}

void ProfilesMenu::show(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

void ProfilesMenu::addProfile()
{
    auto *dialog = new ProfileDialog(m_store, m_secrets, m_window);
    connect(dialog, &ProfileDialog::saved, this, [this](const Profile &profile) {
        setActiveProfile(profile.id);
        Q_EMIT profileChosen(profile);
    });
    show(dialog);
}

void ProfilesMenu::importFromAtlasCli()
{
    show(new AtlasCliImportDialog(m_store, m_secrets, m_window));
}

void ProfilesMenu::editActiveProfile()
{
    const std::optional<Profile> active = m_store.profile(m_activeId);
    if (!active)
        return;
    auto *dialog = new ProfileDialog(m_store, m_secrets, *active, m_window);
    connect(dialog, &ProfileDialog::saved, this, [this](const Profile &profile) {
        // Opened again, so a changed address or key takes effect.
        if (profile.id == m_activeId)
            Q_EMIT profileChosen(profile);
    });
    show(dialog);
}

void ProfilesMenu::removeActiveProfile()
{
    const std::optional<Profile> active = m_store.profile(m_activeId);
    if (!active || active->builtIn)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile “%1”?").arg(active->name), QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("confirmRemoveProfile"));
    box->setInformativeText(tr("Its secret is deleted from %1, and its local catalog is no longer shown. "
                               "Nothing changes in Atlas.")
                                    .arg(m_secrets->description()));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const Profile profile = *active;
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, profile] {
        if (box->clickedButton() == removeButton)
            remove(profile);
    });
    show(box);
}

void ProfilesMenu::remove(const Profile &profile)
{
    const Status removed = m_store.remove(profile.id);
    if (!removed) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Profile"), removed.error().message,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("removeProfileFailed"));
        show(box);
        return;
    }
    // The secret is useless without its profile; a failure leaves only an orphan entry behind.
    (void)m_secrets->removeAsync(profile.id);
    if (profile.id != m_activeId)
        return;
    const QList<Profile> remaining = m_store.profiles();
    if (remaining.isEmpty()) {
        setActiveProfile(QString());
        return;
    }
    setActiveProfile(remaining.first().id);
    Q_EMIT profileChosen(remaining.first());
}

} // namespace snapline
