#pragma once

#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;

namespace snapline {

class VerdictLabel;

// A dialog that asks for one action's parameters and runs the planner again
// on every change: the verdict shows under the fields, and OK stays disabled
// while the rules refuse.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(Facts facts, QWidget *parent);

    const Facts &facts() const { return m_facts; }
    const Verdict &verdict() const { return m_verdict; }
    QPushButton *okButton() const;
    // What the fields say now.
    virtual ProposedAction proposal() const = 0;

protected:
    QFormLayout *form() const { return m_form; }
    // Judges proposal() again; subclasses call it from their fields' change signals
    // and once at the end of their constructor.
    void refresh();

private:
    Facts m_facts;
    Verdict m_verdict;
    QFormLayout *m_form;
    VerdictLabel *m_verdictLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace snapline
