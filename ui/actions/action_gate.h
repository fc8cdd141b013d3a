#pragma once

#include <QObject>

class QAbstractButton;

namespace snapline {

// Makes a disabled button explain itself. A disabled widget gets no clicks,
// so this filter catches the press first and shows the reasons the button
// carries as its tool tip (for an action's button: the planner's verdict).
class ActionGate : public QObject
{
    Q_OBJECT

public:
    // The gate lives as long as the button.
    static ActionGate *install(QAbstractButton *button);

    // Shows why the button is disabled; what a press on it does.
    void explain();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ActionGate(QAbstractButton *button);

    QAbstractButton *m_button;
};

} // namespace snapline
