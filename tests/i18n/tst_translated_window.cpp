// In German, the console window shows no English text that has a German
// translation: a text left in English means the code looks it up under
// another context than the one its translation is filed under (or builds
// it outside tr()). Walks the menus, actions, labels, buttons, tabs and
// titles of the main window and its pages, and `snapline --lang de --help`.
#include "console_fixture.h"
#include "i18n/ui_language.h"
#include "main_window.h"
#include "report/export_report_dialog.h"
#include "ts_file.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace snapline;

namespace {

// The English texts whose German differs (accelerator marks and "…" kept as they are shown).
QSet<QString> untranslatedGiveaways()
{
    QSet<QString> english;
    QSet<QString> german;
    for (const TsMessage &m :
         readTsFile(QStringLiteral(SNAPLINE_SOURCE_DIR "/translations/snapline_de.ts"))) {
        if (!m.numerus && m.finished && m.translation != m.source && m.source.size() > 3
            && !m.source.contains(u'%'))
            english.insert(m.source);
        german << m.translation << QString(m.translation).remove(u'&'); // a tool tip drops the &
    }
    return english - german; // "Profile" is German too
}

struct Shown
{
    QString text;
    QString where;
};

// Every text the window shows or tells assistive technology, with where it is.
QList<Shown> textsOf(QWidget *root)
{
    QList<Shown> texts;
    const auto add = [&texts](const QString &text, const QObject *o, const char *what) {
        if (!text.isEmpty())
            texts.append(Shown{text,
                               QStringLiteral("%1 %2 (%3)")
                                       .arg(QString::fromLatin1(o->metaObject()->className()),
                                            o->objectName(), QString::fromLatin1(what))});
    };
    add(root->windowTitle(), root, "window title");
    for (QAction *action : root->findChildren<QAction *>()) {
        add(action->text(), action, "text");
        add(action->toolTip(), action, "tool tip");
    }
    for (QMenu *menu : root->findChildren<QMenu *>())
        add(menu->title(), menu, "title");
    for (QLabel *label : root->findChildren<QLabel *>())
        add(label->text(), label, "text");
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        add(button->text(), button, "text");
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        add(box->title(), box, "title");
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i), tabs, "tab");
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        add(w->accessibleName(), w, "accessible name");
        add(w->toolTip(), w, "tool tip");
    }
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowSpeaksGerman()
    {
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        const UiLanguage::Choice choice
                = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(choice.language, QStringLiteral("de"));
        const QSet<QString> giveaways = untranslatedGiveaways();
        QVERIFY(giveaways.size() > 500);

        MainWindow window(Clock::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto texts = textsOf(&window);
        QVERIFY(texts.size() > 30);
        QStringList english;
        for (const Shown &shown : texts) {
            if (giveaways.contains(shown.text))
                english << QStringLiteral("\"%1\" in %2").arg(shown.text, shown.where);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("shown in English: ") + english.join(QStringLiteral(" | "))));
    }

    // A real console on the sandbox: the posture grid, a cluster page with
    // its timeline and tabs, and the export dialog.
    void theConsoleOnTheSandboxSpeaksGerman()
    {
        const QSet<QString> giveaways = untranslatedGiveaways();
        test::ConsoleFixture console;
        QVERIFY(console.isUp());
        QVERIFY(console.openAndSync());
        QStringList english;
        qsizetype walked = 0;
        const auto walk = [&](QWidget *root) {
            const QList<Shown> texts = textsOf(root);
            walked += texts.size();
            for (const Shown &shown : texts) {
                if (giveaways.contains(shown.text))
                    english << QStringLiteral("\"%1\" in %2").arg(shown.text, shown.where);
            }
        };
        walk(&console.window());
        QVERIFY(console.openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        walk(&console.window());
        console.window().findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        for (auto *dialog : console.window().findChildren<ExportReportDialog *>()) {
            walk(dialog);
            dialog->close();
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("shown in English: ") + english.join(QStringLiteral(" | "))));
    }

    void theCommandLineSpeaksGerman()
    {
        QProcess snapline;
        snapline.start(qEnvironmentVariable("SNAPLINE_BINARY"),
                       {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY(snapline.waitForFinished(30000));
        QCOMPARE(snapline.exitCode(), 0);
        const QString help = QString::fromUtf8(snapline.readAllStandardOutput());
        QVERIFY(!help.contains(u"Without a command, opens the Snapline console"));
        QVERIFY(help.contains(u"snapline"));

        QProcess unknown;
        unknown.start(qEnvironmentVariable("SNAPLINE_BINARY"),
                      {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        QVERIFY(unknown.waitForFinished(30000));
        QCOMPARE(unknown.exitCode(), 0);
        QVERIFY(unknown.readAllStandardOutput().startsWith("snapline "));
        QVERIFY(unknown.readAllStandardError().contains("\"xx\""));
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translated_window.moc"
