// The console's palettes: every choice is applied with Fusion, its text is
// readable (WCAG AA contrast, AAA for high contrast), "System" follows the
// platform, the View → Theme menu remembers the choice, and the icons are
// SVG that render sharp at any device pixel ratio.
#include "theme/console_settings.h"
#include "theme/theme.h"
#include "theme/theme_menu.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#include <QMenu>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

Q_DECLARE_METATYPE(snapline::ThemeChoice)

class TestTheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static QApplication &app() { return *qobject_cast<QApplication *>(QCoreApplication::instance()); }

private Q_SLOTS:
    void initTestCase()
    {
        initUiResources();
        // Settings go to a folder of this run, never to the user's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SnaplineThemeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
    }

    void eachChoiceIsReadable_data()
    {
        QTest::addColumn<ThemeChoice>("choice");
        QTest::addColumn<double>("minimum");
        QTest::newRow("system") << ThemeChoice::System << 4.5;
        QTest::newRow("light") << ThemeChoice::Light << 4.5;
        QTest::newRow("dark") << ThemeChoice::Dark << 4.5;
        QTest::newRow("high contrast") << ThemeChoice::HighContrast << 7.0;
    }

    void eachChoiceIsReadable()
    {
        QFETCH(ThemeChoice, choice);
        QFETCH(double, minimum);
        Theme::apply(app(), choice);
        QVERIFY(Theme::applied() == choice);
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        const QPalette p = QApplication::palette();
        using R = QPalette::ColorRole;
        const QList<std::pair<R, R>> pairs{{R::Window, R::WindowText},
                                           {R::Base, R::Text},
                                           {R::Button, R::ButtonText},
                                           {R::Highlight, R::HighlightedText},
                                           {R::ToolTipBase, R::ToolTipText},
                                           {R::Base, R::PlaceholderText},
                                           {R::Base, R::Link}};
        for (const auto &[background, foreground] : pairs) {
            for (const auto group : {QPalette::Active, QPalette::Inactive}) {
                const double ratio
                        = Theme::contrastRatio(p.color(group, background), p.color(group, foreground));
                QVERIFY2(ratio >= minimum,
                         qPrintable(QStringLiteral("roles %1/%2: contrast %3")
                                            .arg(int(background))
                                            .arg(int(foreground))
                                            .arg(ratio)));
            }
        }
        // Disabled text is dimmer than enabled text, yet still there.
        const double enabled = Theme::contrastRatio(p.color(R::Window), p.color(R::WindowText));
        const double disabled = Theme::contrastRatio(p.color(QPalette::Disabled, R::Window),
                                                     p.color(QPalette::Disabled, R::WindowText));
        QVERIFY(disabled < enabled);
        QVERIFY(disabled >= 2.0);
    }

    void darkAndLightAreWhatTheySay()
    {
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(Theme::isDark(Theme::highContrastPalette()));
    }

    void contrastRatioFollowsWcag()
    {
        QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic "just AA" grey.
        const double grey = Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white);
        QVERIFY(grey > 4.5 && grey < 4.6);
    }

    void systemChoiceFollowsThePlatform_data()
    {
        QTest::addColumn<bool>("platformDark");
        QTest::addColumn<QString>("gtkTheme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light desktop") << false << QString() << false;
        QTest::newRow("dark desktop") << true << QString() << true;
        QTest::newRow("GTK dark variant") << false << QStringLiteral("Adwaita:dark") << true;
        QTest::newRow("GTK light theme") << false << QStringLiteral("Adwaita") << false;
    }

    void systemChoiceFollowsThePlatform()
    {
        QFETCH(bool, platformDark);
        QFETCH(QString, gtkTheme);
        QFETCH(bool, dark);
        QPalette platform;
        platform.setColor(QPalette::Window,
                          platformDark ? QColor(0x30, 0x30, 0x30) : QColor(0xf0, 0xf0, 0xf0));
        QProcessEnvironment environment;
        if (!gtkTheme.isEmpty())
            environment.insert(QStringLiteral("GTK_THEME"), gtkTheme);
        QCOMPARE(Theme::systemPrefersDark(platform, environment), dark);
        const QPalette chosen = Theme::paletteFor(ThemeChoice::System, platform, environment);
        QCOMPARE(chosen, dark ? Theme::darkPalette() : Theme::lightPalette());
        // A forced choice ignores the platform.
        QCOMPARE(Theme::paletteFor(ThemeChoice::Light, platform, environment), Theme::lightPalette());
    }

    void namesRoundTrip()
    {
        for (const auto choice :
             {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast})
            QVERIFY(parseThemeChoice(themeChoiceName(choice)) == choice);
        QVERIFY(!parseThemeChoice(u"sepia"));
    }

    void menuChoicePersists()
    {
        ConsoleSettings::theme().reset();
        QCOMPARE(ThemeMenu::savedChoice(), ThemeChoice::System);
        QMenu view;
        ThemeMenu themes(app());
        QMenu *submenu = themes.addTo(&view);
        QCOMPARE(submenu->actions().size(), 5); // four choices and a separator
        auto *dark = submenu->findChild<QAction *>(QStringLiteral("theme_dark"));
        QVERIFY(dark);
        QVERIFY(submenu->findChild<QAction *>(QStringLiteral("theme_system"))->isChecked());
        QSignalSpy changed(&themes, &ThemeMenu::themeChanged);
        dark->trigger();
        QCOMPARE(changed.size(), 1);
        QVERIFY(dark->isChecked());
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(ConsoleSettings::theme().value(), QStringLiteral("dark"));

        // The next start finds the choice again.
        QCOMPARE(ThemeMenu::savedChoice(), ThemeChoice::Dark);
        QMenu otherView;
        ThemeMenu again(app());
        QVERIFY(again.choice() == ThemeChoice::Dark);
        QVERIFY(again.addTo(&otherView)->findChild<QAction *>(QStringLiteral("theme_dark"))->isChecked());
        ThemeMenu::applySaved(app());
        QVERIFY(Theme::applied() == ThemeChoice::Dark);

        // Something unknown in the file means "follow the system".
        ConsoleSettings::theme().setValue(QStringLiteral("sepia"));
        QCOMPARE(ThemeMenu::savedChoice(), ThemeChoice::System);
    }

    void iconsAreSvgAndSharpAtHighDpi()
    {
        int icons = 0;
        QDirIterator it(QStringLiteral(":/icons"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(path.endsWith(u".svg"), qPrintable(path + QStringLiteral(" is not an SVG icon")));
            const QIcon icon(path);
            const QPixmap sharp = icon.pixmap(QSize(24, 24), 3.0);
            QCOMPARE(sharp.devicePixelRatio(), 3.0);
            QCOMPARE(sharp.size(), QSize(72, 72)); // drawn at 72 pixels, not scaled up from 24
            ++icons;
        }
        QVERIFY(icons > 0);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
