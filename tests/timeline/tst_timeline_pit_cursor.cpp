// PitCursor: the point-in-time cursor only rests on restorable seconds. It
// snaps out of gaps, blackouts, the future and the time before the window to
// the nearest second (ties earlier), steps over gaps in the direction of
// travel, stops at the ends, and says in words why a moment was refused.
#include "timeline/pit_cursor.h"
#include "timeline_samples.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(double hours, qint64 plusSeconds = 0)
{
    return QDateTime::fromMSecsSinceEpoch(atHour(hours), Qt::UTC).addSecs(plusSeconds);
}

// samplePit() seen at 6h with a one-day window: restorable [0h, 2h] and
// [3h, 5h] without the blackout [4h, 4h30].
PitCursor sampleCursor()
{
    return PitCursor(samplePitCluster(), samplePitNow());
}

} // namespace

class TestPitCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restorableMomentsStay()
    {
        PitCursor cursor = sampleCursor();
        QVERIFY(cursor.isEnabled());
        QVERIFY(!cursor.hasMoment());
        const auto placed = cursor.place(at(1, 17));
        QCOMPARE(placed.moment, at(1, 17));
        QVERIFY(!placed.moved);
        QVERIFY(placed.reason.isEmpty());
        QCOMPARE(cursor.moment(), at(1, 17));
        QCOMPARE(cursor.moment().timeSpec(), Qt::UTC);
        // A fraction of a second belongs to the second it is in.
        const auto fraction = cursor.place(at(1, 17).addMSecs(700));
        QCOMPARE(fraction.moment, at(1, 17));
        QVERIFY(!fraction.moved);
        QCOMPARE(fraction.moment.time().msec(), 0);
    }

    void refusedMomentsSnap_data()
    {
        QTest::addColumn<QDateTime>("wanted");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("gap, near its start") << at(2, 600) << at(2) << u"gap of the oplog history"_s;
        QTest::newRow("gap, near its end") << at(3, -600) << at(3) << u"gap of the oplog history"_s;
        QTest::newRow("gap, exactly between: the earlier side") << at(2.5) << at(2) << u"gap"_s;
        QTest::newRow("gap, one second past the middle") << at(2.5, 1) << at(3) << u"gap"_s;
        QTest::newRow("gap's first second") << at(2, 1) << at(2) << u"gap"_s;
        QTest::newRow("blackout, near its start") << at(4, 600) << at(4, -1) << u"restore blackout"_s;
        QTest::newRow("blackout, near its end") << at(4.5, -300) << at(4.5, 1) << u"restore blackout"_s;
        QTest::newRow("blackout's last second") << at(4.5) << at(4.5, 1) << u"restore blackout"_s;
        QTest::newRow("future") << at(7) << at(5) << u"in the future"_s;
        QTest::newRow("after the newest oplog") << at(5.5) << at(5) << u"newest backed-up oplog"_s;
        QTest::newRow("before the oldest oplog") << at(-2) << at(0) << u"oldest moment"_s;
        QTest::newRow("before the window") << at(-20) << at(0) << u"older than the restore window"_s;
    }

    void refusedMomentsSnap()
    {
        QFETCH(QDateTime, wanted);
        QFETCH(QDateTime, expected);
        QFETCH(QString, reasonPart);
        PitCursor cursor = sampleCursor();
        const auto placed = cursor.place(wanted);
        QVERIFY(placed.moved);
        QCOMPARE(placed.moment, expected);
        QCOMPARE(cursor.moment(), expected);
        QVERIFY2(placed.reason.contains(reasonPart), qPrintable(placed.reason));
        // The reason names the refused moment, not the one the cursor went to.
        QVERIFY2(placed.reason.contains(wanted.toString(Qt::ISODate)), qPrintable(placed.reason));
        // check() answers the same without moving.
        PitCursor other = sampleCursor();
        other.place(at(1));
        QCOMPARE(other.check(wanted).moment, expected);
        QCOMPARE(other.moment(), at(1));
    }

    void step_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<bool>("moved");
        QTest::newRow("a second inside a range") << at(1) << qint64(1) << at(1, 1) << false;
        QTest::newRow("a second back") << at(1) << qint64(-1) << at(1, -1) << false;
        QTest::newRow("onto a range's last second") << at(2, -1) << qint64(1) << at(2) << false;
        QTest::newRow("over a gap, forward") << at(2) << qint64(1) << at(3) << true;
        QTest::newRow("over a gap, backward") << at(3) << qint64(-1) << at(2) << true;
        QTest::newRow("a minute into a gap") << at(2) << qint64(60) << at(3) << true;
        QTest::newRow("an hour into a gap") << at(1.5) << qint64(3600) << at(3) << true;
        QTest::newRow("an hour back into a gap") << at(3.5) << qint64(-3600) << at(2) << true;
        QTest::newRow("over a blackout") << at(4, -1) << qint64(1) << at(4.5, 1) << true;
        QTest::newRow("back over a blackout") << at(4.5, 1) << qint64(-1) << at(4, -1) << true;
        QTest::newRow("the last second stays") << at(5) << qint64(1) << at(5) << true;
        QTest::newRow("an hour towards the future stops at the end")
                << at(4.75) << qint64(3600) << at(5) << true;
        QTest::newRow("the first second stays") << at(0) << qint64(-1) << at(0) << true;
        QTest::newRow("an hour back stops at the start") << at(0.5) << qint64(-3600) << at(0) << true;
    }

    void step()
    {
        QFETCH(QDateTime, start);
        QFETCH(qint64, seconds);
        QFETCH(QDateTime, expected);
        QFETCH(bool, moved);
        PitCursor cursor = sampleCursor();
        QVERIFY(!cursor.place(start).moved);
        const auto stepped = cursor.step(seconds);
        QCOMPARE(stepped.moment, expected);
        QCOMPARE(cursor.moment(), expected);
        QCOMPARE(stepped.moved, moved);
        QCOMPARE(stepped.reason.isEmpty(), !moved);
        QVERIFY(cursor.window().isRestorable(cursor.moment()));
    }

    void stepWithoutMomentDoesNothing()
    {
        PitCursor cursor = sampleCursor();
        const auto stepped = cursor.step(60);
        QVERIFY(!stepped.isValid());
        QVERIFY(!cursor.hasMoment());
    }

    void pointInTimeForms()
    {
        PitCursor cursor = sampleCursor();
        QCOMPARE(cursor.pointInTime(), PointInTime{});
        cursor.place(at(1, 7));
        const qint64 seconds = at(1, 7).toSecsSinceEpoch();
        QCOMPARE(cursor.pointInTime(), (PointInTime{seconds, {}, {}}));
        cursor.setOplogIncrement(5);
        QCOMPARE(cursor.pointInTime(), (PointInTime{{}, seconds, 5}));
        QCOMPARE(cursor.pointInTime().toDateTime(), at(1, 7));
        cursor.setOplogIncrement(0);
        QCOMPARE(cursor.pointInTime(), (PointInTime{seconds, {}, {}}));
        // A step leaves the oplog entry behind: the increment belonged to it.
        cursor.setOplogIncrement(3);
        cursor.step(1);
        QCOMPARE(cursor.pointInTime(), (PointInTime{seconds + 1, {}, {}}));
        QVERIFY(!cursor.oplogIncrement());
    }

    void placeAPointInTime()
    {
        PitCursor cursor = sampleCursor();
        const qint64 restorable = at(3, 9).toSecsSinceEpoch();
        QVERIFY(!cursor.place(PointInTime{{}, restorable, 4}).moved);
        QCOMPARE(cursor.pointInTime(), (PointInTime{{}, restorable, 4}));
        // An oplog entry in a gap moves to a whole second.
        const auto moved = cursor.place(PointInTime{{}, at(2, 5).toSecsSinceEpoch(), 4});
        QVERIFY(moved.moved);
        QCOMPARE(cursor.pointInTime(), (PointInTime{at(2).toSecsSinceEpoch(), {}, {}}));
        // An empty point clears the cursor.
        cursor.place(PointInTime{});
        QVERIFY(!cursor.hasMoment());
    }

    void withoutContinuousBackupNothingIsRestorable()
    {
        Cluster cluster = samplePitCluster();
        cluster.pitEnabled = false;
        PitCursor cursor(cluster, samplePitNow());
        QVERIFY(!cursor.isEnabled());
        const auto placed = cursor.place(at(1));
        QVERIFY(!placed.isValid());
        QVERIFY2(placed.reason.contains(u"does not have continuous cloud backup"_s),
                 qPrintable(placed.reason));
        QVERIFY(!cursor.hasMoment());
        QVERIFY(!PitCursor().isEnabled());
        QVERIFY(!PitCursor().place(at(1)).isValid());
    }

    void anEmptyHistoryMeansTheWholeWindow()
    {
        Cluster cluster = samplePitCluster();
        cluster.pit = {};
        PitCursor cursor(cluster, samplePitNow());
        QVERIFY(!cursor.place(at(-17)).moved);
        QCOMPARE(cursor.place(at(-19)).moment, at(-18));
        QCOMPARE(cursor.place(at(8)).moment, at(6));
    }

    void aWindowStartingInsideASecondStartsAtTheNext()
    {
        Cluster cluster = samplePitCluster();
        cluster.pit = {};
        PitCursor cursor(cluster, samplePitNow().addMSecs(500));
        // The window is [−18h + 0.5 s, 6h + 0.5 s]: −18h itself is too early.
        QCOMPARE(cursor.place(at(-19)).moment, at(-18, 1));
        QCOMPARE(cursor.place(at(7)).moment, at(6));
        QVERIFY(cursor.window().isRestorable(cursor.moment()));
    }
};

QTEST_APPLESS_MAIN(TestPitCursor)
#include "tst_timeline_pit_cursor.moc"
