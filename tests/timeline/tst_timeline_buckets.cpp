// TimelineBuckets: the per-pixel-column aggregation the timeline paints from.
// Exact counts on the hand-made series, edges, and a cross-check against
// counting every snapshot on a larger random series.
#include "timeline/timeline_buckets.h"
#include "timeline_samples.h"

#include <QRandomGenerator>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestTimelineBuckets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<double>("fromHour");
        QTest::addColumn<double>("toHour");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<int>>("expected"); // count, failed, fallback, pending
        QTest::addColumn<QString>("representative");
        const int hourly = int(TimelineLane::Hourly);
        const int daily = int(TimelineLane::Daily);
        const int onDemand = int(TimelineLane::OnDemand);
        const int weekly = int(TimelineLane::Weekly);
        QTest::newRow("hour 0") << 0.0 << 6.0 << 6 << hourly << 0 << QList<int>{1, 0, 0, 0} << "h0";
        QTest::newRow("hour 1 failed") << 0.0 << 6.0 << 6 << hourly << 1 << QList<int>{1, 1, 0, 0} << "h1";
        QTest::newRow("hour 3 empty") << 0.0 << 6.0 << 6 << hourly << 3 << QList<int>{0, 0, 0, 0} << "";
        QTest::newRow("daily hour 0") << 0.0 << 6.0 << 6 << daily << 0 << QList<int>{1, 0, 0, 0} << "d0";
        QTest::newRow("on-demand pending")
                << 0.0 << 6.0 << 6 << onDemand << 3 << QList<int>{1, 0, 0, 1} << "o0";
        QTest::newRow("weekly last column")
                << 0.0 << 6.0 << 6 << weekly << 5 << QList<int>{1, 0, 0, 0} << "w0";
        QTest::newRow("one column: failed represents")
                << 0.0 << 3.0 << 1 << hourly << 0 << QList<int>{3, 1, 0, 0} << "h1";
        QTest::newRow("end is excluded") << 1.0 << 2.0 << 1 << hourly << 0 << QList<int>{1, 1, 0, 0} << "h1";
        QTest::newRow("start is included")
                << 2.0 << 2.5 << 1 << hourly << 0 << QList<int>{1, 0, 0, 0} << "h2";
        QTest::newRow("fallback represents")
                << 0.0 << 48.0 << 1 << daily << 0 << QList<int>{2, 0, 1, 0} << "d1";
        QTest::newRow("middle one represents")
                << 0.0 << 2.5 << 1 << hourly << 0 << QList<int>{3, 1, 0, 0} << "h1";
        QTest::newRow("range before all")
                << -10.0 << -1.0 << 4 << hourly << 2 << QList<int>{0, 0, 0, 0} << "";
        // 7 ms over 10 columns: some columns are empty-width, the first of them.
        QTest::newRow("more columns than ms")
                << 0.0 << 0.000002 << 10 << daily << 1 << QList<int>{1, 0, 0, 0} << "d0";
    }

    void counts()
    {
        QFETCH(double, fromHour);
        QFETCH(double, toHour);
        QFETCH(int, columns);
        QFETCH(int, lane);
        QFETCH(int, column);
        QFETCH(QList<int>, expected);
        QFETCH(QString, representative);
        const auto series = sampleSeries();
        const auto buckets = TimelineBuckets::build(series, atHour(fromHour), atHour(toHour), columns);
        const TimelineBucket &b = buckets.at(TimelineLane(lane), column);
        QCOMPARE((QList<int>{b.count, b.failed, b.fallback, b.pending}), expected);
        QCOMPARE(b.representative < 0 ? QString() : series.id(b.representative), representative);
    }

    void laneTotals()
    {
        const auto buckets = TimelineBuckets::build(sampleSeries(), atHour(0), atHour(6), 6);
        QCOMPARE(buckets.laneCount(TimelineLane::Hourly), 3);
        QCOMPARE(buckets.laneCount(TimelineLane::Daily), 1);
        QCOMPARE(buckets.totalCount(), 6);
        QCOMPARE(buckets.columns(), 6);
        QCOMPARE(buckets.fromMs(), atHour(0));
    }

    void emptyInputs()
    {
        QCOMPARE(TimelineBuckets::build(sampleSeries(), atHour(2), atHour(2), 10).columns(), 0);
        QCOMPARE(TimelineBuckets::build(sampleSeries(), atHour(0), atHour(2), 0).columns(), 0);
        const auto empty = TimelineBuckets::build(TimelineSeries(), atHour(0), atHour(2), 4);
        QCOMPARE(empty.columns(), 4);
        QCOMPARE(empty.totalCount(), 0);
        QCOMPARE(empty.at(TimelineLane::Hourly, 3).representative, -1);
    }

    void columnEdges()
    {
        // 10 ms over 3 columns: edges at 0, 3, 6, 10.
        const auto buckets = TimelineBuckets::build(TimelineSeries(), 100, 110, 3);
        QCOMPARE(buckets.columnStartMs(1), 103);
        QCOMPARE(buckets.columnStartMs(3), 110);
        QCOMPARE(buckets.columnOf(99), -1);
        QCOMPARE(buckets.columnOf(100), 0);
        QCOMPARE(buckets.columnOf(102), 0);
        QCOMPARE(buckets.columnOf(103), 1);
        QCOMPARE(buckets.columnOf(106), 2);
        QCOMPARE(buckets.columnOf(109), 2);
        QCOMPARE(buckets.columnOf(110), -1);
    }

    // Every column of every lane against a count over all snapshots.
    void matchesCountingEverySnapshot()
    {
        QRandomGenerator random(7);
        TimelineSeries::Columns c;
        for (int i = 0; i < 5000; ++i) {
            c.createdMs.push_back(qint64(random.bounded(1'000'000)));
            c.lanes.push_back(TimelineLane(random.bounded(kTimelineLaneCount)));
            c.flags.push_back(quint8(random.bounded(8)));
        }
        const auto series = TimelineSeries::fromColumns(std::move(c));
        for (int round = 0; round < 20; ++round) {
            const qint64 from = qint64(random.bounded(900'000)) - 50'000;
            const qint64 to = from + 1 + qint64(random.bounded(400'000));
            const int columns = 1 + random.bounded(300);
            const auto buckets = TimelineBuckets::build(series, from, to, columns);
            std::vector<TimelineBucket> expected(std::size_t(columns) * kTimelineLaneCount);
            for (int row = 0; row < series.size(); ++row) {
                const int column = buckets.columnOf(series.createdMs(row));
                if (column < 0)
                    continue;
                TimelineBucket &e = expected[std::size_t(int(series.lane(row)) * columns + column)];
                ++e.count;
                e.failed += series.isFailed(row);
                e.fallback += series.isFallback(row);
                e.pending += series.isPending(row);
            }
            for (TimelineLane lane : kTimelineLanes) {
                for (int column = 0; column < columns; ++column) {
                    const TimelineBucket &e = expected[std::size_t(int(lane) * columns + column)];
                    const TimelineBucket &b = buckets.at(lane, column);
                    QCOMPARE(b.count, e.count);
                    QCOMPARE(b.failed, e.failed);
                    QCOMPARE(b.fallback, e.fallback);
                    QCOMPARE(b.pending, e.pending);
                    if (b.count == 0)
                        continue;
                    // The representative lies in its column and lane, and is
                    // failed whenever anything there failed.
                    QCOMPARE(buckets.columnOf(series.createdMs(b.representative)), column);
                    QCOMPARE(series.lane(b.representative), lane);
                    QCOMPARE(series.isFailed(b.representative), b.failed > 0);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestTimelineBuckets)
#include "tst_timeline_buckets.moc"
