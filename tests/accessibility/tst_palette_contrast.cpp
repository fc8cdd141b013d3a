// The console is readable in every palette: the real window on a sandbox,
// in the light, dark and high-contrast themes, its key widgets (navigator,
// posture grid, cluster page, snapshot table, timeline, status bar, a
// refusal's words) grabbed offscreen. Each is painted on the palette role
// it should use, its text reaches WCAG contrast against it (4.5:1, 7:1 in
// high contrast), and the timeline's own colours — lanes, failed and
// fallback marks, the point-in-time band with its gaps and blackouts, the
// selection and "now" — stand out from its background (3:1 for marks,
// WCAG's non-text contrast; 4.5:1 in high contrast; text as text).
#include "actions/verdict_label.h"
#include "charts/chart_style.h"
#include "console_fixture.h"
#include "pages/cluster_page.h"
#include "pages/console_status_bar.h"
#include "pages/posture_page.h"
#include "theme/theme.h"
#include "timeline/timeline_colors.h"
#include "timeline/timeline_widget.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace snapline;
using namespace snapline::test;

Q_DECLARE_METATYPE(snapline::ThemeChoice)

namespace {

// The colour most pixels of the picture have: what the widget is painted on.
QColor dominant(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The strongest contrast any pixel has with `background`: the core of the text drawn on it.
double strongestInk(const QImage &image, const QColor &background)
{
    double best = 1.0;
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (!seen.contains(pixel)) {
                seen.insert(pixel);
                best = std::max(best, Theme::contrastRatio(QColor::fromRgb(pixel), background));
            }
        }
    }
    return best;
}

bool contains(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == wanted)
                return true;
    return false;
}

