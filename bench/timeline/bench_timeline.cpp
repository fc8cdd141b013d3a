// How fast the timeline paints a million snapshots. A 5-year series with the
// calendar lanes at their real cadence (1,826 daily, 261 weekly, 60 monthly,
// 5 yearly), 20,000 on-demand snapshots and the rest — about 978,000 — in
// the hourly lane (a stress load: one every ~2.7 minutes), 0.5 % failed,
// 0.2 % fallback, and a 7-day PIT window with 27 gaps and a blackout.
// TimelineWidget::render() paints 1600×400 QImages offscreen:
//   fit-all (buckets cached, and rebuilt every frame), one day, and one week
//   panning 1 % per frame.
// The baseline, in the same run, paints one rectangle per snapshot in view.
// Prints median and max ms per frame and the ratio to the baseline.
// Usage: bench_timeline [--frames N] [--png DIR]
#include "timeline/timeline_series.h"
#include "timeline/timeline_widget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace snapline;

namespace {

constexpr int kSnapshots = 1'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);
const QSize kFrame(1600, 400);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
    double cpuMax = 0; // this thread's CPU time: the work, without waits for a busy machine's other processes
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Figures measure(int frames, const std::function<void(int)> &frame)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(frames));
    double cpuMax = 0;
    frame(-1); // warm-up: fonts, glyph caches
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        frame(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpuMax = std::max(cpuMax, threadCpuMs() - cpu);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back(), cpuMax};
}

TimelineSeries::Columns makeColumns()
{
    QRandomGenerator random(20261124);
    const qint64 end = kNow.toMSecsSinceEpoch();
    const qint64 start = end - 5 * 365 * kDay;
    TimelineSeries::Columns c;
    const auto add = [&](qint64 ms, TimelineLane lane) {
        c.createdMs.push_back(ms);
        c.lanes.push_back(lane);
        const quint32 roll = random.bounded(1000u);
        c.flags.push_back(roll < 5 ? TimelineFailed : roll < 7 ? TimelineFallback : 0);
        c.sizes.push_back(qint64(40'000'000'000) + qint64(random.bounded(1'000'000'000u)));
    };
    c.createdMs.reserve(kSnapshots);
    c.lanes.reserve(kSnapshots);
    c.flags.reserve(kSnapshots);
    c.sizes.reserve(kSnapshots);
    for (qint64 t = start; t < end; t += kDay) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).date();
        add(t, TimelineLane::Daily);
        if (d.dayOfWeek() == 6)
            add(t, TimelineLane::Weekly);
        if (d.day() == 1)
            add(t, TimelineLane::Monthly);
        if (d.dayOfYear() == 1)
            add(t, TimelineLane::Yearly);
    }
    for (int i = 0; i < 20'000; ++i)
        add(start + qint64(random.bounded(quint64(end - start))), TimelineLane::OnDemand);
    const qint64 hourly = kSnapshots - qint64(c.createdMs.size());
    const qint64 step = (end - start) / hourly;
    for (qint64 i = 0; i < hourly; ++i)
        add(start + i * step, TimelineLane::Hourly);
    return c;
}

TimelinePit makePit()
{
    // Six-hour restorable ranges separated by five-minute gaps, one blackout.
    const qint64 end = kNow.toMSecsSinceEpoch();
    std::vector<TimelineSpan> ranges;
    for (qint64 t = end - 7 * kDay; t < end; t += 6 * kHour)
        ranges.push_back({t, std::min(end, t + 6 * kHour - 5 * kMinute)});
    return TimelinePit::fromSpans(std::move(ranges), {{end - 3 * kDay, end - 3 * kDay + 40 * kMinute}},
                                  TimelineSpan{end - 7 * kDay, end});
}

// The naive way: every snapshot in view is one rectangle.
void paintNaively(QImage &image, const TimelineSeries &series, qint64 from, qint64 to)
{
    QPainter p(&image);
    p.fillRect(image.rect(), Qt::white);
    const double scale = double(image.width()) / double(to - from);
    const int laneHeight = image.height() / kTimelineLaneCount;
    for (int row = series.lowerBound(from), end = series.lowerBound(to); row < end; ++row) {
        const int x = int(double(series.createdMs(row) - from) * scale);
        p.fillRect(QRect(x - 2, int(series.lane(row)) * laneHeight + 4, 5, laneHeight - 8),
                   series.isFailed(row) ? Qt::red : Qt::darkBlue);
    }
}

