// The main window opens headless with its menus.
#include "main_window.h"

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
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
        // The SVG icon renders (the SVG icon engine is installed).
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
    }

    void showsWhereItsDataComesFrom()
    {
        snapline::MainWindow window;
        auto *label = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(label);
        window.showConnecting(QStringLiteral("Local sandbox"));
        QVERIFY(label->text().contains(u"Starting Local sandbox"));
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
