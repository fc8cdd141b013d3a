#include "actions/change_retention_dialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace snapline {

namespace {

constexpr int kMaxDays = 3650;

QString shortDate(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ChangeRetentionDialog::ChangeRetentionDialog(Facts facts, QWidget *parent)
    : ActionDialog(std::move(facts), parent)
    , m_days(new QSpinBox(this))
    , m_expiry(new QLabel(this))
{
    setObjectName(QStringLiteral("changeRetentionDialog"));
    setWindowTitle(tr("Change How Long a Snapshot Is Kept"));
    setAccessibleName(windowTitle());

    const std::optional<Snapshot> &snapshot = this->facts().snapshot;
    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("snapshotSummary"));
    about->setWordWrap(true);
    if (snapshot) {
        about->setText(tr("Snapshot %1 of %2, taken %3, is kept %n day(s), until %4.", nullptr,
                          int(snapshot->retentionDays()))
                               .arg(snapshot->id, this->facts().source.cluster.name,
                                    shortDate(snapshot->createdAt), shortDate(snapshot->expiresAt)));
    }
    m_days->setObjectName(QStringLiteral("retentionDays"));
    m_days->setAccessibleName(tr("Keep for (days from when it was taken)"));
    m_days->setRange(0, kMaxDays);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(snapshot ? int(std::max<qint64>(snapshot->retentionDays(), 1)) : 7);
    m_expiry->setObjectName(QStringLiteral("newExpiry"));

    form()->addRow(about);
    form()->addRow(tr("&Keep for:"), m_days);
    form()->addRow(tr("Expires:"), m_expiry);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        updateExpiry();
        refresh();
    });
    updateExpiry();
    refresh();
}

ProposedAction ChangeRetentionDialog::proposal() const
{
    ProposedAction action;
    action.kind = ActionKind::ChangeRetention;
    action.retentionDays = retentionDays();
    return action;
}

int ChangeRetentionDialog::retentionDays() const
{
    return m_days->value();
}

void ChangeRetentionDialog::setRetentionDays(int days)
{
    m_days->setValue(days);
}

void ChangeRetentionDialog::updateExpiry()
{
    const std::optional<Snapshot> &snapshot = facts().snapshot;
    m_expiry->setText(snapshot && snapshot->createdAt.isValid()
                              ? shortDate(snapshot->createdAt.addDays(retentionDays()))
                              : QString());
}

} // namespace snapline
