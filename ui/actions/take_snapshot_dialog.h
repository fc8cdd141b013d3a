#pragma once

#include "actions/action_dialog.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace snapline {

// Asks for an on-demand snapshot's description and retention, judged live
// (a compliance policy's on-demand minimum, one on-demand snapshot at a time).
class TakeSnapshotDialog : public ActionDialog
{
    Q_OBJECT

public:
    TakeSnapshotDialog(Facts facts, QWidget *parent);

    ProposedAction proposal() const override;
    QString description() const;
    int retentionDays() const;
    bool watchUntilDone() const; // follow the snapshot in the Jobs panel until it completes

    // The retention offered first: a week, or the compliance policy's on-demand minimum if longer.
    static int defaultRetentionDays(const Facts &facts);

private:
    QLineEdit *m_description;
    QSpinBox *m_retention;
    QCheckBox *m_watch;
};

} // namespace snapline
