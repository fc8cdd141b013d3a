// PitWindow: where a cluster can be restored to, to the second, and the
// nearest restorable moment the timeline cursor snaps to.
#include "facts_builder.h"
#include "rules/pit_window.h"

#include <QTest>

using namespace snapline;
using snapline::test::utc;

namespace {

// now = 2026-11-24T12:00:00Z, window 7 days, restorable ranges with one gap
// (20th 08:00–09:30) and one blackout (22nd 10:00–10:30).
Cluster pitCluster()
{
    Cluster c = test::cluster(QStringLiteral("orders"), QStringLiteral("M30"), QStringLiteral("7.0.14"));
    c.backupKind = BackupKind::CloudContinuous;
    c.pitEnabled = true;
    c.restoreWindowDays = 7;
    c.pit.restorable = {{utc("2026-11-16T00:00:00Z"), utc("2026-11-20T08:00:00Z")},
                        {utc("2026-11-20T09:30:00Z"), utc("2026-11-24T11:59:00Z")}};
    c.pit.blackouts = {{utc("2026-11-22T10:00:00Z"), utc("2026-11-22T10:30:00Z")}};
    return c;
}

} // namespace

class TestPitWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void obstacles_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<QList<int>>("expected");
        using O = PitWindow::Obstacle;
        QTest::newRow("inside") << "2026-11-21T00:00:00Z" << QList<int>{};
        QTest::newRow("window start, restorable") << "2026-11-17T12:00:00Z" << QList<int>{};
        QTest::newRow("one second before window")
                << "2026-11-17T11:59:59Z" << QList<int>{int(O::BeforeWindow)};
        QTest::newRow("end of first range") << "2026-11-20T08:00:00Z" << QList<int>{};
        QTest::newRow("gap first second") << "2026-11-20T08:00:01Z" << QList<int>{int(O::Gap)};
        QTest::newRow("gap last second") << "2026-11-20T09:29:59Z" << QList<int>{int(O::Gap)};
        QTest::newRow("start of second range") << "2026-11-20T09:30:00Z" << QList<int>{};
        QTest::newRow("blackout start") << "2026-11-22T10:00:00Z" << QList<int>{int(O::Blackout)};
        QTest::newRow("blackout end") << "2026-11-22T10:30:00Z" << QList<int>{int(O::Blackout)};
        QTest::newRow("after blackout") << "2026-11-22T10:30:01Z" << QList<int>{};
        QTest::newRow("after newest oplog")
                << "2026-11-24T11:59:30Z" << QList<int>{int(O::AfterNewestRestorable)};
        QTest::newRow("future") << "2026-11-24T12:00:01Z" << QList<int>{int(O::Future)};
        QTest::newRow("before window (said once)")
                << "2026-11-10T00:00:00Z" << QList<int>{int(O::BeforeWindow)};
    }

    void obstacles()
    {
        QFETCH(QString, moment);
        QFETCH(QList<int>, expected);
        const PitWindow window(pitCluster(), utc(test::kNow));
        QList<int> actual;
        for (auto o : window.obstaclesAt(QDateTime::fromString(moment, Qt::ISODate)))
            actual << int(o);
        QCOMPARE(actual, expected);
    }

    void notEnabled()
    {
        Cluster c = pitCluster();
        c.pitEnabled = false;
        const PitWindow window(c, utc(test::kNow));
        QVERIFY(!window.isEnabled());
        QCOMPARE(window.obstaclesAt(utc("2026-11-21T00:00:00Z")),
                 QList<PitWindow::Obstacle>{PitWindow::Obstacle::NotEnabled});
        QVERIFY(!window.nearestRestorable(utc("2026-11-21T00:00:00Z")));
    }

    void wholeWindowWhenNoRangesKnown()
    {
        Cluster c = pitCluster();
        c.pit = {};
        const PitWindow window(c, utc(test::kNow));
        QCOMPARE(window.restorableRanges(), (TimeRanges{{utc("2026-11-17T12:00:00Z"), utc(test::kNow)}}));
        QVERIFY(window.isRestorable(utc(test::kNow)));
    }

    void restorableRangesClipAndCut()
    {
        const PitWindow window(pitCluster(), utc(test::kNow));
        const TimeRanges expected{{utc("2026-11-17T12:00:00Z"), utc("2026-11-20T08:00:00Z")},
                                  {utc("2026-11-20T09:30:00Z"), utc("2026-11-22T09:59:59Z")},
                                  {utc("2026-11-22T10:30:01Z"), utc("2026-11-24T11:59:00Z")}};
        QCOMPARE(window.restorableRanges(), expected);
        QCOMPARE(window.gaps(), (TimeRanges{{utc("2026-11-20T08:00:01Z"), utc("2026-11-20T09:29:59Z")}}));
    }

    void nearestSnapsOutOfGapsAndBlackouts_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<QString>("nearest");
        QTest::newRow("restorable stays") << "2026-11-21T06:07:08Z"
                                          << "2026-11-21T06:07:08Z";
        QTest::newRow("early in gap → before it") << "2026-11-20T08:10:00Z"
                                                  << "2026-11-20T08:00:00Z";
        QTest::newRow("late in gap → after it") << "2026-11-20T09:20:00Z"
                                                << "2026-11-20T09:30:00Z";
        QTest::newRow("gap middle tie → earlier") << "2026-11-20T08:45:00Z"
                                                  << "2026-11-20T08:00:00Z";
        QTest::newRow("blackout start → before") << "2026-11-22T10:05:00Z"
                                                 << "2026-11-22T09:59:59Z";
        QTest::newRow("blackout end → after") << "2026-11-22T10:29:00Z"
                                              << "2026-11-22T10:30:01Z";
        QTest::newRow("future → newest") << "2026-11-25T00:00:00Z"
                                         << "2026-11-24T11:59:00Z";
        QTest::newRow("before window → window start") << "2026-11-01T00:00:00Z"
                                                      << "2026-11-17T12:00:00Z";
    }

    void nearestSnapsOutOfGapsAndBlackouts()
    {
        QFETCH(QString, moment);
        QFETCH(QString, nearest);
        const PitWindow window(pitCluster(), utc(test::kNow));
        const auto snapped = window.nearestRestorable(QDateTime::fromString(moment, Qt::ISODate));
        QVERIFY(snapped);
        QCOMPARE(snapped->toString(Qt::ISODate), nearest);
        QVERIFY(window.isRestorable(*snapped));
    }

    void serverlessWindowIs72Hours()
    {
        Cluster c = test::cluster(QStringLiteral("edge"), QStringLiteral("SERVERLESS"),
                                  QStringLiteral("8.0.3"));
        QVERIFY(c.hasPointInTime());
        const PitWindow window(c, utc(test::kNow));
        QCOMPARE(window.bounds().from, utc("2026-11-21T12:00:00Z"));
        QVERIFY(window.isRestorable(utc("2026-11-21T12:00:00Z")));
        QVERIFY(!window.isRestorable(utc("2026-11-21T11:59:59Z")));
    }
};

QTEST_GUILESS_MAIN(TestPitWindow)
#include "tst_pit_window.moc"
