// Cold start of the console on a big catalog: from launching the process to
// the first paint of the main window with the navigator filled, for a
// catalog of 2,000 clusters and 1,000,000 snapshots; and the peak RSS. The
// baseline, measured in the same run, is the same start on an empty catalog.
// Each figure is the median of five launches (the file cache is warm).
//
//   bench_cold_start [--dir DIR] [--clusters N] [--snapshots N]
// DIR keeps the generated catalog between runs (default /tmp/snapline-bench-cold).
#include "bench_support.h"
#include "catalog/catalog.h"
#include "large_catalog.h"
#include "main_window.h"
#include "pages/navigator_panel.h"
#include "session/console_session.h"
#include "session/profile_connection.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace snapline;
using namespace snapline::bench;

namespace {

// The profile both runs open: a host where nothing listens, so the console
// browses the catalog offline and its sync fails at once without a network.
Profile offlineProfile()
{
    Profile profile;
    profile.id = QStringLiteral("bench-cold-start");
    profile.name = QStringLiteral("Cold start");
    profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    profile.publicKey = QStringLiteral("benchkey");
    return profile;
}

// Paints of the navigator once it shows clusters.
class FirstFilledPaint : public QObject
{
public:
    std::function<void()> onPaint;
    bool armed = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            armed = false;
            QTimer::singleShot(0, this, onPaint); // after this paint has finished
        }
        return QObject::eventFilter(watched, event);
    }
};

int runChild(int argc, char **argv, const QString &dir)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto clock = Clock::system();
    MainWindow window(clock);
    ConsoleSession session(dir, clock);
    window.attach(&session);
    FirstFilledPaint watcher;
    window.navigator()->tree()->viewport()->installEventFilter(&watcher);
    qint64 inventoryMs = -1;
    int clusters = 0;
    watcher.onPaint = [&] {
        std::printf("painted %lld inventory %lld clusters %d rss %ld\n", sinceMain.elapsed(), inventoryMs,
                    clusters, peakRssMb());
        std::fflush(stdout);
        app.exit(0);
    };
    QObject::connect(&session, &ConsoleSession::inventoryChanged,
                     [&](std::shared_ptr<const Inventory> inventory) {
                         if (!inventory)
                             return;
                         inventoryMs = sinceMain.elapsed();
                         clusters = inventory->clusterCount();
                         watcher.armed = true;
                         window.navigator()->tree()->viewport()->update();
                     });
    window.show();
    session.open(offlineProfile(), QStringLiteral("not-a-secret"));
    QTimer::singleShot(60000, &app, [&] { app.exit(3); });
    return app.exec();
}

struct Launch
{
    double wallMs = 0;
    double paintedMs = 0;
    double inventoryMs = 0;
    long rssMb = 0;
    int clusters = 0;
};

std::optional<Launch> launch(const QString &dir)
{
    QProcess child;
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir});
    if (!child.waitForStarted(10000))
        return std::nullopt;
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(60000))
        line += child.readAllStandardOutput();
    Launch out;
    out.wallMs = double(wall.nsecsElapsed()) / 1e6;
    child.waitForFinished(30000);
    long long painted = 0, inventory = 0;
    int clusters = 0;
    long rss = 0;
    if (std::sscanf(line.constData(), "painted %lld inventory %lld clusters %d rss %ld", &painted, &inventory,
                    &clusters, &rss)
        != 4)
        return std::nullopt;
    out.paintedMs = double(painted);
    out.inventoryMs = double(inventory);
    out.clusters = clusters;
    out.rssMb = rss;
    return out;
}

std::optional<Launch> median(const QString &dir, int runs)
{
    std::vector<Launch> all;
    for (int i = 0; i < runs; ++i) {
        auto one = launch(dir);
        if (!one)
            return std::nullopt;
        all.push_back(*one);
    }
    std::sort(all.begin(), all.end(), [](const Launch &a, const Launch &b) { return a.wallMs < b.wallMs; });
    Launch m = all[all.size() / 2];
    for (const Launch &l : all)
        m.rssMb = std::max(m.rssMb, l.rssMb);
    return m;
}

bool ensureCatalog(const QString &dir, int clusters, int snapshots)
{
    const QString path = QDir(dir).filePath(ProfileConnection::catalogFileName(offlineProfile()));
    const QString marker = path + QStringLiteral(".%1x%2").arg(clusters).arg(snapshots);
    if (QFile::exists(marker))
        return true;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::printf("generating the catalog: %d clusters, %d snapshots …\n", clusters, snapshots);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    auto catalog = Catalog::open(path, Clock::system());
    if (!catalog)
        return false;
    if (auto filled = fillLargeCatalog(**catalog, clusters, snapshots, QDateTime::currentDateTimeUtc());
        !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return false;
    }
    (*catalog)->checkpoint().ok();
    std::printf("generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
    QFile touch(marker);
    return touch.open(QIODevice::WriteOnly);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString dir = option(QStringLiteral("--dir"), QStringLiteral("/tmp/snapline-bench-cold"));
    const int clusters = option(QStringLiteral("--clusters"), QStringLiteral("2000")).toInt();
    const int snapshots = option(QStringLiteral("--snapshots"), QStringLiteral("1000000")).toInt();
    const QString big = QDir(dir).filePath(QStringLiteral("large"));
    const QString empty = QDir(dir).filePath(QStringLiteral("empty"));
    if (!ensureCatalog(big, clusters, snapshots)) {
        std::fprintf(stderr, "bench_cold_start: could not make the catalog in %s\n", qPrintable(big));
        return 1;
    }
    QDir(empty).removeRecursively();
    QDir().mkpath(empty);
    constexpr int kRuns = 5;
    launch(big); // warm the file cache
    const auto base = median(empty, kRuns);
    const auto large = median(big, kRuns);
    if (!base || !large) {
        std::fprintf(stderr, "bench_cold_start: a launch failed\n");
        return 1;
    }
    std::printf("%-34s %9s %14s %14s %8s\n", "", "wall ms", "inventory ms", "painted ms", "peak MB");
    std::printf("%-34s %9.0f %14s %14s %8ld\n", "baseline: empty catalog (window)", base->wallMs, "-", "-",
                base->rssMb);
    std::printf("%-34s %9.0f %14.0f %14.0f %8ld\n",
                qPrintable(QStringLiteral("%1 clusters, %2 snapshots").arg(large->clusters).arg(snapshots)),
                large->wallMs, large->inventoryMs, large->paintedMs, large->rssMb);
    std::printf("cold start to the first filled paint: %.0f ms (target 500 ms), %.2fx the empty start; "
                "peak RSS %ld MB (target 300 MB)\n",
                large->wallMs, large->wallMs / std::max(1.0, base->wallMs), large->rssMb);
    return 0;
}
