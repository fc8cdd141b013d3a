#pragma once

#include "actions/action_dialog.h"

class QLabel;
class QSpinBox;

namespace snapline {

// Asks how long to keep the chosen snapshot, and says when it will expire;
// the verdict is judged again as the value changes (a compliance policy
// refuses any shortening).
class ChangeRetentionDialog : public ActionDialog
{
    Q_OBJECT

public:
    // `facts.snapshot` is the snapshot to change.
    ChangeRetentionDialog(Facts facts, QWidget *parent);

    ProposedAction proposal() const override;
    int retentionDays() const;
    void setRetentionDays(int days);

private:
    void updateExpiry();

    QSpinBox *m_days;
    QLabel *m_expiry;
};

} // namespace snapline
