// Renders the console on a cluster page of the seeded sandbox to a PNG, on a
// real X server (Xvfb), for people to look at: CI keeps the picture as an
// artifact (SNAPLINE_SCREENSHOT_DIR, or the test's working folder). Checked
// only for being a real, non-blank picture of the window, not pixel by pixel.
#include "console_fixture.h"
#include "pages/cluster_page.h"
#include "timeline/timeline_widget.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theClusterPageIsRenderedToAPicture()
    {
        ConsoleFixture console;
        QVERIFY(console.isUp());
        QVERIFY(console.openAndSync());
        MainWindow &window = console.window();
        window.resize(1500, 950);
        QVERIFY(console.openCluster(QStringLiteral("Payments"), QStringLiteral("payments-ledger")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // let the timeline and the charts finish their first paint

        const QImage picture = window.grab().toImage();
        QVERIFY(picture.width() >= 1400 && picture.height() >= 900);
        QSet<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 7)
            for (int x = 0; x < picture.width(); x += 7)
                colours.insert(picture.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the picture is nearly blank");

        const QString dir = qEnvironmentVariable("SNAPLINE_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(QStringLiteral("console-cluster-page.png"));
        QVERIFY(picture.save(path));
        qInfo("screenshot: %s (%s platform)", qPrintable(path), qPrintable(QGuiApplication::platformName()));
    }
};

QTEST_MAIN(TestConsoleScreenshot)
#include "tst_console_screenshot.moc"
