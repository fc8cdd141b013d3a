// The Profiles menu and its dialogs, driven as a user would: add a profile
// through the dialog, see invalid input keep Save disabled with the reason
// shown, edit (an empty secret keeps the stored one), remove after a
// confirmation (never the built-in profile), import from an Atlas CLI
// config.toml, and switch profiles from the menu. Secrets go to the secret
// store only; dialogs are answered through ProfilesMenu::openDialog().
#include "profile/atlas_cli_import.h"
#include "profile/profile_store.h"
#include "profiles/atlas_cli_import_dialog.h"
#include "profiles/profile_dialog.h"
#include "profiles/profiles_menu.h"
#include "secrets/memory_secret_store.h"
#include "theme/console_settings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

namespace {

const QString kOrg = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
const QString kFingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

QString sample(const char *name)
{
    return qEnvironmentVariable("SNAPLINE_TEST_DATA") + QStringLiteral("/atlascli/")
            + QString::fromLatin1(name);
}

Profile sandboxProfile()
{
    AtlasCredentials credentials;
    credentials.publicKey = QStringLiteral("sandbox1");
    credentials.privateKey = QStringLiteral("sandbox-private-key");
    return Profile::localSandbox(QUrl(QStringLiteral("https://127.0.0.1:8443")), kFingerprint, credentials);
}

Profile apiKeyProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.publicKey = QStringLiteral("abcdefgh");
    return profile;
}

QAction *action(QMenu &menu, const QString &objectName)
{
    for (QAction *a : menu.actions())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QStringList profileItems(QMenu &menu)
{
    QStringList names;
    for (QAction *a : menu.actions())
        if (a->objectName().startsWith(QStringLiteral("profile:")))
            names << a->text();
    return names;
}

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
}

