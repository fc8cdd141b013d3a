// TimelineSeries: sorted columns, lanes, flags, the PIT band, and the lookups
// the timeline's keyboard and pointer use.
#include "timeline/timeline_series.h"
#include "timeline_samples.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

class TestTimelineSeries : public QObject
{
    Q_OBJECT

private:
    static QString idAt(const TimelineSeries &series, int row)
    {
        return row < 0 ? QString() : series.id(row);
    }

private Q_SLOTS:
    void sortedByTimeWithLanesAndFlags()
    {
        const auto series = sampleSeries();
        QCOMPARE(series.size(), 7);
        QStringList ids;
        for (int row = 0; row < series.size(); ++row)
            ids << series.id(row);
        // d0 and h0 share a millisecond and keep the order they were given in.
        QCOMPARE(ids, (QStringList{u"d0"_s, u"h0"_s, u"h1"_s, u"h2"_s, u"o0"_s, u"w0"_s, u"d1"_s}));
        QCOMPARE(series.firstMs(), atHour(0));
        QCOMPARE(series.lastMs(), atHour(24));

        const int h1 = series.rowOfId(u"h1"_s);
        QCOMPARE(series.lane(h1), TimelineLane::Hourly);
        QVERIFY(series.isFailed(h1));
        QVERIFY(!series.isFallback(h1));
        const int d1 = series.rowOfId(u"d1"_s);
        QCOMPARE(series.lane(d1), TimelineLane::Daily); // a fallback stays in its frequency's lane
        QVERIFY(series.isFallback(d1));
        const int o0 = series.rowOfId(u"o0"_s);
        QCOMPARE(series.lane(o0), TimelineLane::OnDemand); // by origin, whatever its frequency
        QVERIFY(series.isPending(o0));
        QCOMPARE(series.laneSize(TimelineLane::Hourly), 3);
        QCOMPARE(series.laneSize(TimelineLane::Monthly), 0);

        // Back to the caller's list: index and the whole snapshot.
        QCOMPARE(series.sourceIndex(d1), 0);
        QCOMPARE(series.snapshot(o0)->description, u"before the <schema> migration"_s);
        QCOMPARE(series.expiresMs(o0), atHour(3) + 7 * 24 * kHour);
        QCOMPARE(series.sizeBytes(o0), 1'500'000'000);
        QCOMPARE(series.rowOfId(u"missing"_s), -1);
        QCOMPARE(series.rowOfId(QString()), -1);
    }

    void snapshotsWithoutCreationTimeAreLeftOut()
    {
        auto snapshots = sampleSnapshots();
        snapshots[1].createdAt = QDateTime();
        snapshots[2].expiresAt = QDateTime();
        const auto series = TimelineSeries::fromSnapshots(snapshots, {});
        QCOMPARE(series.size(), 6);
        QCOMPARE(series.rowOfId(u"d0"_s), -1);
        const int h0 = series.rowOfId(u"h0"_s);
        QCOMPARE(series.sourceIndex(h0), 2);
        QCOMPARE(series.expiresMs(h0), std::nullopt);
        QVERIFY(series.pit().isEmpty());
    }

    void fromUnsortedColumns()
    {
        TimelineSeries::Columns c;
        c.createdMs = {30, 10, 20, 10};
        c.lanes = {TimelineLane::Daily, TimelineLane::Hourly, TimelineLane::Daily, TimelineLane::Yearly};
        c.flags = {TimelineFailed};
        c.ids = {u"c"_s, u"a"_s, u"b"_s, u"a2"_s};
        const auto series = TimelineSeries::fromColumns(std::move(c));
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.id(0), u"a"_s);
        QCOMPARE(series.id(1), u"a2"_s);
        QCOMPARE(series.id(3), u"c"_s);
        QCOMPARE(series.sourceIndex(3), 0);
        QVERIFY(series.isFailed(3)); // flags follow their row through the sort
        QVERIFY(!series.isFailed(0));
        QCOMPARE(series.expiresMs(0), std::nullopt);
        QCOMPARE(series.laneIndex(TimelineLane::Daily).times, (std::vector<qint64>{20, 30}));
        QCOMPARE(series.laneIndex(TimelineLane::Daily).failed, (std::vector<int>{1}));
    }

