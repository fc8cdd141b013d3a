#pragma once

#include "profile/imported_profile.h"

#include <QDialog>
#include <QList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace snapline {

class ProfileStore;
class SecretStore;

// Brings the Atlas CLI's profiles over: reads its config.toml (by default
// ~/.config/atlascli/config.toml), lists the profiles found with a checkbox
// each, and saves the chosen ones, their secrets to the SecretStore. A name
// already taken here gets " (Atlas CLI)" added; a profile that breaks the
// rules cannot be chosen and says why.
class AtlasCliImportDialog : public QDialog
{
    Q_OBJECT

public:
    AtlasCliImportDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets,
                         QWidget *parent = nullptr);

    QString configPath() const;
    // Reads the file at `path` and lists its profiles.
    void setConfigPath(const QString &path);

    // The profiles listed, in file order, with the names they would get here.
    const QList<ImportedProfile> &found() const { return m_found; }
    // The listed profiles' checkboxes, one per entry of found().
    QListWidget *list() const { return m_list; }
    // What is said about the file: why it could not be read, or what was found.
    QString message() const;

    // Saves the chosen profiles and their secrets; closes once all are stored,
    // or stays open listing what failed.
    void accept() override;

Q_SIGNALS:
    void imported(const QList<snapline::Profile> &profiles);

private:
    void read();
    void browse();
    void updateButtons();
    void showNotes(int row);
    QString uniqueName(const QString &name) const;
    void secretStored(const Profile &profile, const QString &failure);

    ProfileStore &m_store;
    std::shared_ptr<SecretStore> m_secrets;
    QList<ImportedProfile> m_found;
    QList<Profile> m_imported;
    QStringList m_notesOf; // per row: warnings, and why it cannot be imported
    QStringList m_failures;
    int m_pending = 0;

    QLineEdit *m_path;
    QListWidget *m_list;
    QLabel *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace snapline
