#include "profiles/atlas_cli_import_dialog.h"

#include "profile/atlas_cli_import.h"
#include "profile/profile_store.h"
#include "secrets/secret_store.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

AtlasCliImportDialog::AtlasCliImportDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(std::move(secrets))
    , m_path(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_notes(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("atlasCliImportDialog"));
    setWindowTitle(tr("Import Profiles from the Atlas CLI"));
    m_path->setObjectName(QStringLiteral("configPath"));
    m_path->setAccessibleName(tr("Atlas CLI configuration file"));
    connect(m_path, &QLineEdit::editingFinished, this, &AtlasCliImportDialog::read);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseConfig"));
    connect(browse, &QPushButton::clicked, this, &AtlasCliImportDialog::browse);
    m_list->setObjectName(QStringLiteral("foundProfiles"));
    m_list->setAccessibleName(tr("Profiles found"));
    connect(m_list, &QListWidget::itemChanged, this, &AtlasCliImportDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &AtlasCliImportDialog::showNotes);
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AtlasCliImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AtlasCliImportDialog::reject);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&Configuration file:"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumSize(560, 360);

    setConfigPath(AtlasCliImport::defaultConfigPath());
}

QString AtlasCliImportDialog::configPath() const
{
    return m_path->text().trimmed();
}

void AtlasCliImportDialog::setConfigPath(const QString &path)
{
    m_path->setText(path);
    read();
}

QString AtlasCliImportDialog::message() const
{
    return m_message->text();
}

QString AtlasCliImportDialog::uniqueName(const QString &name) const
{
    if (!m_store.profileNamed(name))
        return name;
    const QString imported = tr("%1 (Atlas CLI)").arg(name);
    QString candidate = imported;
    for (int n = 2; m_store.profileNamed(candidate); ++n)
        candidate = tr("%1 %2").arg(imported).arg(n);
    return candidate;
}

void AtlasCliImportDialog::read()
{
    m_list->clear();
    m_found.clear();
    m_notesOf.clear();
    m_notes->clear();
    const auto result = AtlasCliImport::fromFile(configPath());
    if (!result) {
        m_message->setText(result.error().message);
        updateButtons();
        return;
    }
    m_found = *result;
    const QSignalBlocker quiet(m_list);
    for (int i = 0; i < m_found.size(); ++i) {
        ImportedProfile &entry = m_found[i];
        const QString cliName = entry.profile.name;
        entry.profile.name = uniqueName(cliName);
        QStringList notes = entry.warnings;
        if (entry.profile.name != cliName)
            notes << tr("A profile named “%1” exists already; this one is imported as “%2”.")
                             .arg(cliName, entry.profile.name);
        const QList<ProfileIssue> issues = ProfileValidation::check(entry.profile);
        if (entry.secret.isEmpty())
            notes << tr("The file holds no secret for it: add it with Edit… after importing.");
        const QString principal
                = entry.profile.principal().isEmpty() ? tr("no credentials") : entry.profile.principal();
        QString text = tr("%1 — %2 at %3").arg(entry.profile.name, principal, entry.profile.baseUrl.host());
        auto *item = new QListWidgetItem(m_list);
        item->setData(kIndexRole, i);
        if (!issues.isEmpty()) {
            // Still selectable, so its notes can be read; just not choosable.
            text += tr(" (cannot be imported)");
            notes.prepend(ProfileValidation::describe(issues));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(entry.isComplete() ? Qt::Checked : Qt::Unchecked);
        }
        item->setText(text);
        item->setToolTip(notes.join(QLatin1Char('\n')));
        m_notesOf << notes.join(QLatin1Char('\n'));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_message->setText(m_found.isEmpty() ? tr("The file holds no profiles.")
                                         : tr("%n profile(s) found. Choose the ones to import.", nullptr,
                                              int(m_found.size())));
    updateButtons();
}

void AtlasCliImportDialog::showNotes(int row)
{
    m_notes->setText(row >= 0 && row < m_notesOf.size() ? m_notesOf.at(row) : QString());
    m_notes->setVisible(!m_notes->text().isEmpty());
}

void AtlasCliImportDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Choose the Atlas CLI Configuration"), configPath(),
                                   tr("TOML files (*.toml);;All files (*)"));
    picker->setObjectName(QStringLiteral("configPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, &AtlasCliImportDialog::setConfigPath);
    picker->open();
}

void AtlasCliImportDialog::updateButtons()
{
    bool any = false;
    for (int row = 0; row < m_list->count(); ++row)
        any = any || m_list->item(row)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && m_pending == 0);
}

void AtlasCliImportDialog::accept()
{
    m_imported.clear();
    m_failures.clear();
    QList<std::pair<Profile, QString>> secrets;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const ImportedProfile &entry = m_found.at(item->data(kIndexRole).toInt());
        const Result<Profile> created = m_store.create(entry.profile);
        if (!created) {
            m_failures << tr("%1: %2").arg(entry.profile.name, created.error().message);
            continue;
        }
        // Imported: not to be chosen again if the dialog stays open.
        item->setCheckState(Qt::Unchecked);
        item->setFlags(item->flags().setFlag(Qt::ItemIsEnabled, false));
        item->setText(tr("%1 (imported)").arg(item->text()));
        m_imported << *created;
        if (!entry.secret.isEmpty())
            secrets.append({*created, entry.secret});
    }
    m_pending = int(secrets.size());
    updateButtons();
    if (m_pending == 0) {
        secretStored({}, {});
        return;
    }
    for (const auto &[profile, secret] : secrets) {
        m_secrets->writeAsync(profile.id, secret).then(this, [this, profile](const Status &written) {
            secretStored(profile, written ? QString() : written.error().message);
        });
    }
}

void AtlasCliImportDialog::secretStored(const Profile &profile, const QString &failure)
{
    if (!profile.id.isEmpty()) {
        --m_pending;
        if (!failure.isEmpty())
            m_failures << tr("%1 was imported, but its secret could not be stored: %2")
                                  .arg(profile.name, failure);
    }
    if (m_pending > 0)
        return;
    updateButtons();
    if (!m_imported.isEmpty())
        Q_EMIT imported(m_imported);
    if (m_failures.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_message->setText(m_failures.join(QLatin1Char('\n')));
}

} // namespace snapline
