#include "accessibility_audit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTabBar>
#include <QTextDocument>

namespace snapline::test {

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

QString accessibleName(const QWidget *widget)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

// Parts of a composite control reach a screen reader through the control
// itself: a spin box's or an editable combo box's line edit, a table's
// headers (its column names), a scroll area's bars (the area's role says it).
bool isPartOfComposite(const QWidget *widget, const QWidget *root)
{
    if (qobject_cast<const QHeaderView *>(widget)
        && qobject_cast<QAbstractItemView *>(widget->parentWidget()))
        return true;
    if (qobject_cast<const QScrollBar *>(widget) && widget->parentWidget()
        && widget->parentWidget()->objectName().startsWith(QLatin1String("qt_scrollarea_")))
        return true;
    for (const QWidget *p = widget->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

void collectNameless(const QWidget *widget, const QWidget *root, QStringList &out)
{
    if (!widget->isVisible())
        return;
    if (AccessibilityAudit::isControl(widget) && !isPartOfComposite(widget, root)
        && accessibleName(widget).isEmpty())
        out << AccessibilityAudit::describe(widget);
    for (const QObject *child : widget->children()) {
        const auto *w = qobject_cast<const QWidget *>(child);
        if (w && !w->isWindow())
            collectNameless(w, root, out);
    }
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).isLetterOrNumber();
    }
    return false;
}

bool layoutHolds(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && layoutHolds(item->layout(), widget))
            return true;
    }
    return false;
}

QList<const QWidget *> controlsIn(const QLayout *layout)
{
    QList<const QWidget *> out;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() && AccessibilityAudit::isControl(item->widget()) && item->widget()->isVisible())
            out << item->widget();
        else if (item->layout())
            out << controlsIn(item->layout());
    }
    return out;
}

void checkFormRow(const QFormLayout *form, int row, QStringList &out)
{
    QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
    QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
    if (!fieldItem)
        return; // a spanning row: a control there is checked for its own name
    const auto *label = labelItem ? qobject_cast<const QLabel *>(labelItem->widget()) : nullptr;
    if (!label || !label->isVisible() || plain(label->text()).isEmpty())
        return; // no label to tie: the field names itself (a check box) or is checked for its name
    const QWidget *buddy = label->buddy();
    if (const QWidget *field = fieldItem->widget()) {
        if (AccessibilityAudit::isControl(field) && field->isVisible() && buddy != field)
            out << QStringLiteral("form row “%1”: its label's buddy is %2, not its field %3")
                            .arg(plain(label->text()),
                                 buddy ? AccessibilityAudit::describe(buddy) : QStringLiteral("unset"),
                                 AccessibilityAudit::describe(field));
    } else if (const QLayout *fields = fieldItem->layout()) {
        const QList<const QWidget *> controls = controlsIn(fields);
        if (!controls.isEmpty() && (!buddy || !layoutHolds(fields, buddy)))
            out << QStringLiteral("form row “%1”: its label's buddy is %2, not one of its fields (first: %3)")
                            .arg(plain(label->text()),
                                 buddy ? AccessibilityAudit::describe(buddy) : QStringLiteral("unset"),
                                 AccessibilityAudit::describe(controls.first()));
    }
}

} // namespace

bool AccessibilityAudit::isControl(const QWidget *widget)
{
    if (widget->focusPolicy() != Qt::NoFocus)
        return true;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
            || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
            || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QTabBar *>(widget);
}

QString AccessibilityAudit::describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString link = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            link += QStringLiteral(" '%1'").arg(w->objectName());
        chain << link;
        if (w->isWindow())
            break;
    }
    return chain.join(QStringLiteral(" ← "));
}

QStringList AccessibilityAudit::namelessControls(const QWidget *root)
{
    QStringList out;
    collectNameless(root, root, out);
    return out;
}

QStringList AccessibilityAudit::unlabelledFields(const QWidget *root)
{
    QStringList out;
    for (const QFormLayout *form : root->findChildren<QFormLayout *>()) {
        const QWidget *owner = form->parentWidget();
        if (!owner || !owner->isVisible() || owner->window() != root->window())
            continue;
        for (int row = 0; row < form->rowCount(); ++row)
            checkFormRow(form, row, out);
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->window() != root->window() || label->buddy()
            || Qt::mightBeRichText(label->text()))
            continue;
        if (hasMnemonic(label->text()))
            out << QStringLiteral("label “%1” has a mnemonic but no buddy: %2")
                            .arg(label->text(), describe(label));
    }
    return out;
}

QStringList AccessibilityAudit::textlessActions(const QList<QAction *> &actions, const QString &where)
{
    QStringList out;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = plain(action->text());
        if (text.isEmpty())
            out << QStringLiteral("%1: an item without text (objectName '%2')")
                            .arg(where, action->objectName());
        if (QMenu *menu = action->menu())
            out << textlessActions(menu->actions(), where + QStringLiteral(" → ") + text);
    }
    return out;
}

QStringList AccessibilityAudit::ambiguousShortcuts(const QWidget *window)
{
    QHash<QString, QStringList> claims;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            claims[key.toString(QKeySequence::PortableText)]
                    << (action->objectName().isEmpty() ? plain(action->text()) : action->objectName());
    }
    QStringList out;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("%1 is claimed by %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    out.sort();
    return out;
}

} // namespace snapline::test
