#pragma once

#include "profile/profile.h"
#include "profile/profile_validation.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace snapline {

// Stable codes of the errors ProfileStore returns.
namespace ProfileCode {
inline const QString Invalid = QStringLiteral("PROFILE_INVALID");
inline const QString NameTaken = QStringLiteral("PROFILE_NAME_TAKEN");
inline const QString NotFound = QStringLiteral("PROFILE_NOT_FOUND");
inline const QString IdTaken = QStringLiteral("PROFILE_ID_TAKEN");
inline const QString BuiltIn = QStringLiteral("PROFILE_BUILT_IN");
inline const QString NotSaved = QStringLiteral("PROFILE_NOT_SAVED");
} // namespace ProfileCode

// The saved connection profiles, in a QSettings file: create, edit, delete
// and list them. Only what Profile holds is written, so no secret ever
// reaches the file. Built-in profiles come first, then the others in the
// order they were created. Used from one thread (the GUI's).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's own settings (QSettings' default location).
    explicit ProfileStore(QObject *parent = nullptr);
    // A settings file of its own, in INI format (tests, portable installs).
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileNamed(const QString &name) const;

    // What is wrong with the profile as a new (or, with its id, an edited) one,
    // including a name another profile already has.
    QList<ProfileIssue> check(const Profile &profile) const;

    // Saves a new profile; an empty id gets a fresh UUID.
    Result<Profile> create(Profile profile);
    // Saves changes to an existing profile. A built-in profile keeps its
    // connection (address, credentials, certificate): only its name, org and
    // default project can change.
    Result<Profile> update(const Profile &profile);
    // Deletes a profile (not a built-in one). Its secret is the caller's to
    // delete from the SecretStore.
    Status remove(const QString &id);

    // Adds or refreshes a built-in profile (the app's "Local sandbox", whose
    // address and credentials are known only at run time), keeping the name,
    // org and default project the user chose for it. Its secret goes to the
    // SecretStore under its id, like any other profile's. The app registers it
    // before anything else, and create() keeps others from taking its name.
    Result<Profile> registerBuiltIn(Profile profile);

Q_SIGNALS:
    void profilesChanged();

private:
    void load();
    Status save(const QList<Profile> &profiles);
    int indexOf(const QString &id) const;
    std::optional<ProfileIssue> nameClash(const Profile &profile) const;
    Result<Profile> commit(QList<Profile> profiles, const Profile &saved);

    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
};

} // namespace snapline
