// The arguments of `snapline report`: dates and periods, the format from the
// output's name, signing, and a sentence naming what is wrong.
#include "cli/report_arguments.h"

#include <QTest>

using namespace snapline;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 30), Qt::UTC);

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Result<ReportArguments> read(const QStringList &rest)
{
    return ReportArgumentReader::read(
            QStringList{QStringLiteral("snapline"), QStringLiteral("report")} + rest, kNow);
}

} // namespace

class TestReportArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("endOfDay");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("a day starts") << QStringLiteral("2026-11-01") << false << utc("2026-11-01T00:00:00Z");
        QTest::newRow("a day ends") << QStringLiteral("2026-11-30") << true << utc("2026-12-01T00:00:00Z");
        QTest::newRow("utc time") << QStringLiteral("2026-11-01T06:30:00Z") << true
                                  << utc("2026-11-01T06:30:00Z");
        QTest::newRow("offset") << QStringLiteral("2026-11-01T08:30:00+02:00") << false
                                << utc("2026-11-01T06:30:00Z");
        QTest::newRow("no offset is utc")
                << QStringLiteral("2026-11-01T06:30") << false << utc("2026-11-01T06:30:00Z");
        QTest::newRow("now") << QStringLiteral("now") << true << kNow;
        QTest::newRow("not a day") << QStringLiteral("2026-02-30") << false << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday") << false << QDateTime();
    }

    void moments()
    {
        QFETCH(QString, text);
        QFETCH(bool, endOfDay);
        QFETCH(QDateTime, expected);
        const auto moment = ReportArgumentReader::parseMoment(text, endOfDay, kNow);
        QCOMPARE(moment.has_value(), expected.isValid());
        if (moment)
            QCOMPARE(*moment, expected);
    }

    void aWholeRequest()
    {
        const auto a
                = read({QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--kind"),
                        QStringLiteral("restore-activity"), QStringLiteral("--scope"),
                        QStringLiteral("cluster:6650a1/ledger"), QStringLiteral("--from"),
                        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                        QStringLiteral("--out"), QStringLiteral("/tmp/r.zip"), QStringLiteral("--page"),
                        QStringLiteral("Letter"), QStringLiteral("--key"), QStringLiteral("/keys/k.pem"),
                        QStringLiteral("--sync")});
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->profile, QStringLiteral("prod"));
        QCOMPARE(toString(a->kind), QStringLiteral("restores"));
        QCOMPARE(a->scope->toString(), QStringLiteral("cluster:6650a1/ledger"));
        QCOMPARE(a->from, utc("2026-11-01T00:00:00Z"));
        QCOMPARE(a->to, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(toString(a->format), QStringLiteral("csv"));
        QCOMPARE(a->outputPath, QStringLiteral("/tmp/r.zip"));
        QCOMPARE(toString(a->pageSize), QStringLiteral("letter"));
        QVERIFY(a->signing.mode == ReportSigning::Mode::PemFile);
        QCOMPARE(a->signing.keyPath, QStringLiteral("/keys/k.pem"));
        QVERIFY(a->sync);
    }

    void defaults()
    {
        const auto a
                = read({QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--kind"),
                        QStringLiteral("coverage"), QStringLiteral("--days"), QStringLiteral("30"),
                        QStringLiteral("--out"), QStringLiteral("/tmp/r.PDF"), QStringLiteral("--sign")});
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QVERIFY(!a->scope);
        QCOMPARE(a->to, kNow);
        QCOMPARE(a->from, kNow.addDays(-30));
        QCOMPARE(toString(a->format), QStringLiteral("pdf"));
        QCOMPARE(toString(a->pageSize), QStringLiteral("a4"));
        QVERIFY(a->signing.mode == ReportSigning::Mode::SnaplineKey);
        QVERIFY(!a->sync);
        // A posture report is as of a moment: no period needed.
        const auto posture
                = read({QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--kind"),
                        QStringLiteral("posture"), QStringLiteral("--out"), QStringLiteral("p.json")});
        QVERIFY(posture);
        QVERIFY(!posture->from.isValid());
        QCOMPARE(toString(posture->format), QStringLiteral("json"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QStringList base{QStringLiteral("--profile"), QStringLiteral("p"),     QStringLiteral("--kind"),
                               QStringLiteral("coverage"),  QStringLiteral("--out"), QStringLiteral("r.pdf")};
        QTest::newRow("no kind") << QStringList{QStringLiteral("--profile"), QStringLiteral("p")}
                                 << QStringLiteral("--kind is missing");
        QTest::newRow("from and days") << base
                        + QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                      QStringLiteral("--days"), QStringLiteral("3")}
                                       << QStringLiteral("not both");
        QTest::newRow("days not a number")
                << base + QStringList{QStringLiteral("--days"), QStringLiteral("week")}
                << QStringLiteral("not a number of days");
        QTest::newRow("bad page") << base
                        + QStringList{QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--page"),
                                      QStringLiteral("a3")}
                                  << QStringLiteral("not a page size");
        QTest::newRow("bad format") << base
                        + QStringList{QStringLiteral("--days"), QStringLiteral("3"),
                                      QStringLiteral("--format"), QStringLiteral("xlsx")}
                                    << QStringLiteral("not a format");
        QTest::newRow("stray word") << base
                        + QStringList{QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("please")}
                                    << QStringLiteral("Unexpected argument \"please\"");
        QTest::newRow("cluster scope without name") << base
                        + QStringList{QStringLiteral("--days"), QStringLiteral("3"),
                                      QStringLiteral("--scope"), QStringLiteral("cluster:abc")}
                                                    << QStringLiteral("cluster:PROJECT_ID/NAME");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const auto a = read(arguments);
        QVERIFY(!a);
        QCOMPARE(a.error().code, QStringLiteral("report.arguments"));
        QVERIFY2(a.error().message.contains(says), qPrintable(a.error().message));
    }
};

QTEST_GUILESS_MAIN(TestReportArguments)
#include "tst_report_arguments.moc"