void report(const QString &scene, const Figures &widget, const Figures &naive, int inView)
{
    out() << QStringLiteral("%1 %2 in view | timeline median %3 ms, p99 %4, max %5 (CPU max %9) | "
                            "naive median %6 ms, max %7 | naive/timeline %8x\n")
                     .arg(scene, -26)
                     .arg(inView, 9)
                     .arg(widget.median, 0, 'f', 2)
                     .arg(widget.p99, 0, 'f', 2)
                     .arg(widget.max, 0, 'f', 2)
                     .arg(naive.median, 0, 'f', 2)
                     .arg(naive.max, 0, 'f', 2)
                     .arg(naive.median / widget.median, 0, 'f', 1)
                     .arg(widget.cpuMax, 0, 'f', 2);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int frames = 200;
    QString pngDir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--frames"))
            frames = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--png"))
            pngDir = args[i + 1];
    }
    const int naiveFrames = std::max(3, frames / 20);

    QElapsedTimer t;
    t.start();
    TimelineSeries::Columns columns = makeColumns();
    const double generateMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    auto series = std::make_shared<const TimelineSeries>(
            TimelineSeries::fromColumns(std::move(columns), makePit()));
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    out() << QStringLiteral("series: %1 snapshots, generated in %2 ms (lanes one after another), "
                            "TimelineSeries::fromColumns (sorts them) %3 ms\n")
                     .arg(series->size())
                     .arg(generateMs, 0, 'f', 1)
                     .arg(buildMs, 0, 'f', 1);

    // The catalog's path: a QList<Snapshot> read from SQLite, then the series.
    {
        QList<Snapshot> snapshots;
        snapshots.reserve(series->size());
        for (int row = 0; row < series->size(); ++row) {
            Snapshot s;
            s.id = QString::number(0x5f00000000000000LL + row, 16);
            s.createdAt = QDateTime::fromMSecsSinceEpoch(series->createdMs(row), Qt::UTC);
            s.frequency = Frequency(int(series->lane(row)));
            snapshots.append(std::move(s));
        }
        t.restart();
        const auto fromSnapshots = TimelineSeries::fromSnapshots(snapshots, {});
        out() << QStringLiteral("series: TimelineSeries::fromSnapshots over %1 Snapshot objects, oldest "
                                "first as the catalog reads them, %2 ms\n")
                         .arg(fromSnapshots.size())
                         .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
    }

    TimelineWidget widget;
    widget.setClock(std::make_shared<ManualClock>(kNow));
    widget.resize(kFrame);
    widget.setSeries(series);
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    QImage naive(kFrame, QImage::Format_ARGB32_Premultiplied);
    const auto render = [&] { widget.render(&image); };
    const auto save = [&](const QString &name) {
        if (!pngDir.isEmpty()) {
            QDir().mkpath(pngDir);
            image.save(QDir(pngDir).filePath(name + QLatin1String(".png")));
        }
    };
    const auto inView = [&] {
        return series->lowerBound(widget.visibleToMs()) - series->lowerBound(widget.visibleFromMs());
    };
    out() << QStringLiteral("%1 frames per scene (naive: %2), %3x%4 px\n")
                     .arg(frames)
                     .arg(naiveFrames)
                     .arg(kFrame.width())
                     .arg(kFrame.height());

    // Fit-all: a repaint with the range unchanged reads the cached buckets.
    widget.fitAll();
    const qint64 fitFrom = widget.visibleFromMs();
    const qint64 fitTo = widget.visibleToMs();
    const Figures fit = measure(frames, [&](int) { render(); });
    save(QStringLiteral("fit-all"));
    const Figures fitNaive = measure(naiveFrames, [&](int) { paintNaively(naive, *series, fitFrom, fitTo); });
    report(QStringLiteral("fit-all"), fit, fitNaive, inView());

    // Fit-all with the buckets rebuilt every frame (the range moves by 1 ms).
    const Figures fitRebuilt = measure(frames, [&](int i) {
        widget.setVisibleRange(fitFrom + (i & 1), fitTo + (i & 1));
        render();
    });
    report(QStringLiteral("fit-all, buckets rebuilt"), fitRebuilt, fitNaive, inView());

    // One day, two days before now (inside the PIT window).
    const qint64 dayFrom = kNow.toMSecsSinceEpoch() - 2 * kDay;
    widget.setVisibleRange(dayFrom, dayFrom + kDay);
    const Figures day = measure(frames, [&](int) { render(); });
    save(QStringLiteral("one-day"));
    const Figures dayNaive
            = measure(naiveFrames, [&](int) { paintNaively(naive, *series, dayFrom, dayFrom + kDay); });
    report(QStringLiteral("one day"), day, dayNaive, inView());

    // One week, panning 1 % of the view per frame from a year and a half ago.
    const qint64 weekFrom = kNow.toMSecsSinceEpoch() - 540 * kDay;
    const qint64 week = 7 * kDay;
    const int inWeek = series->lowerBound(weekFrom + week) - series->lowerBound(weekFrom);
    const Figures panning = measure(frames, [&](int i) {
        const qint64 from = weekFrom + std::max(0, i) * week / 100;
        widget.setVisibleRange(from, from + week);
        render();
    });
    save(QStringLiteral("one-week-panning"));
    const Figures panningNaive = measure(naiveFrames, [&](int i) {
        const qint64 from = weekFrom + std::max(0, i) * week / 100;
        paintNaively(naive, *series, from, from + week);
    });
    report(QStringLiteral("one week, panning"), panning, panningNaive, inWeek);

    out() << QStringLiteral("target: <= 8 ms per frame\n");
    return 0;
}
