#include "actions/message_box.h"

#include <utility>

namespace snapline {

namespace {

struct Seam
{
    MessageBox::Answer next = QMessageBox::NoButton;
    QString lastTitle;
    QString lastText;
    int count = 0;
};

Seam &seam()
{
    static Seam s; // the GUI thread's only
    return s;
}

} // namespace

void MessageBox::information(QWidget *parent, const QString &title, const QString &text, Done done)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, std::move(done));
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Done done)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, std::move(done));
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, Answer defaultButton, Done done)
{
    ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, std::move(done));
}

void MessageBox::setNextAnswer(Answer answer)
{
    seam().next = answer;
}

QString MessageBox::lastTitle()
{
    return seam().lastTitle;
}

QString MessageBox::lastText()
{
    return seam().lastText;
}

int MessageBox::count()
{
    return seam().count;
}

void MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons, Answer defaultButton, Done done)
{
    Seam &s = seam();
    s.lastTitle = title;
    s.lastText = text;
    ++s.count;
    if (s.next != QMessageBox::NoButton) {
        const Answer answer = std::exchange(s.next, QMessageBox::NoButton);
        if (done)
            done(answer);
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAccessibleName(title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QObject::connect(box, &QMessageBox::finished, box, [done = std::move(done)](int result) {
        // QMessageBox finishes with the standard button pressed.
        if (done)
            done(Answer(result));
    });
    box->open();
}

} // namespace snapline
