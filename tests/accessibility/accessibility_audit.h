#pragma once

// What a screen reader or a keyboard user would miss in a window, for the
// accessibility tests: controls without an accessible name, form fields
// whose label is not their buddy, menu items without text and shortcuts
// two actions claim. Each finding names the widget by class, objectName
// and parent chain, so whoever reads the failure can find and fix it.
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace snapline::test {

class AccessibilityAudit
{
public:
    // Every visible control under `root` (root included, other windows
    // excluded) whose accessible interface has an empty name.
    static QStringList namelessControls(const QWidget *root);
    // Form rows whose label is not the buddy of their field, and labels
    // with a mnemonic (&x) that lead nowhere because they have no buddy.
    static QStringList unlabelledFields(const QWidget *root);
    // Items without text among `actions` and their submenus, each named
    // with the menu path it sits in (`where`, e.g. "menu bar").
    static QStringList textlessActions(const QList<QAction *> &actions, const QString &where);
    // Key sequences that more than one enabled action of `window` claims:
    // Qt then runs neither.
    static QStringList ambiguousShortcuts(const QWidget *window);

    // A control a person operates: it takes focus, or is a kind that does.
    static bool isControl(const QWidget *widget);
    // "QPushButton 'okButton' ← QDialogButtonBox 'buttons' ← TakeSnapshotDialog 'takeSnapshotDialog'".
    static QString describe(const QWidget *widget);
};

} // namespace snapline::test