QString problems(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("profileProblems"))->text();
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestProfilesMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_settingsFile;
    std::unique_ptr<ProfileStore> m_store;
    std::shared_ptr<MemorySecretStore> m_secrets;

    // The store answers at once; the async forms keep the GUI thread honest.
    Result<QString> storedSecret(const QString &id) const { return m_secrets->readAsync(id).result(); }
    Status storeSecret(const QString &id, const QString &secret) const
    {
        return m_secrets->writeAsync(id, secret).result();
    }

    QByteArray settingsText() const
    {
        QFile file(m_settingsFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The console's own settings (the last profile) go to this run's folder.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("SnaplineProfilesTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiles_menu"));
        // The Atlas CLI's default config is looked for here, never in the user's own folder.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    }

    void init()
    {
        ConsoleSettings::lastProfileId().reset();
        m_settingsFile = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_files));
        m_store = std::make_unique<ProfileStore>(m_settingsFile);
        m_secrets = std::make_shared<MemorySecretStore>();
        QVERIFY(m_store->registerBuiltIn(sandboxProfile()));
    }

    void addThroughTheDialog()
    {
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        QSignalSpy chosen(&profiles, &ProfilesMenu::profileChosen);
        action(menu, QStringLiteral("addProfile"))->trigger();
        auto *dialog = qobject_cast<ProfileDialog *>(profiles.openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing typed yet
        QVERIFY(problems(dialog).contains(QStringLiteral("Give the profile a name.")));

        type(field(dialog, "profileName"), QStringLiteral("Production"));
        type(field(dialog, "principal"), QStringLiteral("qwertyui"));
        type(field(dialog, "secret"), QStringLiteral("3f9c1e7a-private"));
        type(field(dialog, "orgId"), kOrg);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problems(dialog)));
        QVERIFY(dialog->problems().isEmpty());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QTRY_VERIFY(!profiles.openDialog());
        const std::optional<Profile> saved = m_store->profileNamed(QStringLiteral("Production"));
        QVERIFY(saved);
        QCOMPARE(saved->publicKey, QStringLiteral("qwertyui"));
        QCOMPARE(saved->orgId, kOrg);
        QCOMPARE(storedSecret(saved->id).value(), QStringLiteral("3f9c1e7a-private"));
        QVERIFY(!settingsText().contains("3f9c1e7a-private")); // the secret is not in settings
        QVERIFY(settingsText().contains("qwertyui"));
        // A profile just added is the one the user wants to open.
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<Profile>().id, saved->id);
        QCOMPARE(profiles.activeProfileId(), saved->id);
        QCOMPARE(ProfilesMenu::lastActiveProfileId(), saved->id);
        QCOMPARE(profileItems(menu),
                 (QStringList{QStringLiteral("Local sandbox"), QStringLiteral("Production")}));
        QVERIFY(action(menu, QStringLiteral("profile:") + saved->id)->isChecked());
    }

    void invalidInputKeepsSaveDisabled_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "profileName" << QString() << "Give the profile a name.";
        QTest::newRow("taken name") << "profileName"
                                    << "local SANDBOX "
                                    << "already exists";
        QTest::newRow("plain http") << "baseUrl"
                                    << "http://cloud.example.com"
                                    << "must start with https://";
        QTest::newRow("short key") << "principal"
                                   << "abc"
                                   << "exactly 8 characters";
        QTest::newRow("no secret") << "secret" << QString() << "Enter the API key's private key.";
        QTest::newRow("org id") << "orgId"
                                << "not-an-id"
                                << "organization id must be 24";
        QTest::newRow("project id") << "defaultProjectId"
                                    << "5F1A"
                                    << "default project id must be 24";
        QTest::newRow("CA file") << "caFile"
                                 << "/no/such/ca.pem"
                                 << "cannot be read";
        QTest::newRow("fingerprint") << "pinnedSha256"
                                     << "AB:CD"
                                     << "SHA-256 fingerprint";
    }

    void invalidInputKeepsSaveDisabled()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ProfileDialog dialog(*m_store, m_secrets);
        dialog.open();
        type(field(&dialog, "profileName"), QStringLiteral("Staging"));
        type(field(&dialog, "principal"), QStringLiteral("stagekey"));
        type(field(&dialog, "secret"), QStringLiteral("private"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(problems(&dialog)));

        type(field(&dialog, qPrintable(fieldName)), value);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY2(problems(&dialog).contains(message), qPrintable(problems(&dialog)));
        QVERIFY(dialog.problems().size() == 1);
        // Enter does not get past the rules either.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_store->profiles().size(), 1);
    }

    void serviceAccountNeedsClientIdAndSecret()
    {
        ProfileDialog dialog(*m_store, m_secrets);
        type(field(&dialog, "profileName"), QStringLiteral("CI"));
        dialog.findChild<QComboBox *>(QStringLiteral("authKind"))->setCurrentIndex(1);
        type(field(&dialog, "principal"), QStringLiteral("qwertyui"));
        QVERIFY(problems(&dialog).contains(QStringLiteral("is not a service account client id")));
        QVERIFY(problems(&dialog).contains(QStringLiteral("client secret")));
        type(field(&dialog, "principal"), QStringLiteral("mdb_sa_id_0123456789abcdef01234567"));
        type(field(&dialog, "secret"), QStringLiteral("mdb_sa_sk_secret"));
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(problems(&dialog)));
        QCOMPARE(dialog.profile().clientId, QStringLiteral("mdb_sa_id_0123456789abcdef01234567"));
        QVERIFY(dialog.profile().publicKey.isEmpty());
    }

    void editKeepsTheStoredSecretWhenEmpty()
    {
        const Profile stored = *m_store->create(apiKeyProfile(QStringLiteral("Staging")));
        QVERIFY(storeSecret(stored.id, QStringLiteral("old-secret")));
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        profiles.setActiveProfile(stored.id);
        QSignalSpy chosen(&profiles, &ProfilesMenu::profileChosen);
        QCOMPARE(action(menu, QStringLiteral("editProfile"))->text(), QStringLiteral("&Edit “Staging”…"));

        action(menu, QStringLiteral("editProfile"))->trigger();
        auto *dialog = qobject_cast<ProfileDialog *>(profiles.openDialog());
        QVERIFY(dialog && dialog->isEditing());
        QCOMPARE(field(dialog, "profileName")->text(), QStringLiteral("Staging"));
        QCOMPARE(field(dialog, "secret")->text(), QString()); // never shown back
        type(field(dialog, "profileName"), QStringLiteral("Staging EU"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problems(dialog)));
        okButton(dialog)->click();
        QTRY_VERIFY(!profiles.openDialog());
        QCOMPARE(m_store->profile(stored.id)->name, QStringLiteral("Staging EU"));
        QCOMPARE(storedSecret(stored.id).value(), QStringLiteral("old-secret"));
        QCOMPARE(chosen.size(), 1); // the active profile changed: open it again
        QCOMPARE(action(menu, QStringLiteral("editProfile"))->text(), QStringLiteral("&Edit “Staging EU”…"));

        // A new secret replaces the stored one; switching the kind needs one.
        action(menu, QStringLiteral("editProfile"))->trigger();
        dialog = qobject_cast<ProfileDialog *>(profiles.openDialog());
        dialog->findChild<QComboBox *>(QStringLiteral("authKind"))->setCurrentIndex(1);
        type(field(dialog, "principal"), QStringLiteral("mdb_sa_id_0123456789abcdef01234567"));
        QVERIFY(problems(dialog).contains(QStringLiteral("client secret")));
        type(field(dialog, "secret"), QStringLiteral("new-secret"));
        okButton(dialog)->click();
        QTRY_VERIFY(!profiles.openDialog());
        QCOMPARE(storedSecret(stored.id).value(), QStringLiteral("new-secret"));
        QVERIFY(m_store->profile(stored.id)->authKind == Profile::AuthKind::ServiceAccount);
    }

    void builtInKeepsItsConnection()
    {
        ProfileDialog dialog(*m_store, m_secrets, m_store->profiles().first());
        QVERIFY(!field(&dialog, "baseUrl")->isEnabled());
        QVERIFY(!field(&dialog, "secret")->isEnabled());
        QVERIFY(field(&dialog, "baseUrl")->toolTip().contains(QStringLiteral("built into Snapline")));
        QVERIFY(field(&dialog, "profileName")->isEnabled());
        type(field(&dialog, "defaultProjectId"), kOrg);
        QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(problems(&dialog)));
        okButton(&dialog)->click();
        QTRY_COMPARE(m_store->profiles().first().defaultProjectId, kOrg);
    }

    void removeAfterConfirmation()
    {
        const Profile staging = *m_store->create(apiKeyProfile(QStringLiteral("Staging")));
        QVERIFY(storeSecret(staging.id, QStringLiteral("secret")));
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        profiles.setActiveProfile(staging.id);
        QSignalSpy chosen(&profiles, &ProfilesMenu::profileChosen);
        QAction *remove = action(menu, QStringLiteral("removeProfile"));
        QVERIFY(remove->isEnabled());

        // Cancel keeps it.
        remove->trigger();
        auto *box = qobject_cast<QMessageBox *>(profiles.openDialog());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Staging")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!profiles.openDialog());
        QVERIFY(m_store->profile(staging.id));

        remove->trigger();
        box = qobject_cast<QMessageBox *>(profiles.openDialog());
        QPushButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(button);
        QVERIFY(confirm);
        confirm->click();
        QTRY_VERIFY(!profiles.openDialog());
        QVERIFY(!m_store->profile(staging.id));
        QTRY_COMPARE(storedSecret(staging.id).error().code, SecretCode::NotFound);
        // The console falls back to the built-in profile.
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<Profile>().id, Profile::localSandboxId());
        QCOMPARE(profiles.activeProfileId(), Profile::localSandboxId());
        QCOMPARE(profileItems(menu), QStringList{QStringLiteral("Local sandbox")});
    }

    void builtInCannotBeRemoved()
    {
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        profiles.setActiveProfile(Profile::localSandboxId());
        QAction *remove = action(menu, QStringLiteral("removeProfile"));
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(),
                 QStringLiteral("“Local sandbox” is built into Snapline and cannot be removed."));
        QVERIFY(menu.toolTipsVisible());
        profiles.removeActiveProfile(); // even when asked directly
        QVERIFY(!profiles.openDialog());
        QCOMPARE(m_store->profiles().size(), 1);
    }

    void menuListsProfilesAndSwitches()
    {
        const Profile b = *m_store->create(apiKeyProfile(QStringLiteral("Beta & Co")));
        const Profile a = *m_store->create(apiKeyProfile(QStringLiteral("Alpha")));
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        // Built-in first, then in the order they were made; "&" is not a mnemonic.
        QCOMPARE(profileItems(menu),
                 (QStringList{QStringLiteral("Local sandbox"), QStringLiteral("Beta && Co"),
                              QStringLiteral("Alpha")}));
        QCOMPARE(profiles.profileToOpen(), Profile::localSandboxId()); // nothing remembered yet
        QSignalSpy chosen(&profiles, &ProfilesMenu::profileChosen);
        action(menu, QStringLiteral("profile:") + a.id)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<Profile>(), a);
        QVERIFY(action(menu, QStringLiteral("profile:") + a.id)->isChecked());
        QVERIFY(!action(menu, QStringLiteral("profile:") + b.id)->isChecked());
        // Choosing the active one again changes nothing.
        action(menu, QStringLiteral("profile:") + a.id)->trigger();
        QCOMPARE(chosen.size(), 1);
        QVERIFY(action(menu, QStringLiteral("profile:") + a.id)->isChecked());

        // The next start opens the same profile.
        ProfilesMenu nextStart(*m_store, m_secrets, nullptr);
        QCOMPARE(nextStart.activeProfileId(), a.id);
        QCOMPARE(nextStart.profileToOpen(), a.id);
        // A profile added elsewhere shows up in the menu.
        QVERIFY(m_store->create(apiKeyProfile(QStringLiteral("Gamma"))));
        QCOMPARE(profileItems(menu).size(), 4);
        QVERIFY(action(menu, QStringLiteral("profile:") + a.id)->isChecked());
    }

    void importFromAtlasCli()
    {
        QVERIFY(m_store->create(apiKeyProfile(QStringLiteral("zeta"))));
        ProfilesMenu profiles(*m_store, m_secrets, nullptr);
        QMenu menu;
        profiles.attach(&menu);
        action(menu, QStringLiteral("importAtlasCli"))->trigger();
        auto *dialog = qobject_cast<AtlasCliImportDialog *>(profiles.openDialog());
        QVERIFY(dialog);
        dialog->setConfigPath(sample("several.toml"));
        QCOMPARE(dialog->found().size(), 3);
        QListWidget *list = dialog->list();
        QCOMPARE(list->count(), 3);
        // "zeta" exists here already, so it comes in under another name.
        QCOMPARE(dialog->found()[0].profile.name, QStringLiteral("zeta (Atlas CLI)"));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("imported as")));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(list->item(row)->checkState(), Qt::Checked);
        list->item(2)->setCheckState(Qt::Unchecked); // not "middle"
        QSignalSpy imported(dialog, &AtlasCliImportDialog::imported);
        okButton(dialog)->click();
        QTRY_VERIFY(!profiles.openDialog());
        QCOMPARE(imported.size(), 1);
        const auto zeta = m_store->profileNamed(QStringLiteral("zeta (Atlas CLI)"));
        const auto alpha = m_store->profileNamed(QStringLiteral("alpha"));
        QVERIFY(zeta && alpha);
        QVERIFY(!m_store->profileNamed(QStringLiteral("middle")));
        QCOMPARE(storedSecret(zeta->id).value(), QStringLiteral("11111111-1111-4111-8111-111111111111"));
        QCOMPARE(storedSecret(alpha->id).value(), QStringLiteral("mdb_sa_sk_alphaalphaalpha"));
        QVERIFY(alpha->authKind == Profile::AuthKind::ServiceAccount);
        QVERIFY(!settingsText().contains("11111111-1111-4111"));
        QVERIFY(!settingsText().contains("mdb_sa_sk_"));
        QCOMPARE(profileItems(menu).size(), 4);
    }

    void importMarksIncompleteAndInvalidProfiles()
    {
        AtlasCliImportDialog dialog(*m_store, m_secrets);
        dialog.setConfigPath(sample("incomplete.toml"));
        QListWidget *list = dialog.list();
        QCOMPARE(list->count(), int(dialog.found().size()));
        int invalid = 0;
        for (int row = 0; row < list->count(); ++row) {
            const ImportedProfile &entry = dialog.found()[row];
            QListWidgetItem *item = list->item(row);
            const bool valid = ProfileValidation::check(entry.profile).isEmpty();
            QCOMPARE(bool(item->flags() & Qt::ItemIsUserCheckable), valid);
            // Without a secret it cannot sign in: offered, but not chosen for the user.
            QCOMPARE(item->checkState(), entry.isComplete() ? Qt::Checked : Qt::Unchecked);
            if (!valid) {
                ++invalid;
                QVERIFY(item->text().contains(QStringLiteral("cannot be imported")));
                // Selecting it says why.
                list->setCurrentRow(row);
                const QString notes = dialog.findChild<QLabel *>(QStringLiteral("profileNotes"))->text();
                QCOMPARE(notes.section(QLatin1Char('\n'), 0, 0),
                         ProfileValidation::describe(ProfileValidation::check(entry.profile)));
            }
            if (valid && entry.secret.isEmpty())
                QVERIFY(item->toolTip().contains(QStringLiteral("no secret")));
        }
        QVERIFY(invalid > 0);
        QVERIFY(!okButton(&dialog)->isEnabled()); // nothing complete, nothing chosen
    }

    void importExplainsABadFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << sample("no-such-config.toml") << "no-such-config.toml";
        QTest::newRow("malformed") << sample("malformed.toml") << "line";
    }

    void importExplainsABadFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        AtlasCliImportDialog dialog(*m_store, m_secrets);
        dialog.setConfigPath(path);
        QVERIFY(dialog.found().isEmpty());
        QCOMPARE(dialog.list()->count(), 0);
        QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void importDefaultsToTheCliConfig()
    {
        AtlasCliImportDialog dialog(*m_store, m_secrets);
        QCOMPARE(dialog.configPath(), m_dir.filePath(QStringLiteral("xdg/atlascli/config.toml")));
        QCOMPARE(dialog.configPath(), AtlasCliImport::defaultConfigPath());
        QVERIFY(dialog.message().contains(QStringLiteral("config.toml"))); // there is none here
    }
};

QTEST_MAIN(TestProfilesMenu)
#include "tst_profiles_menu.moc"
