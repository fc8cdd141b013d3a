#include "profiles/profile_dialog.h"

#include "profile/profile_store.h"
#include "secrets/secret_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

ProfileDialog::ProfileDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(std::move(secrets))
    , m_newId(Profile::newId())
{
    build();
    setWindowTitle(tr("Add Profile"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Profile"));
    load(Profile());
}

ProfileDialog::ProfileDialog(ProfileStore &store, std::shared_ptr<SecretStore> secrets,
                             const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(std::move(secrets))
    , m_editing(profile)
{
    build();
    setWindowTitle(tr("Edit Profile “%1”").arg(profile.name));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_secret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    load(profile);
    if (profile.builtIn) {
        const QString why = tr("“%1” is built into Snapline: its address and credentials are set when it "
                               "starts and cannot be changed.")
                                    .arg(profile.name);
        for (QWidget *field : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_authKind),
                               static_cast<QWidget *>(m_principal), static_cast<QWidget *>(m_secret),
                               static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_browseCa),
                               static_cast<QWidget *>(m_pinned)}) {
            field->setEnabled(false);
            field->setToolTip(why);
        }
    }
}

void ProfileDialog::build()
{
    setObjectName(QStringLiteral("profileDialog"));
    auto edit = [this](const char *name, const QString &accessibleName) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        line->setAccessibleName(accessibleName);
        connect(line, &QLineEdit::textChanged, this, &ProfileDialog::validate);
        return line;
    };
    m_name = edit("profileName", tr("Profile name"));
    m_baseUrl = edit("baseUrl", tr("Address"));
    m_baseUrl->setPlaceholderText(Profile::cloudBaseUrl().toString());
    m_authKind = new QComboBox(this);
    m_authKind->setObjectName(QStringLiteral("authKind"));
    m_authKind->setAccessibleName(tr("Sign in with"));
    m_authKind->addItem(tr("API key"), QVariant::fromValue(int(Profile::AuthKind::ApiKey)));
    m_authKind->addItem(tr("Service account"), QVariant::fromValue(int(Profile::AuthKind::ServiceAccount)));
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateAuthKind);
    m_principal = edit("principal", tr("Public key"));
    m_secret = edit("secret", tr("Private key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_orgId = edit("orgId", tr("Organization id"));
    m_orgId->setPlaceholderText(tr("Optional: 24 hexadecimal characters"));
    m_projectId = edit("defaultProjectId", tr("Default project id"));
    m_projectId->setPlaceholderText(tr("Optional: 24 hexadecimal characters"));
    m_caFile = edit("caFile", tr("CA file"));
    m_caFile->setPlaceholderText(tr("Optional: extra certificate authorities (PEM)"));
    m_browseCa = new QPushButton(tr("Browse…"), this);
    m_browseCa->setObjectName(QStringLiteral("browseCaFile"));
    connect(m_browseCa, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    m_pinned = edit("pinnedSha256", tr("Pinned certificate"));
    m_pinned->setPlaceholderText(tr("Optional: SHA-256 fingerprint AB:CD:…"));

    using F = ProfileIssue::Field;
    m_fieldEdits
            = {{F::Name, m_name},          {F::BaseUrl, m_baseUrl},    {F::PublicKey, m_principal},
               {F::ClientId, m_principal}, {F::OrgId, m_orgId},        {F::DefaultProjectId, m_projectId},
               {F::CaFile, m_caFile},      {F::PinnedSha256, m_pinned}};

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Address:"), m_baseUrl);
    m_form->addRow(tr("Sign &in with:"), m_authKind);
    m_form->addRow(tr("&Public key:"), m_principal);
    m_form->addRow(tr("Private &key:"), m_secret);
    m_form->addRow(tr("&Organization id:"), m_orgId);
    m_form->addRow(tr("Default pro&ject id:"), m_projectId);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy of its own
    m_form->addRow(caLabel, caRow);
    m_form->addRow(tr("Pinned certi&ficate:"), m_pinned);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("profileProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("profileFailure"));
    m_failure->setWordWrap(true);
    m_failure->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_failure);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void ProfileDialog::load(const Profile &profile)
{
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_authKind->setCurrentIndex(profile.authKind == Profile::AuthKind::ApiKey ? 0 : 1);
    m_principal->setText(profile.principal());
    m_orgId->setText(profile.orgId);
    m_projectId->setText(profile.defaultProjectId);
    m_caFile->setText(profile.caFile);
    m_pinned->setText(profile.pinnedSha256);
    updateAuthKind();
}

Profile ProfileDialog::profile() const
{
    Profile p = m_editing.value_or(Profile());
    if (!m_editing)
        p.id = m_newId;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    p.authKind = Profile::AuthKind(m_authKind->currentData().toInt());
    // Only the half that fits the kind is kept, so a switched kind leaves nothing stale behind.
    p.publicKey = p.authKind == Profile::AuthKind::ApiKey ? m_principal->text().trimmed() : QString();
    p.clientId = p.authKind == Profile::AuthKind::ServiceAccount ? m_principal->text().trimmed() : QString();
    p.orgId = m_orgId->text().trimmed();
    p.defaultProjectId = m_projectId->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.pinnedSha256 = m_pinned->text().trimmed();
    return p;
}

bool ProfileDialog::canSave() const
{
    return m_problems.isEmpty() && !m_saving;
}

void ProfileDialog::updateAuthKind()
{
    const bool apiKey = m_authKind->currentIndex() == 0;
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_principal)))
        label->setText(apiKey ? tr("&Public key:") : tr("C&lient id:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(apiKey ? tr("Private &key:") : tr("Client &secret:"));
    m_principal->setAccessibleName(apiKey ? tr("Public key") : tr("Client id"));
    m_principal->setPlaceholderText(apiKey ? tr("8 characters") : tr("mdb_sa_id_…"));
    m_secret->setAccessibleName(apiKey ? tr("Private key") : tr("Client secret"));
    validate();
}

QString ProfileDialog::secretProblem() const
{
    const Profile p = profile();
    const bool apiKey = p.authKind == Profile::AuthKind::ApiKey;
    // A stored secret belongs to the kind it was made for: switching kinds needs a new one.
    const bool keepsStored = m_editing && m_editing->authKind == p.authKind;
    if (!m_secret->text().isEmpty() || keepsStored || p.builtIn)
        return {};
    return apiKey ? tr("Enter the API key's private key.") : tr("Enter the service account's client secret.");
}

void ProfileDialog::validate()
{
    const QList<ProfileIssue> issues = m_store.check(profile());
    m_problems.clear();
    for (QLineEdit *field : m_fieldEdits)
        field->setAccessibleDescription(QString());
    for (const ProfileIssue &issue : issues) {
        m_problems << issue.message;
        if (QLineEdit *field = m_fieldEdits.value(issue.field))
            field->setAccessibleDescription(issue.message);
    }
    if (const QString missing = secretProblem(); !missing.isEmpty()) {
        m_problems << missing;
        m_secret->setAccessibleDescription(missing);
    } else {
        m_secret->setAccessibleDescription(QString());
    }
    QStringList bullets;
    for (const QString &problem : m_problems)
        bullets << tr("• %1").arg(problem);
    m_problemsLabel->setText(bullets.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canSave());
}

void ProfileDialog::chooseCaFile()
{
    auto *picker = new QFileDialog(this, tr("Choose a CA File"), m_caFile->text(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    picker->setObjectName(QStringLiteral("caFilePicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    picker->open();
}

void ProfileDialog::accept()
{
    validate();
    if (!canSave())
        return;
    const Profile p = profile();
    const QString secret = m_secret->text();
    m_saving = true;
    m_failure->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (secret.isEmpty()) {
        commit(p, false);
        return;
    }
    // The secret first: a profile is never saved pointing at a secret that
    // could not be stored.
    m_secrets->writeAsync(p.id, secret).then(this, [this, p](const Status &written) {
        if (!written) {
            fail(tr("The secret could not be stored in %1: %2")
                         .arg(m_secrets->description(), written.error().message));
            return;
        }
        commit(p, true);
    });
}

void ProfileDialog::commit(const Profile &profile, bool secretWritten)
{
    const Result<Profile> stored = m_editing ? m_store.update(profile) : m_store.create(profile);
    if (!stored) {
        if (secretWritten && !m_editing)
            (void)m_secrets->removeAsync(profile.id); // nothing refers to it any more
        fail(stored.error().message);
        return;
    }
    m_saving = false;
    Q_EMIT saved(*stored);
    QDialog::accept();
}

void ProfileDialog::fail(const QString &message)
{
    m_saving = false;
    m_failure->setText(message);
    m_failure->setVisible(true);
    validate();
}

} // namespace snapline
