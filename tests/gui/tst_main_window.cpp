// The main window opens headless with its menus and standard shortcuts.
#include "main_window.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWithMenus()
    {
        snapline::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Snapline"));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Cluster"),
                              QStringLiteral("&Profiles"), QStringLiteral("&Help")}));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
        const auto shortcut = [&](const char *name) {
            return window.findChild<QAction *>(QString::fromLatin1(name))->shortcut();
        };
        QCOMPARE(shortcut("refreshAction"), QKeySequence(Qt::Key_F5));
        QCOMPARE(shortcut("findAction"), QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(shortcut("fitTimelineAction"), QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(shortcut("quitAction"), QKeySequence(QKeySequence::Quit));
        // The SVG icon renders (the SVG icon engine is installed).
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
    }

    void showsWhereItsDataComesFrom()
    {
        snapline::MainWindow window;
        auto *label = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(label);
        window.showConnecting(QStringLiteral("Local sandbox"));
        QVERIFY(label->text().contains(u"Opening Local sandbox"));
        window.showConnected(QStringLiteral("Local sandbox"), QUrl(QStringLiteral("https://127.0.0.1:8443")),
                             QStringLiteral("AB:CD"));
        QVERIFY(label->text().contains(u"https://127.0.0.1:8443"));
        QVERIFY(label->text().contains(u"AB:CD"));
        window.showConnectionFailed(QStringLiteral("Local sandbox"), QStringLiteral("port in use"));
        QVERIFY(label->text().contains(u"port in use"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
