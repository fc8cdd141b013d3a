// PitMomentText: the UTC and oplog forms of a point in time read what people
// paste (ISO 'T', Z, UTC, offsets, mongosh's Timestamp(…)), write what they
// read back, and refuse anything else in words.
#include "rules/rule_codes.h"
#include "timeline/pit_moment_text.h"

#include <QTest>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMoment(QDate(2026, 11, 20), QTime(14, 3, 7), Qt::UTC);

} // namespace

class TestPitMomentText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("plain") << u"2026-11-20 14:03:07"_s << kMoment;
        QTest::newRow("ISO T") << u"2026-11-20T14:03:07"_s << kMoment;
        QTest::newRow("Z") << u"2026-11-20T14:03:07Z"_s << kMoment;
        QTest::newRow("UTC") << u"2026-11-20 14:03:07 UTC"_s << kMoment;
        QTest::newRow("utc, spaces around") << u"  2026-11-20 14:03:07utc "_s << kMoment;
        QTest::newRow("offset") << u"2026-11-20T15:03:07+01:00"_s << kMoment;
        QTest::newRow("negative offset") << u"2026-11-20 09:03:07-0500"_s << kMoment;
        QTest::newRow("no seconds") << u"2026-11-20 14:03"_s << kMoment.addSecs(-7);
        QTest::newRow("single-digit month and day")
                << u"2026-1-2 03:04:05"_s << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    }

    void parseUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = PitMomentText::parseUtc(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void badUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << u"Enter a date and time"_s;
        QTest::newRow("words") << u"yesterday"_s << u"is not a date and time"_s;
        QTest::newRow("time only") << u"14:03:07"_s << u"is not a date and time"_s;
        QTest::newRow("month 13") << u"2026-13-01 00:00:00"_s << u"not a real date"_s;
        QTest::newRow("31 November") << u"2026-11-31 10:00:00"_s << u"not a real date"_s;
        QTest::newRow("hour 25") << u"2026-11-20 25:00:00"_s << u"not a real date or time"_s;
        QTest::newRow("fraction") << u"2026-11-20 14:03:07.250"_s << u"fraction of a second"_s;
        QTest::newRow("bad offset") << u"2026-11-20 14:03:07+19:00"_s << u"not a time-zone offset"_s;
        QTest::newRow("named zone") << u"2026-11-20 14:03:07 CET"_s << u"is not a date and time"_s;
    }

    void badUtc()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = PitMomentText::parseUtc(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, RuleCode::PitInvalid);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }

    void formatUtcRoundTrips()
    {
        QCOMPARE(PitMomentText::formatUtc(kMoment), u"2026-11-20 14:03:07 UTC"_s);
        QCOMPARE(*PitMomentText::parseUtc(PitMomentText::formatUtc(kMoment)), kMoment);
        // A moment in another zone is written in UTC.
        const QDateTime plusTwo = kMoment.toOffsetFromUtc(2 * 3600);
        QCOMPARE(PitMomentText::formatUtc(plusTwo), u"2026-11-20 14:03:07 UTC"_s);
        QCOMPARE(PitMomentText::formatUtc(QDateTime()), QString());
    }

    void parseOplog_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PointInTime>("expected");
        const PointInTime oplog{{}, 1763647387, 5};
        QTest::newRow("ts:inc") << u"1763647387:5"_s << oplog;
        QTest::newRow("spaces") << u" 1763647387 : 5 "_s << oplog;
        QTest::newRow("mongosh") << u"Timestamp(1763647387, 5)"_s << oplog;
        QTest::newRow("mongosh object") << u"Timestamp({ t: 1763647387, i: 5 })"_s << oplog;
        QTest::newRow("bare seconds") << u"1763647387"_s << PointInTime{1763647387, {}, {}};
        QTest::newRow("largest") << u"4294967295:4294967295"_s << PointInTime{{}, 4294967295LL, 4294967295LL};
    }

    void parseOplog()
    {
        QFETCH(QString, text);
        QFETCH(PointInTime, expected);
        const auto parsed = PitMomentText::parseOplog(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, expected);
        QCOMPARE(*PitMomentText::parseOplog(PitMomentText::formatOplog(expected)), expected);
    }

    void badOplog_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << u" "_s << u"Enter an oplog timestamp"_s;
        QTest::newRow("words") << u"latest"_s << u"is not an oplog timestamp"_s;
        QTest::newRow("no increment after the colon") << u"1763647387:"_s << u"is not an oplog timestamp"_s;
        QTest::newRow("three parts") << u"1763647387:5:6"_s << u"is not an oplog timestamp"_s;
        QTest::newRow("negative") << u"-1763647387:5"_s << u"is not an oplog timestamp"_s;
        QTest::newRow("increment 0") << u"1763647387:0"_s << u"counts from 1"_s;
        QTest::newRow("seconds too large") << u"4294967296:1"_s << u"too large for an oplog timestamp"_s;
        QTest::newRow("increment too large")
                << u"1763647387:99999999999"_s << u"too large for an oplog increment"_s;
        QTest::newRow("a date") << u"2026-11-20 14:03:07"_s << u"is not an oplog timestamp"_s;
    }

    void badOplog()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = PitMomentText::parseOplog(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, RuleCode::PitInvalid);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }

    void formatOplog()
    {
        QCOMPARE(PitMomentText::formatOplog(PointInTime{{}, 1763647387, 5}), u"1763647387:5"_s);
        QCOMPARE(PitMomentText::formatOplog(PointInTime{1763647387, {}, {}}), u"1763647387"_s);
        QCOMPARE(PitMomentText::formatOplog(PointInTime{}), QString());
    }
};

QTEST_APPLESS_MAIN(TestPitMomentText)
#include "tst_timeline_pit_text.moc"
