// `snapline preflight` end to end: the real binary (SNAPLINE_BINARY) is run
// with the sample facts in tests/data/preflight, and its exit code, stdout and
// stderr are checked against docs/preflight.md.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 30000;
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr int kExitRefused = 3;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataDir()
{
    const QByteArray fromEnv = qgetenv("SNAPLINE_TEST_DATA");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv) + QStringLiteral("/preflight");
    return QFINDTESTDATA("../data/preflight");
}

QString binary()
{
    const QByteArray fromEnv = qgetenv("SNAPLINE_BINARY");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    // Run by hand from the build tree: tests/ and app/ are siblings.
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/snapline"));
}

// "%DATA%" in an argument stands for the sample folder.
QStringList expand(const QStringList &arguments)
{
    QStringList out;
    for (const QString &a : arguments)
        out << QString(a).replace(QStringLiteral("%DATA%"), dataDir());
    return out;
}

QByteArray readSample(const QString &name)
{
    QFile file(QDir(dataDir()).absoluteFilePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(name));
    return file.readAll();
}

QStringList codesOf(const QJsonArray &findings)
{
    QStringList codes;
    for (const auto &f : findings)
        codes << f.toObject().value(u"code").toString();
    codes.sort();
    return codes;
}

} // namespace

class TestPreflightCli : public QObject
{
    Q_OBJECT

private:
    // Runs the binary; `input` (when not null) is written to its stdin.
    Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(binary(), expand(arguments));
        Run result;
        if (!process.waitForStarted(kTimeoutMs)) {
            qWarning("cannot start %s: %s", qPrintable(binary()), qPrintable(process.errorString()));
            return result;
        }
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished(kTimeoutMs);
            qWarning("%s did not finish within 30 s", qPrintable(binary()));
            return result;
        }
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // The JSON verdict on stdout, or an empty object (with a warning) when it is not JSON.
    static QJsonObject verdictOf(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("stdout is not a JSON object (%s):\n%s", qPrintable(error.errorString()),
                     r.out.constData());
            return {};
        }
        return doc.object();
    }

    static QByteArray describe(const Run &r)
    {
        return "exit " + QByteArray::number(r.exitCode) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QFileInfo info(binary());
        QVERIFY2(info.isExecutable(),
                 qPrintable(QStringLiteral("no snapline binary at %1 (set SNAPLINE_BINARY)").arg(binary())));
        QVERIFY2(QFileInfo(dataDir()).isDir(),
                 qPrintable(QStringLiteral("no sample folder %1").arg(dataDir())));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, kExitOk);
        QCOMPARE(r.out.trimmed(), QByteArray("snapline 0.1.0"));
    }

    void preflightHelp()
    {
        const Run r = run({QStringLiteral("preflight"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == kExitOk, describe(r).constData());
        for (const char *word : {"--facts", "--output", "Exit codes"})
            QVERIFY2(r.out.contains(word), describe(r).constData());
    }

    void allowed_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("deliveryType");
        QTest::addColumn<QString>("warning");
        QTest::newRow("restore 7.0 -> 8.0")
                << u"restore_allowed.json"_qs << u"automated"_qs << u"WARN_TARGET_DATA_REPLACED"_qs;
        QTest::newRow("docs example, point in time")
                << u"point_in_time.json"_qs << u"pointInTime"_qs << u"WARN_TARGET_DATA_REPLACED"_qs;
        QTest::newRow("Flex download")
                << u"download.json"_qs << u"download"_qs << u"WARN_DOWNLOAD_LINK_EXPIRES"_qs;
    }

    void allowed()
    {
        QFETCH(QString, sample);
        QFETCH(QString, deliveryType);
        QFETCH(QString, warning);
        const Run r = run({QStringLiteral("preflight"), QStringLiteral("--facts"), u"%DATA%/"_qs + sample});
        QVERIFY2(r.exitCode == kExitOk, describe(r).constData());
        QVERIFY2(r.err.isEmpty(), describe(r).constData());
        const QJsonObject verdict = verdictOf(r);
        QCOMPARE(verdict.value(u"allowed"), QJsonValue(true));
        QCOMPARE(verdict.value(u"action").toString(), u"restore"_qs);
        QCOMPARE(verdict.value(u"deliveryType").toString(), deliveryType);
        QVERIFY(verdict.value(u"violations").isArray());
        QVERIFY(verdict.value(u"violations").toArray().isEmpty());
        QVERIFY2(codesOf(verdict.value(u"warnings").toArray()).contains(warning), describe(r).constData());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("4.0 -> 4.4") << u"restore_refused.json"_qs << u"restore"_qs
                                    << QStringList{u"VERSION_TOO_FAR_AHEAD"_qs};
        QTest::newRow("every reason listed") << u"restore_refused_many.json"_qs << u"restore"_qs
                                             << QStringList{u"ROLE_MISSING"_qs, u"SNAPSHOT_NOT_COMPLETED"_qs,
                                                            u"TARGET_PAUSED"_qs, u"VERSION_TOO_FAR_AHEAD"_qs};
        QTest::newRow("compliance lock") << u"delete_snapshot_locked.json"_qs << u"deleteSnapshot"_qs
                                         << QStringList{u"COMPLIANCE_SNAPSHOT_DELETE_LOCKED"_qs};
    }

    void refused()
    {
        QFETCH(QString, sample);
        QFETCH(QString, action);
        QFETCH(QStringList, codes);
        const Run r = run({QStringLiteral("preflight"), QStringLiteral("--facts"), u"%DATA%/"_qs + sample});
        QVERIFY2(r.exitCode == kExitRefused, describe(r).constData());
        QVERIFY2(r.err.isEmpty(), describe(r).constData());
        const QJsonObject verdict = verdictOf(r);
        QCOMPARE(verdict.value(u"allowed"), QJsonValue(false));
        QCOMPARE(verdict.value(u"action").toString(), action);
        const QJsonArray violations = verdict.value(u"violations").toArray();
        codes.sort();
        QCOMPARE(codesOf(violations), codes);
        for (const auto &v : violations) {
            QVERIFY(!v.toObject().value(u"rule").toString().isEmpty());
            QVERIFY(!v.toObject().value(u"message").toString().isEmpty());
        }
    }

    void explicitJsonEqualsDefault()
    {
        const QStringList args{QStringLiteral("preflight"), QStringLiteral("--facts"),
                               u"%DATA%/restore_refused.json"_qs};
        const Run byDefault = run(args);
        const Run json = run(args + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, kExitRefused);
        QCOMPARE(json.out, byDefault.out);
    }

    void textOutput_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("refused") << u"restore_refused.json"_qs << kExitRefused
                                 << QStringList{u"REFUSED"_qs, u"VERSION_TOO_FAR_AHEAD"_qs,
                                                u"Restore it to a 4.2 cluster first"_qs};
        QTest::newRow("allowed") << u"restore_allowed.json"_qs << kExitOk
                                 << QStringList{u"ALLOWED"_qs, u"WARN_TARGET_DATA_REPLACED"_qs,
                                                u"orders-restore cannot take writes"_qs};
    }

    void textOutput()
    {
        QFETCH(QString, sample);
        QFETCH(int, exitCode);
        QFETCH(QStringList, contains);
        const Run r = run({QStringLiteral("preflight"), QStringLiteral("--facts"), u"%DATA%/"_qs + sample,
                           QStringLiteral("--output"), QStringLiteral("text")});
        QVERIFY2(r.exitCode == exitCode, describe(r).constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(!text.trimmed().startsWith(u'{'), describe(r).constData());
        for (const QString &piece : contains)
            QVERIFY2(text.contains(piece), qPrintable(piece + u'\n' + QString::fromUtf8(describe(r))));
    }

    void factsFromStdin_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("allowed") << u"restore_allowed.json"_qs << kExitOk;
        QTest::newRow("refused") << u"restore_refused.json"_qs << kExitRefused;
    }

    void factsFromStdin()
    {
        QFETCH(QString, sample);
        QFETCH(int, exitCode);
        const QStringList args{QStringLiteral("preflight"), QStringLiteral("--facts"), QStringLiteral("-")};
        const Run r = run(args, readSample(sample));
        QVERIFY2(r.exitCode == exitCode, describe(r).constData());
        const Run fromFile
                = run({QStringLiteral("preflight"), QStringLiteral("--facts"), u"%DATA%/"_qs + sample});
        QCOMPARE(r.out, fromFile.out);
        QCOMPARE(verdictOf(r).value(u"allowed"), QJsonValue(exitCode == kExitOk));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input"); // stdin, for --facts -
        QTest::addColumn<QStringList>("stderrContains");
        const QString preflight = QStringLiteral("preflight");
        const QString facts = QStringLiteral("--facts");
        const auto file = [&](const char *name) {
            return QStringList{preflight, facts, u"%DATA%/"_qs + QString::fromLatin1(name)};
        };
        const QByteArray none;
        QTest::newRow("missing file")
                << file("does-not-exist.json") << none << QStringList{u"does-not-exist.json"_qs};
        QTest::newRow("a directory") << QStringList{preflight, facts, u"%DATA%"_qs} << none
                                     << QStringList{u"directory"_qs};
        QTest::newRow("empty file") << file("empty.json") << none << QStringList{u"JSON"_qs};
        QTest::newRow("truncated JSON") << file("truncated.json") << none << QStringList{u"JSON"_qs};
        QTest::newRow("JSON array") << file("array.json") << none << QStringList{u"object"_qs};
        QTest::newRow("missing action") << file("missing_action.json") << none << QStringList{u"action"_qs};
        QTest::newRow("unknown action")
                << file("unknown_action.json") << none << QStringList{u"action"_qs, u"restoreEverything"_qs};
        QTest::newRow("missing now") << file("missing_now.json") << none << QStringList{u"now"_qs};
        QTest::newRow("missing cluster name")
                << file("missing_cluster_name.json") << none << QStringList{u"source.cluster.name"_qs};
        QTest::newRow("wrong type") << file("wrong_type.json") << none
                                    << QStringList{u"source.cluster.shardCount"_qs};
        QTest::newRow("bad tier") << file("bad_tier.json") << none
                                  << QStringList{u"source.cluster.tier"_qs, u"M3"_qs};
        QTest::newRow("unknown field")
                << file("unknown_field.json") << none << QStringList{u"target.cluster.pasued"_qs};
        QTest::newRow("stdin empty") << QStringList{preflight, facts, u"-"_qs} << QByteArray("")
                                     << QStringList{u"JSON"_qs};
        QTest::newRow("stdin truncated")
                << QStringList{preflight, facts, u"-"_qs} << QByteArray(R"({"action": "restore", "now": )")
                << QStringList{u"JSON"_qs};
        QTest::newRow("no --facts") << QStringList{preflight} << none << QStringList{u"--facts"_qs};
        QTest::newRow("--facts without a value")
                << QStringList{preflight, facts} << none << QStringList{u"facts"_qs};
        QTest::newRow("unknown option")
                << QStringList{preflight, u"--frobnicate"_qs} << none << QStringList{u"frobnicate"_qs};
        QTest::newRow("--output xml") << file("restore_allowed.json") + QStringList{u"--output"_qs, u"xml"_qs}
                                      << none << QStringList{u"xml"_qs};
        QTest::newRow("stray argument") << file("restore_allowed.json") + QStringList{u"extra"_qs} << none
                                        << QStringList{u"extra"_qs};
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, stderrContains);
        const Run r = run(arguments, input);
        QVERIFY2(r.exitCode == kExitBadInput, describe(r).constData());
        QVERIFY2(r.out.isEmpty(),
                 QByteArray("nothing may be written to stdout on bad input\n" + describe(r)).constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"snapline preflight: "), describe(r).constData());
        for (const QString &piece : stderrContains)
            QVERIFY2(err.contains(piece), qPrintable(piece + u'\n' + QString::fromUtf8(describe(r))));
    }
};

QTEST_GUILESS_MAIN(TestPreflightCli)
#include "tst_preflight_cli.moc"
