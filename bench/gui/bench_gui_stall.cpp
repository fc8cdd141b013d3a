// The longest GUI-thread stall while the console runs a full sync of the
// large sandbox (2,000 clusters, ~1,000,000 snapshots): a watchdog timer
// ticks every 5 ms on the GUI thread and records every gap between ticks,
// while the real main window shows the inventory as it lands. The baseline,
// measured in the same run, is the same watchdog with the window idle.
//
//   bench_gui_stall [--data DIR] [--idle-seconds N]
#include "bench_support.h"
#include "main_window.h"
#include "session/console_session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace snapline;
using namespace snapline::bench;

namespace {

// Gaps between timer ticks on the GUI thread.
class Watchdog
{
public:
    explicit Watchdog(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gapsMs.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void print(const char *what, int intervalMs) const
    {
        std::vector<double> gaps = m_gapsMs;
        std::sort(gaps.begin(), gaps.end());
        if (gaps.empty()) {
            std::printf("%-26s no ticks\n", what);
            return;
        }
        const auto at
                = [&](double q) { return gaps[std::min(gaps.size() - 1, size_t(q * double(gaps.size())))]; };
        const long over50 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50.0; });
        std::printf("%-26s ticks %6zu  median %5.1f ms  p99 %6.1f ms  max %6.1f ms  stalls >50 ms: %ld"
                    "  (tick every %d ms)\n",
                    what, gaps.size(), at(0.5), at(0.99), gaps.back(), over50, intervalMs);
    }
    double maxGap() const
    {
        return m_gapsMs.empty() ? 0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString dataDir = option(QStringLiteral("--data"), QStringLiteral("/tmp/snapline-bench-large"));
    const int idleSeconds = option(QStringLiteral("--idle-seconds"), QStringLiteral("3")).toInt();
    constexpr int kTickMs = 5;

    Sandbox sandbox;
    const QString binDir = QCoreApplication::applicationDirPath();
    if (!startSandbox(sandbox, QDir(binDir).filePath(QStringLiteral("../sandbox/snapline-sandbox")),
                      dataDir)) {
        std::fprintf(stderr, "bench_gui_stall: the sandbox did not start\n");
        return 1;
    }

    // A local sandbox is no Atlas: the benchmark measures the window, not the
    // client's politeness, so the host's request budget never runs dry.
    RateBudget::configureHost(sandbox.url.host(), 100000, 100000);
    QTemporaryDir catalogs;
    auto clock = Clock::system();
    MainWindow window(clock);
    ConsoleSession session(catalogs.path(), clock);
    window.attach(&session);
    window.resize(1400, 900);
    window.show();

    Profile profile;
    profile.id = QStringLiteral("bench-gui-stall");
    profile.name = QStringLiteral("Large sandbox");
    profile.baseUrl = sandbox.url;
    profile.publicKey = sandbox.owner.publicKey;
    profile.pinnedSha256 = sandbox.fingerprint;

    Watchdog idle(kTickMs);
    Watchdog syncing(kTickMs);
    QElapsedTimer syncClock;
    int clustersShown = 0;
    QObject::connect(&session, &ConsoleSession::inventoryChanged,
                     [&](std::shared_ptr<const Inventory> inventory) {
                         clustersShown = inventory ? inventory->clusterCount() : 0;
                     });
    QObject::connect(&session, &ConsoleSession::syncFinished,
                     [&](const SyncTarget &, bool ok, const QString &summary) {
                         const double seconds = double(syncClock.elapsed()) / 1000.0;
                         // Let the inventory read after the sync land in the window too.
                         QTimer::singleShot(1500, &app, [&, ok, summary, seconds] {
                             syncing.stop();
                             std::printf("sync: %s (%.1f s, %d clusters in the navigator)\n",
                                         ok ? "done" : qPrintable(summary), seconds, clustersShown);
                             idle.print("baseline: idle window", kTickMs);
                             syncing.print("during the full sync", kTickMs);
                             std::printf("longest GUI-thread stall: %.1f ms (target: none over 50 ms); "
                                         "ratio to idle %.1fx\n",
                                         syncing.maxGap(), syncing.maxGap() / std::max(0.1, idle.maxGap()));
                             app.exit(ok ? 0 : 2);
                         });
                     });

    // Idle first (the baseline), then open the profile: its sync reads everything.
    idle.start();
    QTimer::singleShot(idleSeconds * 1000, &app, [&] {
        idle.stop();
        syncing.start();
        syncClock.start();
        session.open(profile, sandbox.owner.privateKey);
    });
    const int rc = app.exec();
    sandbox.process.terminate();
    sandbox.process.waitForFinished(5000);
    return rc;
}
