// The main window opens headless with its menus.
#include "main_window.h"

#include <QMenuBar>
#include <QTest>

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
