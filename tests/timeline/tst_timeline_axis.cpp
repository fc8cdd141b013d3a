// TimelineAxis: calendar-friendly UTC ticks from minutes to decades.
#include "timeline/timeline_axis.h"
#include "timeline_samples.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;
using namespace Qt::StringLiterals;

class TestTimelineAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticks_data()
    {
        QTest::addColumn<double>("spanHours");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QString>("secondLabel");
        const qint64 minute = 60'000;
        // The first tick carries the date; it falls on the range's start here.
        QTest::newRow("an hour") << 1.0 << 5 * minute << "1 Nov 2026"
                                 << "00:05";
        QTest::newRow("a day") << 24.0 << 3 * kHour << "1 Nov 2026"
                               << "03:00";
        QTest::newRow("a week") << 7 * 24.0 << kHour * 24 << "1 Nov 2026"
                                << "2 Nov";
        QTest::newRow("three months") << 90 * 24.0 << 7 * 24 * kHour << "2 Nov 2026"
                                      << "9 Nov";
        QTest::newRow("two years") << 2 * 8766.0 << 3 * 2'629'746'000LL << "Jan 2027"
                                   << "Apr";
        QTest::newRow("five years") << 5 * 8766.0 << 6 * 2'629'746'000LL << "Jan 2027"
                                    << "Jul";
        QTest::newRow("ten years") << 10 * 8766.0 << 12 * 2'629'746'000LL << "2027"
                                   << "2028";
        QTest::newRow("fifty years") << 50 * 8766.0 << 60 * 2'629'746'000LL << "2030"
                                     << "2035";
    }

    void ticks()
    {
        QFETCH(double, spanHours);
        QFETCH(qint64, step);
        QFETCH(QString, firstLabel);
        QFETCH(QString, secondLabel);
        const qint64 from = atHour(0);
        const qint64 to = atHour(spanHours);
        QCOMPARE(TimelineAxis::stepMs(from, to, 1200, 90), step);
        const auto ticks = TimelineAxis::ticks(from, to, 1200, 90);
        QVERIFY(ticks.size() >= 2);
        QVERIFY(ticks.size() <= 1200 / 90 + 1);
        QCOMPARE(ticks[0].label, firstLabel);
        QCOMPARE(ticks[1].label, secondLabel);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks[i].ms >= from && ticks[i].ms < to);
            if (i > 0)
                QVERIFY(ticks[i].ms > ticks[i - 1].ms);
        }
    }

    void weeksStartOnMonday()
    {
        const auto ticks = TimelineAxis::ticks(atHour(0), atHour(90 * 24), 1200, 90);
        for (const auto &tick : ticks)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(tick.ms, Qt::UTC).date().dayOfWeek(), 1);
    }

    void midnightIsMajorAndTheFirstTickIsDated()
    {
        const auto ticks = TimelineAxis::ticks(atHour(-6) + 1, atHour(6), 1200, 90);
        QCOMPARE(ticks.first().label, u"31 Oct 19:00"_s);
        QVERIFY(!ticks.first().major);
        bool sawMidnight = false;
        for (const auto &tick : ticks) {
            if (tick.ms == atHour(0)) {
                sawMidnight = true;
                QVERIFY(tick.major);
                QCOMPARE(tick.label, u"1 Nov"_s);
            }
        }
        QVERIFY(sawMidnight);
    }

    void nothingForAnEmptyRange()
    {
        QVERIFY(TimelineAxis::ticks(atHour(1), atHour(1), 1200, 90).isEmpty());
        QVERIFY(TimelineAxis::ticks(atHour(1), atHour(2), 0, 90).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTimelineAxis)
#include "tst_timeline_axis.moc"
