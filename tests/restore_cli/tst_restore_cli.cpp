// `snapline preflight --profile …` and `snapline restore …` end to end: the
// real binary (SNAPLINE_BINARY) with its built-in "Local sandbox" profile,
// whose sandbox runs inside each snapline process, in a temporary home (HOME
// and the XDG folders) with no keychain. Checks exit codes, what is printed,
// and what reached Atlas, read back from the profile's catalog: its restore
// jobs and its audit log.
#include "catalog/catalog.h"
#include "rules/rule_codes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>

using namespace snapline;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitRefused = 3;
constexpr int kExitInterrupted = 130;
constexpr int kTimeoutMs = 180000;
using Variables = QMap<QString, QString>;
// Sandbox seconds per wall second while a test waits for a restore to end.
const Variables kFastClock{{QStringLiteral("SNAPLINE_SANDBOX_TIME_SCALE"), QStringLiteral("600")}};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QByteArray why(const QByteArray &what, const Run &run)
{
    return what + '\n' + run.describe();
}

QString binary()
{
    const QByteArray fromEnv = qgetenv("SNAPLINE_BINARY");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/snapline"));
}

QStringList codesOf(const QJsonObject &verdict, const char *kind)
{
    QStringList codes;
    for (const QJsonValue &f : verdict.value(QLatin1String(kind)).toArray())
        codes << f.toObject().value(u"code").toString();
    return codes;
}

QString jobIdIn(const QByteArray &text)
{
    static const QRegularExpression id(QStringLiteral("Atlas accepted the restore: job ([0-9a-f]{24})"));
    return id.match(QString::fromUtf8(text)).captured(1);
}

} // namespace

class TestRestoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_platform;
    QString m_analytics;
    QString m_payments;
    QString m_newest;     // platform-target's newest snapshot (8.0)
    QString m_seventy;    // platform-target's newest 7.0 snapshot, from before its upgrade
    QString m_events;     // analytics-events' newest snapshot
    QString m_threeShard; // analytics-shards3's newest snapshot

    QProcessEnvironment environment(const Variables &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        // No keychain: the built-in profile's secret must not reach the real user's.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/snapline/no-bus"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"SNAPLINE_SANDBOX_") || name.startsWith(u"MONGODB_ATLAS_"))
                env.remove(name);
        }
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    Run run(const QStringList &arguments, const Variables &extra = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        process.start(binary(), arguments);
        Run result;
        if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            qWarning("snapline %s did not finish", qPrintable(arguments.join(u' ')));
        } else if (process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QStringList order(const QString &command, const QString &project, const QString &cluster,
                             const QStringList &rest)
    {
        return QStringList{command,         u"--profile"_qs, u"Local sandbox"_qs, u"--project"_qs, project,
                           u"--cluster"_qs, cluster}
        + rest;
    }

    std::unique_ptr<Catalog> catalog() const
    {
        const QDir dir(m_home.filePath(QStringLiteral("data/Snapline/snapline/catalogs")));
        const QStringList files = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        if (files.size() != 1)
            qFatal("expected one catalog in %s, found %lld", qPrintable(dir.path()), qlonglong(files.size()));
        return std::move(Catalog::openReader(dir.filePath(files.first()), Clock::system())).value();
    }

    QString newestSnapshot(const QString &projectId, const QString &cluster,
                           const std::function<bool(const Snapshot &)> &wanted = {}) const
    {
        const QList<Snapshot> all = catalog()->snapshots(projectId, cluster).valueOr({});
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->isCompleted() && (!wanted || wanted(*it)))
                return it->id;
        }
        return {};
    }

    QList<AuditEntry> audit(const QString &action) const
    {
        AuditFilter filter;
        filter.action = action;
        return catalog()->auditLog(filter).valueOr({});
    }

    std::optional<RestoreJob> restoreJob(const QString &projectId, const QString &cluster,
                                         const QString &id) const
    {
        for (const RestoreJob &job : catalog()->restoreJobs(projectId, cluster).valueOr({})) {
            if (job.id == id)
                return job;
        }
        return std::nullopt;
    }

    qsizetype restoreJobCount(const QString &projectId, const QString &cluster) const
    {
        return catalog()->restoreJobs(projectId, cluster).valueOr({}).size();
    }

    // A second an hour ago, well inside payments-api's PIT window and past its restores.
    static qint64 anHourAgo() { return QDateTime::currentSecsSinceEpoch() / 60 * 60 - 3600; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(u"no snapline binary at "_qs + binary()));
        QVERIFY(m_home.isValid());
        // Everything the built-in sandbox holds, read into a fresh catalog: the snapshot ids the cases use.
        const Run sync = run({u"sync"_qs, u"--profile"_qs, u"Local sandbox"_qs, u"--output"_qs, u"json"_qs});
        QVERIFY2(sync.exitCode == kExitOk, sync.describe().constData());
        QCOMPARE(sync.json().value(u"projects").toInt(), 3);
        for (const Organization &org : catalog()->organizations().valueOr({})) {
            for (const Project &p : catalog()->projects(org.id).valueOr({})) {
                if (p.name == u"Platform-Dev")
                    m_platform = p.id;
                else if (p.name == u"Analytics")
                    m_analytics = p.id;
                else if (p.name == u"Payments")
                    m_payments = p.id;
            }
        }
        QVERIFY(!m_platform.isEmpty() && !m_analytics.isEmpty() && !m_payments.isEmpty());
        m_newest = newestSnapshot(m_platform, u"platform-target"_qs);
        m_seventy = newestSnapshot(m_platform, u"platform-target"_qs,
                                   [](const Snapshot &s) { return s.mongodVersion.majorNumber() == 7; });
        m_events = newestSnapshot(m_analytics, u"analytics-events"_qs);
        m_threeShard = newestSnapshot(m_analytics, u"analytics-shards3"_qs);
        QVERIFY2(!m_seventy.isEmpty(), "platform-target keeps 7.0 snapshots from before its upgrade");
        QVERIFY(!m_newest.isEmpty() && m_newest != m_seventy && !m_events.isEmpty()
                && !m_threeShard.isEmpty());
    }

    void helpNamesTheCommandsAndExitCodes()
    {
        const Run top = run({u"--help"_qs});
        QCOMPARE(top.exitCode, kExitOk);
        for (const char *word : {"preflight --profile", "restore", "--confirm", "Exit codes", "130"})
            QVERIFY2(top.out.contains(word), top.describe().constData());
        const Run restore = run({u"restore"_qs, u"--help"_qs});
        QCOMPARE(restore.exitCode, kExitOk);
        for (const char *word : {"--confirm", "--wait", "--oplog", "Exit codes"})
            QVERIFY2(restore.out.contains(word), restore.describe().constData());
    }

    void preflightAllowed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("deliveryType");
        QTest::addColumn<QJsonObject>("body"); // fields the request's body must hold
        const qint64 at = anHourAgo();
        const QString atText = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_qs);
        QTest::newRow("a snapshot into its own cluster, project by id")
                << order(u"preflight"_qs, m_platform, u"platform-target"_qs,
                         {u"--snapshot"_qs, m_newest, u"--target-cluster"_qs, u"platform-target"_qs})
                << m_platform << u"automated"_qs
                << QJsonObject{{u"snapshotId"_qs, m_newest},
                               {u"targetClusterName"_qs, u"platform-target"_qs}};
        QTest::newRow("a second, project by name")
                << order(u"preflight"_qs, u"Payments"_qs, u"payments-api"_qs,
                         {u"--at"_qs, atText, u"--target-project"_qs, u"payments"_qs, u"--target-cluster"_qs,
                          u"payments-api"_qs})
                << m_payments << u"pointInTime"_qs
                << QJsonObject{{u"pointInTimeUTCSeconds"_qs, at}, {u"targetGroupId"_qs, m_payments}};
        QTest::newRow("an oplog timestamp") << order(
                u"preflight"_qs, u"Payments"_qs, u"payments-api"_qs,
                {u"--oplog"_qs, QStringLiteral("%1:5").arg(at), u"--target-cluster"_qs, u"payments-api"_qs})
                                            << m_payments << u"pointInTime"_qs
                                            << QJsonObject{{u"oplogTs"_qs, at}, {u"oplogInc"_qs, 5}};
        QTest::newRow("a download") << order(u"preflight"_qs, u"Analytics"_qs, u"analytics-events"_qs,
                                             {u"--snapshot"_qs, m_events, u"--delivery"_qs, u"download"_qs})
                                    << m_analytics << u"download"_qs
                                    << QJsonObject{{u"deliveryType"_qs, u"download"_qs}};
    }

    void preflightAllowed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, projectId);
        QFETCH(QString, deliveryType);
        QFETCH(QJsonObject, body);
        const QString cluster = arguments.at(arguments.indexOf(u"--cluster"_qs) + 1);

        const Run text = run(arguments);
        QVERIFY2(text.exitCode == kExitOk, text.describe().constData());
        const QByteArray path = QStringLiteral("POST /api/atlas/v2/groups/%1/clusters/%2/backup/restoreJobs")
                                        .arg(projectId, cluster)
                                        .toUtf8();
        for (const QByteArray &piece : {QByteArray("ALLOWED"), QByteArray("read from Atlas just now"),
                                        QByteArray("The request that would be sent:"), path})
            QVERIFY2(text.out.contains(piece), why(piece, text).constData());

        const Run json = run(arguments + QStringList{u"--output"_qs, u"json"_qs});
        QVERIFY2(json.exitCode == kExitOk, json.describe().constData());
        const QJsonObject out = json.json();
        const QJsonObject verdict = out.value(u"verdict").toObject();
        QCOMPARE(verdict.value(u"allowed"), QJsonValue(true));
        QCOMPARE(verdict.value(u"deliveryType").toString(), deliveryType);
        QVERIFY(codesOf(verdict, "violations").isEmpty());
        const QJsonObject request = out.value(u"request").toObject();
        QCOMPARE(request.value(u"method").toString(), u"POST"_qs);
        QCOMPARE(request.value(u"path").toString(), QString::fromUtf8(path.mid(5)));
        for (auto it = body.begin(); it != body.end(); ++it)
            QVERIFY2(request.value(u"body").toObject().value(it.key()) == it.value(),
                     qPrintable(it.key() + u'\n' + QString::fromUtf8(json.out)));
        QCOMPARE(out.value(u"offline"), QJsonValue(false));
        QCOMPARE(out.value(u"sent"), QJsonValue(false));
        QVERIFY(out.value(u"job").isNull());
        QCOMPARE(out.value(u"source").toObject().value(u"projectId").toString(), projectId);
        QCOMPARE(out.value(u"source").toObject().value(u"cluster").toString(), cluster);
        QCOMPARE(out.value(u"destination").toObject().value(u"delivery").toString(),
                 deliveryType == u"download" ? u"download"_qs : u"automated"_qs);
    }

    void preflightRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("a 7.0 snapshot into 6.0")
                << order(u"preflight"_qs, u"Platform-Dev"_qs, u"platform-target"_qs,
                         {u"--snapshot"_qs, m_seventy, u"--target-cluster"_qs, u"platform-old"_qs})
                << RuleCode::VersionDowngrade
                << QStringList{u"MongoDB 7.0"_qs, u"older 6.0"_qs,
                               u"never restores to an older major release"_qs};
        QTest::newRow("three shards into two")
                << order(u"preflight"_qs, u"Analytics"_qs, u"analytics-shards3"_qs,
                         {u"--snapshot"_qs, m_threeShard, u"--target-cluster"_qs, u"analytics-warehouse"_qs})
                << RuleCode::TopologyShardCountMismatch << QStringList{u"3"_qs, u"2"_qs};
    }

    void preflightRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QStringList, words);
        const Run text = run(arguments);
        QVERIFY2(text.exitCode == kExitRefused, text.describe().constData());
        QVERIFY2(text.out.contains("REFUSED") && text.out.contains(code.toUtf8())
                         && text.out.contains("The request (refused: it will not be sent):"),
                 text.describe().constData());
        for (const QString &word : words)
            QVERIFY2(text.out.contains(word.toUtf8()), why(word.toUtf8(), text).constData());

        const Run json = run(arguments + QStringList{u"--output"_qs, u"json"_qs});
        QVERIFY2(json.exitCode == kExitRefused, json.describe().constData());
        const QJsonObject verdict = json.json().value(u"verdict").toObject();
        QCOMPARE(verdict.value(u"allowed"), QJsonValue(false));
        QVERIFY2(codesOf(verdict, "violations").contains(code), json.describe().constData());
        QVERIFY(!json.json().value(u"request").toObject().value(u"body").toObject().isEmpty());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what stderr must name
        const QString platform = u"Platform-Dev"_qs;
        const QString target = u"platform-target"_qs;
        const QStringList into{u"--target-cluster"_qs, u"platform-old"_qs};
        const auto preflight
                = [&](const QStringList &rest) { return order(u"preflight"_qs, platform, target, rest); };
        const auto restore
                = [&](const QStringList &rest) { return order(u"restore"_qs, platform, target, rest); };
        QTest::newRow("no source") << preflight(into) << u"--snapshot ID, --at UTC or --oplog TS:INC"_qs;
        QTest::newRow("a snapshot and a moment") << preflight(
                QStringList{u"--snapshot"_qs, m_newest, u"--at"_qs, u"2026-11-20T14:03:07Z"_qs} + into)
                                                 << u"not several"_qs;
        QTest::newRow("oplog without increment")
                << preflight(QStringList{u"--oplog"_qs, u"1763647387"_qs} + into) << u"--oplog"_qs;
        QTest::newRow("oplog in words")
                << preflight(QStringList{u"--oplog"_qs, u"ts:5"_qs} + into) << u"--oplog"_qs;
        QTest::newRow("a moment with an offset")
                << preflight(QStringList{u"--at"_qs, u"2026-11-20T14:03:07+02:00"_qs} + into) << u"in UTC"_qs;
        QTest::newRow("a moment in words")
                << preflight(QStringList{u"--at"_qs, u"yesterday"_qs} + into) << u"--at"_qs;
        QTest::newRow("no target") << preflight({u"--snapshot"_qs, m_newest}) << u"--target-cluster NAME"_qs;
        QTest::newRow("a download into a cluster")
                << preflight(QStringList{u"--snapshot"_qs, m_newest, u"--delivery"_qs, u"download"_qs} + into)
                << u"leave out --target-project"_qs;
        QTest::newRow("no profile") << QStringList{u"preflight"_qs, u"--project"_qs, platform,
                                                   u"--cluster"_qs, target}
                                    << u"--profile NAME is required"_qs;
        QTest::newRow("an unknown profile")
                << (QStringList{u"preflight"_qs, u"--profile"_qs, u"nobody"_qs, u"--project"_qs, platform,
                                u"--cluster"_qs, target, u"--snapshot"_qs, m_newest}
                    + into)
                << u"no profile named \"nobody\""_qs;
        QTest::newRow("an unknown cluster") << order(u"preflight"_qs, platform, u"platform-gone"_qs,
                                                     QStringList{u"--snapshot"_qs, m_newest} + into)
                                            << u"no cluster named \"platform-gone\""_qs;
        QTest::newRow("an unknown target cluster")
                << preflight({u"--snapshot"_qs, m_newest, u"--target-cluster"_qs, u"nowhere"_qs})
                << u"no cluster named \"nowhere\""_qs;
        QTest::newRow("an unknown project") << order(u"preflight"_qs, u"Marketing"_qs, target,
                                                     QStringList{u"--snapshot"_qs, m_newest} + into)
                                            << u"no project \"Marketing\""_qs;
        QTest::newRow("an unknown snapshot")
                << preflight(QStringList{u"--snapshot"_qs, u"000000000000000000000000"_qs} + into)
                << u"no snapshot 000000000000000000000000"_qs;
        QTest::newRow("restore offline") << restore(
                QStringList{u"--snapshot"_qs, m_newest, u"--confirm"_qs, u"platform-old"_qs, u"--offline"_qs}
                + into) << u"--offline"_qs;
        QTest::newRow("restore without --confirm")
                << restore(QStringList{u"--snapshot"_qs, m_newest} + into) << u"nothing was sent"_qs;
        QTest::newRow("restore confirmed with the source's name")
                << restore(QStringList{u"--snapshot"_qs, m_newest, u"--confirm"_qs, target} + into)
                << u"--confirm platform-target does not name platform-old"_qs;
        QTest::newRow("a download confirmed with another name")
                << restore({u"--snapshot"_qs, m_newest, u"--delivery"_qs, u"download"_qs, u"--confirm"_qs,
                            u"platform-old"_qs})
                << u"--confirm platform-target"_qs;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const qsizetype submitted = audit(u"restore.submit"_qs).size();
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == kExitBadInput, r.describe().constData());
        QVERIFY2(r.out.isEmpty(), why("nothing goes to stdout on bad arguments", r).constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"snapline "_qs + arguments.first() + u": "_qs), r.describe().constData());
        QVERIFY2(err.contains(named), qPrintable(named + u'\n' + QString::fromUtf8(r.describe())));
        QCOMPARE(audit(u"restore.submit"_qs).size(), submitted);
    }

    void offlineSaysItJudgedFromTheCatalog()
    {
        const QStringList arguments = order(
                u"preflight"_qs, u"Platform-Dev"_qs, u"platform-target"_qs,
                {u"--snapshot"_qs, m_newest, u"--target-cluster"_qs, u"platform-target"_qs, u"--offline"_qs});
        const Run text = run(arguments);
        QVERIFY2(text.exitCode == kExitOk, text.describe().constData());
        QVERIFY2(text.out.contains("offline: judged from the catalog as of ")
                         && text.out.contains("--offline") && text.out.contains("ALLOWED")
                         && !text.out.contains("read from Atlas just now"),
                 text.describe().constData());

        const Run json = run(arguments + QStringList{u"--output"_qs, u"json"_qs});
        QVERIFY2(json.exitCode == kExitOk, json.describe().constData());
        const QJsonObject out = json.json();
        QCOMPARE(out.value(u"offline"), QJsonValue(true));
        const QDateTime asOf = QDateTime::fromString(out.value(u"catalogAsOf").toString(), Qt::ISODate);
        QVERIFY2(asOf.isValid() && asOf <= QDateTime::currentDateTimeUtc(), json.describe().constData());
        QVERIFY(QDateTime::fromString(out.value(u"rolesLearnedAt").toString(), Qt::ISODate).isValid());
        QVERIFY(out.value(u"offlineReason").toString().contains(u"--offline"));
    }

    void aRefusedRestoreSendsNothing()
    {
        const qsizetype jobs = restoreJobCount(m_platform, u"platform-target"_qs);
        const qsizetype submitted = audit(u"restore.submit"_qs).size();
        const Run r = run(order(u"restore"_qs, u"Platform-Dev"_qs, u"platform-target"_qs,
                                {u"--snapshot"_qs, m_seventy, u"--target-cluster"_qs, u"platform-old"_qs,
                                 u"--confirm"_qs, u"platform-old"_qs, u"--wait"_qs}));
        QVERIFY2(r.exitCode == kExitRefused, r.describe().constData());
        QVERIFY2(r.out.contains("REFUSED") && r.out.contains(RuleCode::VersionDowngrade.toUtf8()),
                 r.describe().constData());
        QVERIFY2(r.err.contains("nothing was sent") && jobIdIn(r.out).isEmpty(), r.describe().constData());
        // Atlas's list of platform-target's restore jobs, read again: no new one.
        const Run sync = run({u"sync"_qs, u"--profile"_qs, u"Local sandbox"_qs, u"--project"_qs, m_platform});
        QVERIFY2(sync.exitCode == kExitOk, sync.describe().constData());
        QCOMPARE(restoreJobCount(m_platform, u"platform-target"_qs), jobs);
        QCOMPARE(audit(u"restore.submit"_qs).size(), submitted);
    }

    void aRestoreWithoutWaitPrintsTheJob()
    {
        const QString snapshot = newestSnapshot(m_analytics, u"analytics-etl"_qs);
        const Run r = run(order(u"restore"_qs, m_analytics, u"analytics-etl"_qs,
                                {u"--snapshot"_qs, snapshot, u"--target-cluster"_qs, u"analytics-etl"_qs,
                                 u"--confirm"_qs, u"analytics-etl"_qs, u"--output"_qs, u"json"_qs}));
        QVERIFY2(r.exitCode == kExitOk, r.describe().constData());
        const QJsonObject out = r.json();
        QCOMPARE(out.value(u"outcome").toString(), u"submitted"_qs);
        QCOMPARE(out.value(u"sent"), QJsonValue(true));
        const QJsonObject job = out.value(u"job").toObject();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{24}$"_qs).match(job.value(u"id").toString()).hasMatch(),
                 r.describe().constData());
        QCOMPARE(job.value(u"state").toString(), u"inProgress"_qs);
        QCOMPARE(job.value(u"targetClusterName").toString(), u"analytics-etl"_qs);
        QCOMPARE(out.value(u"request").toObject().value(u"body").toObject().value(u"snapshotId").toString(),
                 snapshot);
        const QList<AuditEntry> submitted = audit(u"restore.submit"_qs);
        QVERIFY(!submitted.isEmpty());
        QCOMPARE(submitted.first().apiStatus, std::optional<int>(200));
        QVERIFY(submitted.first().apiSummary.contains(job.value(u"id").toString()));
    }

    void aRestoreFollowedToItsEnd()
    {
        const qsizetype submitted = audit(u"restore.submit"_qs).size();
        const Run r = run(order(u"restore"_qs, u"Analytics"_qs, u"analytics-events"_qs,
                                {u"--snapshot"_qs, m_events, u"--target-cluster"_qs, u"analytics-events"_qs,
                                 u"--confirm"_qs, u"analytics-events"_qs, u"--wait"_qs}),
                          kFastClock);
        QVERIFY2(r.exitCode == kExitOk, r.describe().constData());
        const QString id = jobIdIn(r.out);
        QVERIFY2(!id.isEmpty(), r.describe().constData());
        QVERIFY2(r.out.contains("ALLOWED")
                         && r.out.contains(QString(u"Atlas completed restore job "_qs + id).toUtf8()),
                 r.describe().constData());
        // Not a terminal: one plain line per stage, never rewritten in place.
        const QList<QByteArray> lines = r.err.split('\n');
        for (const char *stage :
             {"Checking the rules", "Sending the restore request to Atlas", "Updating the catalog"})
            QVERIFY2(lines.contains(stage), why(stage, r).constData());
        QVERIFY2(r.err.contains(QString(u"Atlas is running restore job "_qs + id).toUtf8()),
                 r.describe().constData());
        QVERIFY(!r.err.contains('\r'));

        const auto job = restoreJob(m_analytics, u"analytics-events"_qs, id);
        QVERIFY(job);
        QVERIFY(job->state() == RestoreJobState::Completed);
        QCOMPARE(audit(u"restore.submit"_qs).size(), submitted + 1);
        const QList<AuditEntry> finished = audit(u"restore.finish"_qs);
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.first().apiSummary, QStringLiteral("job %1 completed").arg(id));
    }

    void aDownloadFollowedToItsLinks()
    {
        const QString snapshot = newestSnapshot(m_analytics, u"analytics-reports"_qs);
        const Run r = run(order(u"restore"_qs, u"Analytics"_qs, u"analytics-reports"_qs,
                                {u"--snapshot"_qs, snapshot, u"--delivery"_qs, u"download"_qs,
                                 u"--confirm"_qs, u"analytics-reports"_qs, u"--wait"_qs}),
                          kFastClock);
        QVERIFY2(r.exitCode == kExitOk, r.describe().constData());
        QVERIFY2(!jobIdIn(r.out).isEmpty(), r.describe().constData());
        QVERIFY2(r.out.contains("Download links (they expire ") && r.out.contains("\n  https://"),
                 r.describe().constData());
    }

    void ctrlCStopsFollowingButNotTheRestore()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(),
                      order(u"restore"_qs, u"Platform-Dev"_qs, u"platform-target"_qs,
                            {u"--snapshot"_qs, m_newest, u"--target-cluster"_qs, u"platform-target"_qs,
                             u"--confirm"_qs, u"platform-target"_qs, u"--wait"_qs}));
        QVERIFY(process.waitForStarted(kTimeoutMs));
        // Ctrl+C once Atlas has the job: a restore of 20 s or more at the sandbox's wall-clock pace.
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (jobIdIn(out).isEmpty() && waited.elapsed() < kTimeoutMs
               && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        const QString id = jobIdIn(out);
        QVERIFY2(!id.isEmpty(), out.constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(kTimeoutMs));
        Run r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = out + process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        QVERIFY2(r.exitCode == kExitInterrupted, r.describe().constData());
        QVERIFY2(r.err.contains(QString(u"Stopped following restore job "_qs + id
                                        + u"; the restore goes on in Atlas"_qs)
                                        .toUtf8()),
                 r.describe().constData());

        // Atlas was not asked to cancel it: it still runs.
        const auto job = restoreJob(m_platform, u"platform-target"_qs, id);
        QVERIFY(job);
        QVERIFY(!job->cancelled);
        QVERIFY(audit(u"restore.cancel"_qs).isEmpty());
    }

    void anUnreachableAtlasSendsNothing()
    {
        // Credentials from the environment for an Atlas that listens nowhere, and an empty catalog.
        const Variables nowhere{
                {u"MONGODB_ATLAS_PUBLIC_API_KEY"_qs, u"ABCDEFGH"_qs},
                {u"MONGODB_ATLAS_PRIVATE_API_KEY"_qs, u"00000000-0000-0000-0000-000000000000"_qs},
                {u"MONGODB_ATLAS_OPS_MANAGER_URL"_qs, u"https://127.0.0.1:9/"_qs}};
        const Run r
                = run({u"restore"_qs, u"--profile"_qs, u"env"_qs, u"--project"_qs, u"Platform-Dev"_qs,
                       u"--cluster"_qs, u"platform-target"_qs, u"--snapshot"_qs, m_newest,
                       u"--target-cluster"_qs, u"platform-target"_qs, u"--confirm"_qs, u"platform-target"_qs},
                      nowhere);
        QVERIFY2(r.exitCode == kExitFailure, r.describe().constData());
        QVERIFY2(r.err.contains("Atlas could not be reached") && jobIdIn(r.out).isEmpty(),
                 r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestRestoreCli)
#include "tst_restore_cli.moc"
