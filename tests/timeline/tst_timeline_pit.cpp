// TimelinePit: what the PIT band says under the pointer — restorable, gap,
// blackout — to the second, as PitWindow counts it.
#include "timeline/timeline_pit.h"
#include "timeline_samples.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestTimelinePit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateAt_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        using S = TimelinePit::State;
        QTest::newRow("before the window") << atHour(-2) << int(S::None) << qint64(0) << qint64(0);
        QTest::newRow("window before first range")
                << atHour(-0.5) << int(S::Unavailable) << atHour(-1) << atHour(0) - 1;
        QTest::newRow("first range start") << atHour(0) << int(S::Restorable) << atHour(0) << atHour(2);
        QTest::newRow("first range end") << atHour(2) << int(S::Restorable) << atHour(0) << atHour(2);
        QTest::newRow("gap") << atHour(2.5) << int(S::Gap) << atHour(2) + 1000 << atHour(3) - 1000;
        QTest::newRow("gap's first partial second")
                << atHour(2) + 500 << int(S::Gap) << atHour(2) + 1 << atHour(3) - 1;
        QTest::newRow("second range") << atHour(3.5) << int(S::Restorable) << atHour(3) << atHour(5);
        QTest::newRow("blackout wins") << atHour(4.25) << int(S::Blackout) << atHour(4) << atHour(4.5);
        QTest::newRow("blackout end") << atHour(4.5) << int(S::Blackout) << atHour(4) << atHour(4.5);
        QTest::newRow("after last range") << atHour(5.5) << int(S::Unavailable) << atHour(5) + 1 << atHour(6);
        QTest::newRow("after the window") << atHour(7) << int(S::None) << qint64(0) << qint64(0);
    }

    void stateAt()
    {
        QFETCH(qint64, ms);
        QFETCH(int, state);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto pit = TimelinePit::fromHistory(samplePit(), samplePitWindow());
        TimelineSpan span;
        QCOMPARE(int(pit.stateAt(ms, &span)), state);
        if (state != int(TimelinePit::State::None))
            QCOMPARE(span, (TimelineSpan{from, to}));
    }

    void gapsAndWindow()
    {
        const auto pit = TimelinePit::fromHistory(samplePit(), samplePitWindow());
        QVERIFY(!pit.isEmpty());
        QCOMPARE(pit.window(), (TimelineSpan{atHour(-1), atHour(6)}));
        QCOMPARE(pit.gaps(), (std::vector<TimelineSpan>{{atHour(2) + 1000, atHour(3) - 1000}}));
        QCOMPARE(pit.blackouts().size(), 1u);
    }

    void withoutWindowTheBandSpansTheRanges()
    {
        const auto pit = TimelinePit::fromHistory(samplePit());
        QCOMPARE(pit.window(), (TimelineSpan{atHour(0), atHour(5)}));
        QCOMPARE(pit.stateAt(atHour(-0.5)), TimelinePit::State::None);
    }

    void noRangesInAWindowMeansAllRestorable()
    {
        PitHistory history;
        history.blackouts = samplePit().blackouts;
        const auto pit = TimelinePit::fromHistory(history, samplePitWindow());
        QCOMPARE(pit.restorable(), (std::vector<TimelineSpan>{{atHour(-1), atHour(6)}}));
        QCOMPARE(pit.stateAt(atHour(1)), TimelinePit::State::Restorable);
        QCOMPARE(pit.stateAt(atHour(4.1)), TimelinePit::State::Blackout);
    }

    void nothingKnown()
    {
        const auto pit = TimelinePit::fromHistory({});
        QVERIFY(pit.isEmpty());
        QCOMPARE(pit.stateAt(atHour(1)), TimelinePit::State::None);
    }

    void rangesAreSortedMergedAndClipped()
    {
        const auto pit = TimelinePit::fromSpans({{50, 60}, {0, 10}, {5, 20}, {21, 30}, {70, 65}}, {{25, 200}},
                                                TimelineSpan{2, 55});
        QCOMPARE(pit.restorable(), (std::vector<TimelineSpan>{{2, 30}, {50, 55}}));
        QCOMPARE(pit.blackouts(), (std::vector<TimelineSpan>{{25, 55}}));
    }

    void visible_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("all") << qint64(0) << qint64(100) << 0 << 3;
        QTest::newRow("none before") << qint64(-10) << qint64(0) << 0 << 0;
        QTest::newRow("touching a start") << qint64(-10) << qint64(1) << 0 << 1;
        QTest::newRow("inside one") << qint64(22) << qint64(25) << 1 << 2;
        QTest::newRow("between") << qint64(11) << qint64(20) << 1 << 1;
        QTest::newRow("ending at an end") << qint64(10) << qint64(21) << 0 << 2;
        QTest::newRow("after") << qint64(51) << qint64(60) << 3 << 3;
    }

    void visible()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, first);
        QFETCH(int, last);
        const std::vector<TimelineSpan> spans{{0, 10}, {20, 30}, {40, 50}};
        const auto [f, l] = TimelinePit::visible(spans, from, to);
        QCOMPARE(int(f), first);
        QCOMPARE(int(l), last);
    }
};

QTEST_APPLESS_MAIN(TestTimelinePit)
#include "tst_timeline_pit.moc"
