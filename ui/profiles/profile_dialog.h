#pragma once

#include "profile/profile.h"
#include "profile/profile_validation.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace snapline {

class ProfileStore;
class SecretStore;

// Adds a profile or edits one. Every change is checked at once by the rules
// the store applies (ProfileValidation, unique names); the problems are
// listed under the form and Save stays disabled while there are any. The
// secret goes to the SecretStore under the profile's id, never to settings;
// when editing, an empty secret keeps the stored one.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // A new profile.
    ProfileDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets, QWidget *parent = nullptr);
    // Changes to `profile`. A built-in profile keeps its connection: only its
    // name, organization and default project can be edited.
    ProfileDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets, const Profile &profile,
                  QWidget *parent = nullptr);

    bool isEditing() const { return m_editing.has_value(); }
    // The profile as the fields describe it now.
    Profile profile() const;
    // What is wrong now, as listed under the form.
    QStringList problems() const { return m_problems; }
    bool canSave() const;

    // Stores the secret (when one was typed), then saves the profile; the
    // dialog closes once both are done and stays open with the reason when
    // either fails.
    void accept() override;

Q_SIGNALS:
    void saved(const snapline::Profile &profile);

private:
    void build();
    void load(const Profile &profile);
    void validate();
    void updateAuthKind();
    void chooseCaFile();
    void commit(const Profile &profile, bool secretWritten);
    void fail(const QString &message);
    QString secretProblem() const;

    ProfileStore &m_store;
    std::shared_ptr<SecretStore> m_secrets;
    std::optional<Profile> m_editing;
    QString m_newId; // the id a new profile is saved under (its secret's key)
    bool m_saving = false;
    QStringList m_problems;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_authKind = nullptr;
    QLineEdit *m_principal = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_orgId = nullptr;
    QLineEdit *m_projectId = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLineEdit *m_pinned = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_failure = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<ProfileIssue::Field, QLineEdit *> m_fieldEdits;
};

} // namespace snapline
