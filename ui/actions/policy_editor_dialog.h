#pragma once

#include "domain/backup_policy.h"
#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace snapline {

class PolicyItemsEditor;
class VerdictLabel;

// Edits a cluster's backup schedule: reference time, restore window and the
// items. Every change is judged by the planner (PolicyValidation, with the
// project's compliance policy), so what the editor refuses is exactly what
// the action would be refused; OK stays disabled while anything is wrong.
// Beside it: what changes against the current policy, and how many snapshots
// and how much storage the new one keeps.
class PolicyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `facts`: the cluster, its current policy (Atlas's default when unknown)
    // and its project's compliance policy; `averageSnapshotBytes` for the estimate.
    PolicyEditorDialog(Facts facts, qint64 averageSnapshotBytes, QWidget *parent);

    BackupPolicy policy() const; // as edited
    void setPolicy(const BackupPolicy &policy);
    const BackupPolicy &currentPolicy() const { return m_current; }
    const Verdict &verdict() const { return m_verdict; }
    QPushButton *okButton() const { return m_ok; }
    PolicyItemsEditor *itemsEditor() const { return m_items; }

private:
    void refresh();

    Facts m_facts;
    BackupPolicy m_current;
    qint64 m_averageBytes;
    Verdict m_verdict;
    QSpinBox *m_hour;
    QSpinBox *m_minute;
    QSpinBox *m_window;
    QCheckBox *m_updateSnapshots;
    PolicyItemsEditor *m_items;
    QLabel *m_diff;
    QLabel *m_estimate;
    VerdictLabel *m_verdictLabel;
    QPushButton *m_ok;
};

} // namespace snapline
