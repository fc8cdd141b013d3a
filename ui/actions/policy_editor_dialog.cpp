#include "actions/policy_editor_dialog.h"

#include "actions/policy_diff.h"
#include "actions/policy_estimate.h"
#include "actions/policy_items_editor.h"
#include "actions/verdict_label.h"
#include "rules/policy_validation.h"
#include "rules/rule_planner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace snapline {

namespace {

constexpr int kMaxWindowDays = 365;

QSpinBox *spin(QWidget *parent, const char *name, const QString &accessible, int low, int high)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessible);
    box->setRange(low, high);
    return box;
}

QLabel *wrapping(QWidget *parent, const char *name, const QString &accessible)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bullets(const QStringList &lines)
{
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return QStringLiteral("<ul style=\"margin-left:0\">%1</ul>").arg(html);
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(Facts facts, qint64 averageSnapshotBytes, QWidget *parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
    , m_current(m_facts.currentPolicy.value_or(BackupPolicy::atlasDefault()))
    , m_averageBytes(averageSnapshotBytes)
    , m_hour(spin(this, "referenceHour", tr("Reference hour (UTC)"), 0, 23))
    , m_minute(spin(this, "referenceMinute", tr("Reference minute"), 0, 59))
    , m_window(spin(this, "restoreWindowDays", tr("Point-in-time restore window in days"), 0, kMaxWindowDays))
    , m_updateSnapshots(new QCheckBox(tr("Apply retention changes to &existing snapshots"), this))
    , m_items(new PolicyItemsEditor(this))
    , m_diff(wrapping(this, "policyDiff", tr("Changes against the current policy")))
    , m_estimate(wrapping(this, "policyEstimate", tr("Snapshots and storage this policy keeps")))
    , m_verdictLabel(new VerdictLabel(this))
{
    const Cluster &cluster = m_facts.source.cluster;
    setObjectName(QStringLiteral("policyEditorDialog"));
    setWindowTitle(tr("Backup Policy of %1").arg(cluster.name));
    setAccessibleName(windowTitle());
    m_updateSnapshots->setObjectName(QStringLiteral("updateSnapshots"));
    m_updateSnapshots->setAccessibleName(tr("Apply retention changes to existing snapshots"));
    m_window->setSuffix(tr(" days"));
    m_window->setEnabled(cluster.pitEnabled);
    m_window->setToolTip(cluster.pitEnabled
                                 ? tr("How far back %1 can be restored to any moment").arg(cluster.name)
                                 : tr("Point-in-time restore is off on %1").arg(cluster.name));

    auto *when = new QHBoxLayout;
    when->addWidget(m_hour);
    when->addWidget(new QLabel(tr(":"), this));
    when->addWidget(m_minute);
    when->addWidget(new QLabel(tr("UTC"), this));
    when->addStretch();
    auto *form = new QFormLayout;
    auto *referenceTime = new QLabel(tr("&Reference time:"), this);
    referenceTime->setBuddy(m_hour); // a row holding a layout gets no buddy of its own
    form->addRow(referenceTime, when);
    form->addRow(tr("Restore &window:"), m_window);
    form->addRow(QString(), m_updateSnapshots);

    auto *changes = new QGroupBox(tr("Changes"), this);
    (new QVBoxLayout(changes))->addWidget(m_diff);
    auto *estimate = new QGroupBox(tr("What it keeps"), this);
    (new QVBoxLayout(estimate))->addWidget(m_estimate);
    auto *side = new QVBoxLayout;
    side->addWidget(changes);
    side->addWidget(estimate);
    side->addStretch();
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_items);
    auto *columns = new QHBoxLayout;
    columns->addLayout(editor, 3);
    columns->addLayout(side, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setAccessibleName(tr("Save the policy"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setPolicy(m_current);
    for (QSpinBox *box : {m_hour, m_minute, m_window})
        connect(box, &QSpinBox::valueChanged, this, &PolicyEditorDialog::refresh);
    connect(m_updateSnapshots, &QCheckBox::toggled, this, &PolicyEditorDialog::refresh);
    connect(m_items, &PolicyItemsEditor::changed, this, &PolicyEditorDialog::refresh);
}

void PolicyEditorDialog::setPolicy(const BackupPolicy &policy)
{
    for (QSpinBox *box : {m_hour, m_minute, m_window})
        box->blockSignals(true);
    m_hour->setValue(policy.referenceHourOfDay);
    m_minute->setValue(policy.referenceMinuteOfHour);
    m_window->setValue(policy.restoreWindowDays);
    for (QSpinBox *box : {m_hour, m_minute, m_window})
        box->blockSignals(false);
    const QSignalBlocker quiet(m_updateSnapshots);
    m_updateSnapshots->setChecked(policy.updateSnapshots);
    m_items->setItems(policy.items);
    refresh();
}

BackupPolicy PolicyEditorDialog::policy() const
{
    BackupPolicy p;
    p.referenceHourOfDay = m_hour->value();
    p.referenceMinuteOfHour = m_minute->value();
    p.restoreWindowDays = m_window->value();
    p.updateSnapshots = m_updateSnapshots->isChecked();
    p.items = m_items->items();
    return p;
}

void PolicyEditorDialog::refresh()
{
    const BackupPolicy proposed = policy();
    ProposedAction action;
    action.kind = ActionKind::EditPolicy;
    action.policy = proposed;
    // The planner validates the schedule with PolicyValidation, against the compliance policy too.
    m_verdict = RulePlanner().evaluate(action, m_facts);
    m_verdictLabel->setVerdict(m_verdict);
    m_ok->setEnabled(m_verdict.allowed());

    const PolicyDiff diff = diffPolicies(m_current, proposed);
    m_diff->setText(diff.isEmpty() ? tr("No changes yet.") : bullets(diff.sentences()));

    const PolicyEstimate estimate = estimatePolicy(proposed, m_averageBytes);
    QStringList lines;
    for (const PolicyEstimate::Item &line : estimate.items) {
        lines << tr("%1: %n snapshot(s)", nullptr, int(line.snapshots)).arg(describePolicyItem(line.item));
    }
    m_estimate->setText(bullets(lines) + estimate.describe().toHtmlEscaped());
}

} // namespace snapline
