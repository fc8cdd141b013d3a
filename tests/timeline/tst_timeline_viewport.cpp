// TimelineViewport: zoom around an anchor, pan, fit and bring into view,
// within the limits that keep the data on screen.
#include "timeline/timeline_viewport.h"

#include <QTest>

using namespace snapline;

namespace {

constexpr qint64 kDay = TimelineViewport::kDayMs;

TimelineViewport viewport()
{
    TimelineViewport v;
    v.setExtent(0, 100 * kDay);
    v.setRange(10 * kDay, 20 * kDay);
    return v;
}

} // namespace

class TestTimelineViewport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomKeepsTheAnchorInPlace()
    {
        auto v = viewport();
        QVERIFY(v.zoomBy(2.0, 12 * kDay)); // in: the span halves
        QCOMPARE(v.spanMs(), 5 * kDay);
        QCOMPARE(v.fromMs(), 11 * kDay); // 12 was a fifth in, and still is
        QVERIFY(v.zoomBy(0.5, 12 * kDay));
        QCOMPARE(v.fromMs(), 10 * kDay);
        QCOMPARE(v.toMs(), 20 * kDay);
    }

    void zoomStopsAtAnHourAndAtThreeTimesTheData()
    {
        auto v = viewport();
        v.zoomBy(1e9, 15 * kDay);
        QCOMPARE(v.spanMs(), TimelineViewport::kHourMs);
        QVERIFY(!v.zoomBy(2, 15 * kDay));
        v.zoomBy(1e-9, 15 * kDay);
        QCOMPARE(v.spanMs(), 300 * kDay);
        QVERIFY(!v.zoomBy(0, 0));
        QVERIFY(!v.zoomBy(-1, 0));
    }

    void panStopsWithTheCentreOnTheData()
    {
        auto v = viewport();
        QVERIFY(v.panBy(kDay));
        QCOMPARE(v.fromMs(), 11 * kDay);
        v.panBy(-1000 * kDay);
        QCOMPARE(v.fromMs(), -5 * kDay);
        QCOMPARE(v.toMs(), 5 * kDay);
        v.panBy(1000 * kDay);
        QCOMPARE(v.toMs(), 105 * kDay);
    }

    void fitShowsTheExtentWithAMargin()
    {
        auto v = viewport();
        QVERIFY(v.fit());
        QCOMPARE(v.fromMs(), -2 * kDay);
        QCOMPARE(v.toMs(), 102 * kDay);
        QVERIFY(!v.fit());
    }

    void ensureVisible()
    {
        auto v = viewport();
        QVERIFY(!v.ensureVisible(15 * kDay));
        QVERIFY(v.ensureVisible(40 * kDay, 0.1));
        QCOMPARE(v.toMs(), 41 * kDay);
        QVERIFY(v.ensureVisible(0, 0.0));
        QCOMPARE(v.fromMs(), 0);
    }

    void aTinyExtentStillZoomsToAWeek()
    {
        TimelineViewport v;
        v.setExtent(5 * kDay, 5 * kDay);
        v.fit();
        QCOMPARE(v.spanMs(), TimelineViewport::kHourMs + 2 * (TimelineViewport::kHourMs / 50));
        v.zoomBy(1e-6, 5 * kDay);
        QCOMPARE(v.spanMs(), 7 * kDay);
    }
};

QTEST_APPLESS_MAIN(TestTimelineViewport)
#include "tst_timeline_viewport.moc"
