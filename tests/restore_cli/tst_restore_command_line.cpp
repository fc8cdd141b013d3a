// How `snapline preflight --profile …` and `snapline restore …` read their
// arguments: the forms of --at and --oplog, the one-source rule, the target's
// defaults, and every refusal named in words.
#include "cli/restore_command.h"
#include "cli/restore_command_line.h"

#include <QTest>

using namespace snapline;

namespace {

QStringList base()
{
    return {u"snapline"_qs,  u"preflight"_qs,    u"--profile"_qs, u"Local sandbox"_qs,
            u"--project"_qs, u"Platform-Dev"_qs, u"--cluster"_qs, u"platform-target"_qs};
}

} // namespace

class TestRestoreCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utcMoments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        const qint64 moment = QDateTime(QDate(2026, 11, 20), QTime(14, 3, 7), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("ISO with Z") << u"2026-11-20T14:03:07Z"_qs << moment;
        QTest::newRow("with a space") << u"2026-11-20 14:03:07"_qs << moment;
        QTest::newRow("ISO without Z") << u"2026-11-20T14:03:07"_qs << moment;
        QTest::newRow("UTC spelled out") << u"2026-11-20 14:03:07 UTC"_qs << moment;
        QTest::newRow("+00:00") << u"2026-11-20T14:03:07+00:00"_qs << moment;
        QTest::newRow("surrounding blanks") << u"  2026-11-20T14:03:07Z "_qs << moment;
        QTest::newRow("another offset") << u"2026-11-20T14:03:07+02:00"_qs << qint64(-1);
        QTest::newRow("no seconds") << u"2026-11-20 14:03"_qs << qint64(-1);
        QTest::newRow("fractions") << u"2026-11-20T14:03:07.5Z"_qs << qint64(-1);
        QTest::newRow("30 February") << u"2026-02-30 10:00:00"_qs << qint64(-1);
        QTest::newRow("hour 24") << u"2026-11-20 24:00:00"_qs << qint64(-1);
        QTest::newRow("words") << u"yesterday"_qs << qint64(-1);
        QTest::newRow("seconds since 1970") << u"1763647387"_qs << qint64(-1);
    }

    void utcMoments()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = RestoreCommandLine::parseUtc(text);
        if (seconds < 0) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.startsWith(u"--at: "), qPrintable(parsed.error().message));
            QVERIFY(parsed.error().message.contains(u"2026-11-20T14:03:07Z"));
        } else {
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
            QCOMPARE(*parsed, seconds);
        }
    }

    void oplogTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ts"); // -1: refused
        QTest::addColumn<qint64>("inc");
        QTest::newRow("seconds and increment") << u"1763647387:5"_qs << qint64(1763647387) << qint64(5);
        QTest::newRow("increment 0") << u"1763647387:0"_qs << qint64(1763647387) << qint64(0);
        QTest::newRow("largest") << u"4294967295:4294967295"_qs << qint64(4294967295) << qint64(4294967295);
        QTest::newRow("no increment") << u"1763647387"_qs << qint64(-1) << qint64(0);
        QTest::newRow("seconds 0") << u"0:5"_qs << qint64(-1) << qint64(0);
        QTest::newRow("past 32 bits") << u"4294967296:1"_qs << qint64(-1) << qint64(0);
        QTest::newRow("negative") << u"-5:1"_qs << qint64(-1) << qint64(0);
        QTest::newRow("letters") << u"ts:inc"_qs << qint64(-1) << qint64(0);
        QTest::newRow("a date") << u"2026-11-20T14:03:07Z"_qs << qint64(-1) << qint64(0);
    }

    void oplogTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ts);
        QFETCH(qint64, inc);
        const auto parsed = RestoreCommandLine::parseOplog(text);
        if (ts < 0) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.startsWith(u"--oplog: "), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY(parsed);
        QVERIFY(parsed->isOplog());
        QCOMPARE(parsed->oplogTs, std::optional<qint64>(ts));
        QCOMPARE(parsed->oplogInc, std::optional<qint64>(inc));
    }

    void readsAnOrder()
    {
        RestoreCommandLine line(RestoreCommandLine::Command::Restore);
        QStringList args = base();
        args[1] = u"restore"_qs;
        args << u"--at"_qs << u"2026-11-20 14:03:07"_qs << u"--target-cluster"_qs << u"platform-old"_qs
             << u"--confirm"_qs << u"platform-old"_qs << u"--wait"_qs << u"--output"_qs << u"json"_qs;
        const auto parsed = line.parse(args);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->profile, u"Local sandbox"_qs);
        QCOMPARE(parsed->targetProject, u"Platform-Dev"_qs); // the source's project unless told
        QCOMPARE(parsed->targetCluster, u"platform-old"_qs);
        QVERIFY(parsed->pointInTime && !parsed->pointInTime->isOplog());
        QVERIFY(!parsed->snapshotId);
        QVERIFY(parsed->wait && parsed->json && !parsed->offline);
        QCOMPARE(parsed->confirmationName(), u"platform-old"_qs);
        QVERIFY(RestoreCommand::confirmationProblem(*parsed).isEmpty());
    }

    void aDownloadIsConfirmedByTheSourceName()
    {
        RestoreCommandLine line(RestoreCommandLine::Command::Restore);
        QStringList args = base();
        args[1] = u"restore"_qs;
        args << u"--snapshot"_qs << u"abc"_qs << u"--delivery"_qs << u"download"_qs << u"--confirm"_qs
             << u"platform-old"_qs;
        const auto parsed = line.parse(args);
        QVERIFY(parsed);
        QVERIFY(parsed->isDownload());
        QVERIFY(parsed->targetCluster.isEmpty() && parsed->targetProject.isEmpty());
        QCOMPARE(parsed->confirmationName(), u"platform-target"_qs);
        const QString problem = RestoreCommand::confirmationProblem(*parsed);
        QVERIFY2(problem.contains(u"nothing was sent") && problem.contains(u"--confirm platform-target"),
                 qPrintable(problem));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("named");
        const QString into = u"--target-cluster"_qs;
        QTest::newRow("no source") << u"preflight"_qs << QStringList{into, u"x"_qs} << u"--oplog TS:INC"_qs;
        QTest::newRow("snapshot and moment")
                << u"preflight"_qs << QStringList{u"--snapshot"_qs,          u"s"_qs, u"--at"_qs,
                                                  u"2026-11-20 14:03:07"_qs, into,    u"x"_qs}
                << u"not several"_qs;
        QTest::newRow("moment and oplog")
                << u"preflight"_qs
                << QStringList{u"--oplog"_qs, u"1:1"_qs, u"--at"_qs, u"2026-11-20 14:03:07"_qs, into, u"x"_qs}
                << u"not several"_qs;
        QTest::newRow("no target") << u"preflight"_qs << QStringList{u"--snapshot"_qs, u"s"_qs}
                                   << u"--target-cluster NAME"_qs;
        QTest::newRow("download into a cluster")
                << u"preflight"_qs
                << QStringList{u"--snapshot"_qs, u"s"_qs, u"--delivery"_qs, u"download"_qs, into, u"x"_qs}
                << u"leave out --target-project"_qs;
        QTest::newRow("unknown delivery")
                << u"preflight"_qs << QStringList{u"--snapshot"_qs, u"s"_qs, u"--delivery"_qs, u"tape"_qs}
                << u"tape"_qs;
        QTest::newRow("output xml") << u"preflight"_qs
                                    << QStringList{u"--snapshot"_qs, u"s"_qs,        into,
                                                   u"x"_qs,          u"--output"_qs, u"xml"_qs}
                                    << u"xml"_qs;
        QTest::newRow("facts and profile")
                << u"preflight"_qs << QStringList{u"--facts"_qs, u"f.json"_qs} << u"not both"_qs;
        QTest::newRow("stray word") << u"preflight"_qs << QStringList{u"now"_qs} << u"now"_qs;
        QTest::newRow("restore offline")
                << u"restore"_qs << QStringList{u"--snapshot"_qs, u"s"_qs, into, u"x"_qs, u"--offline"_qs}
                << u"--offline"_qs;
        QTest::newRow("restore from a file")
                << u"restore"_qs << QStringList{u"--facts"_qs, u"f.json"_qs} << u"facts"_qs;
    }

    void refusals()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, extra);
        QFETCH(QString, named);
        RestoreCommandLine line(command == u"restore" ? RestoreCommandLine::Command::Restore
                                                      : RestoreCommandLine::Command::Preflight);
        QStringList args = base();
        args[1] = command;
        const auto parsed = line.parse(args + extra);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
    }

    void helpNamesEveryOptionAndTheExitCodes()
    {
        RestoreCommandLine preflight(RestoreCommandLine::Command::Preflight);
        QVERIFY(preflight.parse({u"snapline"_qs, u"preflight"_qs, u"--help"_qs}));
        QVERIFY(preflight.helpAsked());
        for (const char *word : {"--profile", "--snapshot", "--at", "--oplog", "--target-project",
                                 "--offline", "--facts", "Exit codes", "3 refused"})
            QVERIFY2(preflight.helpText().contains(QLatin1String(word)), word);
        RestoreCommandLine restore(RestoreCommandLine::Command::Restore);
        QVERIFY(restore.parse({u"snapline"_qs, u"restore"_qs, u"-h"_qs}));
        for (const char *word : {"--confirm", "--wait", "4 the restore ran", "130"})
            QVERIFY2(restore.helpText().contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestRestoreCommandLine)
#include "tst_restore_command_line.moc"
