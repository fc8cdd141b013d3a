#pragma once

#include <QMessageBox>

#include <functional>

namespace snapline {

// Message boxes that never block the GUI thread (they open window-modal and
// answer through a callback), with a seam tests answer the way KeePassXC's
// MessageBox::setNextAnswer does: while an answer is waiting, the next box is
// not shown and gets that answer at once.
class MessageBox
{
public:
    using Answer = QMessageBox::StandardButton;
    using Done = std::function<void(Answer answer)>;

    static void information(QWidget *parent, const QString &title, const QString &text, Done done = {});
    static void warning(QWidget *parent, const QString &title, const QString &text, Done done = {});
    // `done` gets the button pressed (the box's Escape button when it is closed).
    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, Answer defaultButton, Done done);

    // Tests: the answer the next box gets without being shown (NoButton: show it).
    static void setNextAnswer(Answer answer);
    // What the last box said, shown or answered by a test.
    static QString lastTitle();
    static QString lastText();
    static int count(); // boxes asked for since the start

private:
    static void ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, Answer defaultButton, Done done);
};

} // namespace snapline
