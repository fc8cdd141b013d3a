#include "actions/action_gate.h"

#include "actions/message_box.h"

#include <QAbstractButton>
#include <QEvent>

namespace snapline {

ActionGate::ActionGate(QAbstractButton *button)
    : QObject(button)
    , m_button(button)
{
    button->installEventFilter(this);
}

ActionGate *ActionGate::install(QAbstractButton *button)
{
    return new ActionGate(button);
}

void ActionGate::explain()
{
    QString name = m_button->text();
    name.remove(u'&');
    const QString why
            = m_button->toolTip().isEmpty() ? tr("This action is not available here.") : m_button->toolTip();
    MessageBox::information(m_button->window(), tr("Why “%1” is not available").arg(name), why);
}

bool ActionGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button && !m_button->isEnabled() && event->type() == QEvent::MouseButtonPress) {
        explain();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace snapline