QString ratioText(double ratio)
{
    return QString::number(ratio, 'f', 2) + QStringLiteral(":1");
}

} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;

    MainWindow &window() { return m_console->window(); }
    static QApplication &app() { return *qobject_cast<QApplication *>(QCoreApplication::instance()); }

    // `widget` is painted on `background` and its text, in `text`, reads against it.
    static QStringList checkWidget(QWidget *widget, QPalette::ColorRole background, QPalette::ColorRole text,
                                   double minimum)
    {
        QStringList problems;
        const QString name = widget->objectName();
        const QPalette palette = widget->palette();
        const QColor paper = palette.color(background);
        const double roles = Theme::contrastRatio(paper, palette.color(text));
        if (roles < minimum)
            problems << QStringLiteral("%1: its text role on its background is only %2")
                                .arg(name, ratioText(roles));
        const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QColor painted = dominant(image);
        if (painted.rgb() != paper.rgb())
            problems << QStringLiteral("%1 is painted on %2, not on its palette's %3")
                                .arg(name, painted.name(), paper.name());
        const double ink = strongestInk(image, painted);
        if (ink < minimum)
            problems << QStringLiteral("%1: its text reaches only %2").arg(name, ratioText(ink));
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->isUp());
        QVERIFY(m_console->openAndSync());
        window().resize(1280, 800);
    }

    void cleanupTestCase()
    {
        Theme::apply(app(), ThemeChoice::Light);
        m_console.reset();
    }

    void keyWidgetsAreReadable_data()
    {
        QTest::addColumn<ThemeChoice>("choice");
        QTest::addColumn<double>("text");
        QTest::addColumn<double>("marks");
        QTest::newRow("light") << ThemeChoice::Light << 4.5 << 3.0;
        QTest::newRow("dark") << ThemeChoice::Dark << 4.5 << 3.0;
        QTest::newRow("high contrast") << ThemeChoice::HighContrast << 7.0 << 4.5;
    }

    void keyWidgetsAreReadable()
    {
        QFETCH(ThemeChoice, choice);
        QFETCH(double, text);
        QFETCH(double, marks);
        Theme::apply(app(), choice);
        // The new palette reaches the widgets through posted events.
        const QPalette applied = QApplication::palette();
        QTRY_COMPARE(window().clusterPage()->timeline()->palette().color(QPalette::Base),
                     applied.color(QPalette::Base));
        QTRY_COMPARE(window().navigator()->tree()->palette().color(QPalette::Text),
                     applied.color(QPalette::Text));
        QStringList problems;
        using R = QPalette::ColorRole;

        // The organization's posture grid and the navigator beside it.
        QVERIFY(window().navigator()->select({m_console->orgId(), {}, {}}));
        PosturePage *posture = window().posturePage();
        QTRY_COMPARE(window().findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                     static_cast<QWidget *>(posture));
        QTRY_VERIFY(posture->table()->model()->rowCount() > 0);
        problems << checkWidget(window().navigator()->tree(), R::Base, R::Text, text);
        problems << checkWidget(posture->table(), R::Base, R::Text, text);
        problems << checkWidget(posture->findChild<QLabel *>(QStringLiteral("postureTitle")), R::Window,
                                R::WindowText, text);

        // A cluster with continuous backup: header, snapshot table, timeline with its band.
        QVERIFY(m_console->openCluster(QStringLiteral("Payments"), QStringLiteral("payments-api")));
        ClusterPage *page = window().clusterPage();
        problems << checkWidget(page->findChild<QLabel *>(QStringLiteral("clusterHeader")), R::Window,
                                R::WindowText, text);
        problems << checkWidget(page->snapshotTable(), R::Base, R::Text, text);
        problems << checkWidget(window().consoleStatusBar(), R::Window, R::WindowText, text);
        TimelineWidget *timeline = page->timeline();
        page->snapshotTable()->setCurrentIndex(page->snapshotTable()->model()->index(0, 0));
        QTRY_VERIFY(!timeline->selectedSnapshotId().isEmpty());
        problems << checkWidget(timeline, R::Base, R::Text, text);

        // The timeline's own colours against its background.
        const TimelineColors c = TimelineColors::fromPalette(timeline->palette());
        const auto check = [&](const char *what, const QColor &colour, double minimum) {
            const double ratio = Theme::contrastRatio(colour, c.background);
            if (ratio < minimum)
                problems << QStringLiteral("timeline %1 %2 on %3: %4 (needs %5)")
                                    .arg(QLatin1String(what), colour.name(), c.background.name(),
                                         ratioText(ratio), ratioText(minimum));
        };
        check("text", c.text, text);
        check("muted text", c.mutedText, text);
        check("now", c.now, text); // its label is text
        for (int lane = 0; lane < kTimelineLaneCount; ++lane)
            check("lane", c.lanes.at(std::size_t(lane)), marks);
        check("failed", c.failed, marks);
        check("fallback", c.fallback, marks);
        check("pending", c.pending, marks);
        check("selection", c.selection, marks);
        check("restorable", c.restorable, marks);
        check("gap", c.gap, marks);
        check("blackout", c.blackout, marks);
        // The charts' series, drawn on the same Base.
        const QPalette chartPalette = page->palette();
        const auto checkSeries = [&](const QString &what, const QColor &colour) {
            const double ratio = Theme::contrastRatio(colour, chartPalette.color(QPalette::Base));
            if (ratio < marks)
                problems << QStringLiteral("chart series %1 %2: %3 (needs %4)")
                                    .arg(what, colour.name(), ratioText(ratio), ratioText(marks));
        };
        for (const Frequency f : {Frequency::Hourly, Frequency::Daily, Frequency::Weekly, Frequency::Monthly,
                                  Frequency::Yearly, Frequency::OnDemand})
            checkSeries(ChartStyle::frequencyLabel(f), ChartStyle::frequency(f, chartPalette));
        for (const RestoreJobState state : {RestoreJobState::Completed, RestoreJobState::Failed,
                                            RestoreJobState::Expired, RestoreJobState::Cancelled})
            checkSeries(ChartStyle::outcomeLabel(state), ChartStyle::outcome(state, chartPalette));
        const QImage drawn = timeline->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (const auto &[what, colour] :
             {std::pair{"restorable", c.restorable}, std::pair{"selection", c.selection}}) {
            if (!contains(drawn, colour))
                problems << QStringLiteral("the timeline shows no %1 colour %2")
                                    .arg(QLatin1String(what), colour.name());
        }

        // Fields are framed so they can be found: a line edit, a combo box and a spin box.
        timeline->setFocus(Qt::OtherFocusReason); // no field shows its focus frame
        const QColor windowColour = page->palette().color(QPalette::Window);
        for (const char *name : {"navigatorSearch", "frequencyFilter", "pitUtcEdit"}) {
            auto *field = window().findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(field && field->isVisible(), name);
            const QImage image = field->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const int middle = image.height() / 2;
            const double edge
                    = std::max(Theme::contrastRatio(QColor::fromRgb(image.pixel(0, middle)), windowColour),
                               Theme::contrastRatio(QColor::fromRgb(image.pixel(1, middle)), windowColour));
            if (edge < 3.0)
                problems << QStringLiteral("%1's frame stands out only %2 from the window")
                                    .arg(QLatin1String(name), ratioText(edge));
        }

        // A refusal's words, as every action dialog shows them.
        VerdictLabel refusal;
        refusal.setObjectName(QStringLiteral("refusal"));
        Verdict verdict;
        verdict.refuse(QStringLiteral("TEST"), QString(),
                       QStringLiteral("Refused: the compliance policy locks this."));
        refusal.setVerdict(verdict);
        refusal.resize(420, refusal.sizeHint().height());
        problems << checkWidget(&refusal, R::Window, R::WindowText, text);

        // For people to look at (docs/images holds these): palette-light.png, palette-high-contrast.png …
        if (const QString dir = qEnvironmentVariable("SNAPLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
            QVERIFY(window().grab().save(QDir(dir).filePath(QStringLiteral("palette-%1.png").arg(tag))));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestPaletteContrast)
#include "tst_palette_contrast.moc"