    void columnsWithoutIdsOrExtras()
    {
        TimelineSeries::Columns c;
        c.createdMs = {1, 2, 3};
        c.lanes = {TimelineLane::Hourly, TimelineLane::Hourly}; // shorter: the series has two
        const auto series = TimelineSeries::fromColumns(std::move(c));
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.id(1), QString());
        QCOMPARE(series.snapshot(1), nullptr);
        QCOMPARE(series.sourceIndex(1), 1);
    }

    void emptySeries()
    {
        const TimelineSeries series;
        QVERIFY(series.isEmpty());
        QCOMPARE(series.nearest(atHour(1)), -1);
        QCOMPARE(series.nearest(atHour(1), TimelineLane::Daily), -1);
        QCOMPARE(series.lowerBound(atHour(1)), 0);
        QCOMPARE(series.firstMs(), 0);
    }

    void oneSnapshot()
    {
        const auto series = TimelineSeries::fromSnapshots({sampleSnapshots().at(2)}, {});
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.nearest(atHour(-1000)), 0);
        QCOMPARE(series.nearest(atHour(1000)), 0);
        QCOMPARE(series.nearest(atHour(0), TimelineLane::Daily), -1);
        QCOMPARE(series.nextInLane(0), -1);
        QCOMPARE(series.previousInLane(0), -1);
        QCOMPARE(series.lanePosition(0), 0);
    }

    void nearest_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("lane"); // -1: any lane
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact, shared millisecond: the first") << 0.0 << -1 << "d0";
        QTest::newRow("exact in a lane") << 0.0 << int(TimelineLane::Hourly) << "h0";
        QTest::newRow("tie goes to the earlier") << 0.5 << int(TimelineLane::Hourly) << "h0";
        QTest::newRow("just past the middle") << 1.6 << int(TimelineLane::Hourly) << "h2";
        QTest::newRow("before everything") << -50.0 << -1 << "d0";
        QTest::newRow("after everything") << 99.0 << -1 << "d1";
        QTest::newRow("any lane") << 3.4 << -1 << "o0";
        QTest::newRow("daily lane skips others") << 11.0 << int(TimelineLane::Daily) << "d0";
        QTest::newRow("daily lane, later half") << 13.0 << int(TimelineLane::Daily) << "d1";
        QTest::newRow("empty lane") << 1.0 << int(TimelineLane::Monthly) << "";
    }

    void nearest()
    {
        QFETCH(double, hours);
        QFETCH(int, lane);
        QFETCH(QString, expected);
        const auto series = sampleSeries();
        const auto inLane = lane < 0 ? std::nullopt : std::optional(TimelineLane(lane));
        QCOMPARE(idAt(series, series.nearest(atHour(hours), inLane)), expected);
    }

    void nextAndPreviousInLane_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("previous");
        QTest::newRow("first hourly") << "h0"
                                      << "h1"
                                      << "";
        QTest::newRow("middle hourly") << "h1"
                                       << "h2"
                                       << "h0";
        QTest::newRow("last hourly") << "h2"
                                     << ""
                                     << "h1";
        QTest::newRow("daily skips the hourly between") << "d0"
                                                        << "d1"
                                                        << "";
        QTest::newRow("alone in its lane") << "w0"
                                           << ""
                                           << "";
    }

    void nextAndPreviousInLane()
    {
        QFETCH(QString, from);
        QFETCH(QString, next);
        QFETCH(QString, previous);
        const auto series = sampleSeries();
        const int row = series.rowOfId(from);
        QCOMPARE(idAt(series, series.nextInLane(row)), next);
        QCOMPARE(idAt(series, series.previousInLane(row)), previous);
    }

    void sameMillisecondInOneLane()
    {
        TimelineSeries::Columns c;
        c.createdMs = {5, 5, 5};
        c.lanes = {TimelineLane::Daily, TimelineLane::Daily, TimelineLane::Daily};
        c.ids = {u"a"_s, u"b"_s, u"c"_s};
        const auto series = TimelineSeries::fromColumns(std::move(c));
        QCOMPARE(series.lanePosition(2), 2);
        QCOMPARE(idAt(series, series.nextInLane(0)), u"b"_s);
        QCOMPARE(idAt(series, series.nextInLane(1)), u"c"_s);
        QCOMPARE(idAt(series, series.previousInLane(2)), u"b"_s);
    }

    void lowerBound()
    {
        const auto series = sampleSeries();
        QCOMPARE(series.lowerBound(atHour(0)), 0);
        QCOMPARE(series.lowerBound(atHour(0) + 1), 2);
        QCOMPARE(series.lowerBound(atHour(100)), series.size());
    }
};

QTEST_APPLESS_MAIN(TestTimelineSeries)
#include "tst_timeline_series.moc"
