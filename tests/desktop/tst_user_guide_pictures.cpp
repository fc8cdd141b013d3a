// The user guide's pictures (docs/images), made from the seeded sandbox on
// a real X server so they show what a person sees: the first start, a
// cluster's timeline, the restore wizard's targets and pre-flight, the
// report export dialog, connecting to Atlas, and the dark and high-contrast
// themes. scripts/make-screenshots.sh runs this with SNAPLINE_SCREENSHOT_DIR
// = docs/images; CI runs it too and keeps the pictures as artifacts. Each
// picture is checked for being a real, non-blank one.
#include "console_fixture.h"
#include "pages/cluster_page.h"
#include "profile/profile_store.h"
#include "profiles/profile_dialog.h"
#include "report/export_report_dialog.h"
#include "report/report_preview_pane.h"
#include "restore_wizard_driver.h"
#include "secrets/memory_secret_store.h"
#include "theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace snapline;
using namespace snapline::test;

class TestUserGuidePictures : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> m_console;
    QDir m_out;

    ConsoleFixture &console() { return *m_console; }

    // Saves `widget` as docs/images/<name>, after checking it is a picture of something.
    bool keep(QWidget *widget, const QString &name)
    {
        QTest::qWait(250); // let charts, the timeline and previews finish painting
        const QImage picture = widget->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 5)
            for (int x = 0; x < picture.width(); x += 5)
                colours.insert(picture.pixel(x, y));
        if (picture.width() < 300 || colours.size() < 12) {
            qWarning("%s is nearly blank", qPrintable(name));
            return false;
        }
        const QString path = m_out.filePath(name);
        qInfo("picture: %s", qPrintable(path));
        return picture.save(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_out.setPath(qEnvironmentVariable("SNAPLINE_SCREENSHOT_DIR", QDir::currentPath()));
        QVERIFY(QDir().mkpath(m_out.path()));
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(console().isUp());
        QVERIFY(console().openAndSync());
        console().window().resize(1440, 900);
        console().window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&console().window()));
    }

    void cleanupTestCase()
    {
        Theme::apply(*qApp, ThemeChoice::Light);
        m_console.reset();
    }

    void firstStart()
    {
        QVERIFY(console().window().navigator()->select({console().orgId(), {}, {}}));
        QVERIFY(keep(&console().window(), QStringLiteral("first-start.png")));
    }

    void timeline()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(keep(&console().window(), QStringLiteral("timeline.png")));
    }

    void restoreWizard()
    {
        RestoreWizardDriver driver(console());
        auto *button = console().window().findChild<QToolButton *>(QStringLiteral("restoreButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        RestoreWizard *wizard = driver.wizard();
        QVERIFY(wizard);
        wizard->resize(1000, 700);
        QVERIFY(driver.toTargets(wizard));
        QVERIFY(keep(wizard, QStringLiteral("restore-targets.png")));
        QVERIFY(driver.clickTarget(wizard, QStringLiteral("Payments"), QStringLiteral("payments-api")));
        QVERIFY(driver.toPreflight(wizard));
        QVERIFY(keep(wizard, QStringLiteral("restore-preflight.png")));
        driver.closeAll();
    }

    void exportReport()
    {
        QVERIFY(console().window().navigator()->select({console().orgId(), {}, {}}));
        console().window().findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        ExportReportDialog *dialog = nullptr;
        for (auto *d : console().window().findChildren<ExportReportDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview()->pageCount() > 0, 30000);
        QVERIFY(keep(dialog, QStringLiteral("export-report.png")));
        dialog->close();
    }

    void connectToAtlas()
    {
        QTemporaryDir settings;
        ProfileStore store(settings.filePath(QStringLiteral("profiles.ini")));
        ProfileDialog dialog(store, std::make_shared<MemorySecretStore>(), &console().window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(keep(&dialog, QStringLiteral("connect-atlas.png")));
    }

    void themes()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-ledger")));
        Theme::apply(*qApp, ThemeChoice::Dark);
        QVERIFY(keep(&console().window(), QStringLiteral("theme-dark.png")));
        Theme::apply(*qApp, ThemeChoice::HighContrast);
        QVERIFY(keep(&console().window(), QStringLiteral("theme-high-contrast.png")));
        Theme::apply(*qApp, ThemeChoice::Light);
    }
};

QTEST_MAIN(TestUserGuidePictures)
#include "tst_user_guide_pictures.moc"
