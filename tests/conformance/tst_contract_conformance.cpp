// Every request and response of a full scenario, sent through Prism's
// validating proxy of the official contract (../shared/conformance/prism):
// any `sl-violations` header fails the test.
#include "service/sandbox_service.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace snapline::sandbox;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Step
{
    QByteArray method;
    QString path; // {Payments}, {Analytics}, {Platform-Dev}, {org} are replaced
    QByteArray version;
    QByteArray body;
    int status; // expected
};

} // namespace

Q_DECLARE_METATYPE(Step)

class TestContractConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenario_data();
    void scenario();
    void snapshots();
    void schedules();
    void restores();
    void compliance();
    void clusterChanges();
    void exportsAndEvents();

private:
    QNetworkReply *send(const Step &step);
    // Sends one step through the proxy, fails on a contract violation or an
    // unexpected status, and returns the JSON answer.
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &version, int status,
                     const QByteArray &body = {});
    QString firstCompletedSnapshot(const QString &project, const QString &cluster);
    QString expand(QString path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxService> m_sandbox;
    QString m_prismPid;
    quint16 m_proxyPort = 0;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};

void TestContractConformance::initTestCase()
{
    const QString prism = qEnvironmentVariable("SNAPLINE_PRISM");
    QVERIFY2(QFile::exists(prism), qPrintable(u"SNAPLINE_PRISM does not name the prism script: "_qs + prism));

    SandboxOptions options;
    options.dataDir = m_dir.path();
    options.plainHttp = true;
    auto sandbox = SandboxService::start(options);
    QVERIFY2(sandbox.ok(), sandbox.ok() ? "" : qPrintable(sandbox.error().message));
    m_sandbox = std::move(sandbox).value();

    m_proxyPort = freePort();
    QProcess start;
    start.start(QStringLiteral("bash"),
                {prism, QStringLiteral("proxy"), QString::number(m_proxyPort),
                 m_sandbox->endpoint().url.toString()});
    // The sandbox must keep answering while Prism starts: spin the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(start.state() == QProcess::NotRunning, 240000);
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    m_prismPid = QString::fromLatin1(start.readAllStandardOutput()).trimmed();

    // A service account's bearer token, fetched from the sandbox itself.
    CredentialRow owner;
    for (const auto &c : m_sandbox->credentials()) {
        if (c.kind == u"serviceAccount" && c.description.startsWith(u"Owner"))
            owner = c;
    }
    QNetworkRequest tokenRequest(QUrl(m_sandbox->endpoint().url.toString() + u"/api/oauth/token"_qs));
    tokenRequest.setRawHeader("Authorization",
                              "Basic " + (owner.id + u':' + owner.secret).toUtf8().toBase64());
    tokenRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QNetworkReply *reply = m_network.post(tokenRequest, "grant_type=client_credentials");
    QTRY_VERIFY(reply->isFinished());
    m_token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token").toString().toLatin1();
    reply->deleteLater();
    QVERIFY(!m_token.isEmpty());
}

void TestContractConformance::cleanupTestCase()
{
    if (!m_prismPid.isEmpty())
        QProcess::execute(QStringLiteral("kill"), {m_prismPid});
}

QString TestContractConformance::expand(QString path) const
{
    for (const auto &project : m_sandbox->store().projects())
        path.replace(u'{' + project.name + u'}', project.id);
    path.replace(u"{org}"_qs, m_sandbox->store().orgs().first().id);
    return path;
}

QNetworkReply *TestContractConformance::send(const Step &step)
{
    QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxyPort).arg(expand(step.path))));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/vnd.atlas." + step.version + "+json");
    if (!step.body.isEmpty())
        request.setRawHeader("Content-Type", "application/vnd.atlas." + step.version + "+json");
    return m_network.sendCustomRequest(request, step.method, step.body);
}

void TestContractConformance::scenario_data()
{
    QTest::addColumn<Step>("step");
    const auto add = [](const char *name, Step step) { QTest::newRow(name) << step; };
    add("root", {"GET", u"/api/atlas/v2"_qs, "2023-01-01", {}, 200});
    add("orgs", {"GET", u"/api/atlas/v2/orgs"_qs, "2023-01-01", {}, 200});
    add("org", {"GET", u"/api/atlas/v2/orgs/{org}"_qs, "2023-01-01", {}, 200});
    add("org projects", {"GET", u"/api/atlas/v2/orgs/{org}/groups?itemsPerPage=2"_qs, "2023-01-01", {}, 200});
    add("projects", {"GET", u"/api/atlas/v2/groups"_qs, "2023-01-01", {}, 200});
    add("project", {"GET", u"/api/atlas/v2/groups/{Payments}"_qs, "2023-01-01", {}, 200});
    add("clusters", {"GET", u"/api/atlas/v2/groups/{Analytics}/clusters"_qs, "2024-08-05", {}, 200});
    add("cluster sharded",
        {"GET", u"/api/atlas/v2/groups/{Payments}/clusters/payments-ledger"_qs, "2024-08-05", {}, 200});
    add("cluster tenant",
        {"GET", u"/api/atlas/v2/groups/{Platform-Dev}/clusters/dev-free"_qs, "2024-08-05", {}, 200});
    add("cluster missing",
        {"GET", u"/api/atlas/v2/groups/{Payments}/clusters/nope"_qs, "2024-08-05", {}, 404});
    add("flex clusters",
        {"GET", u"/api/atlas/v2/groups/{Platform-Dev}/flexClusters"_qs, "2024-11-13", {}, 200});
    add("flex cluster",
        {"GET", u"/api/atlas/v2/groups/{Platform-Dev}/flexClusters/dev-flex"_qs, "2024-11-13", {}, 200});
    add("serverless", {"GET", u"/api/atlas/v2/groups/{Platform-Dev}/serverless"_qs, "2023-01-01", {}, 200});
    add("flex snapshots",
        {"GET",
         u"/api/atlas/v2/groups/{Platform-Dev}/flexClusters/dev-flex/backup/snapshots"_qs,
         "2024-11-13",
         {},
         200});
    add("flex restore jobs",
        {"GET",
         u"/api/atlas/v2/groups/{Platform-Dev}/flexClusters/dev-flex/backup/restoreJobs"_qs,
         "2024-11-13",
         {},
         200});
    add("legacy snapshots",
        {"GET",
         u"/api/atlas/v2/groups/{Analytics}/clusters/analytics-legacy/snapshots"_qs,
         "2023-01-01",
         {},
         200});
    add("legacy checkpoints",
        {"GET",
         u"/api/atlas/v2/groups/{Analytics}/clusters/analytics-legacy/backupCheckpoints"_qs,
         "2023-01-01",
         {},
         200});
    add("restore jobs",
        {"GET",
         u"/api/atlas/v2/groups/{Payments}/clusters/payments-api/backup/restoreJobs"_qs,
         "2023-01-01",
         {},
         200});
    add("payments schedule",
        {"GET",
         u"/api/atlas/v2/groups/{Payments}/clusters/payments-ledger/backup/schedule"_qs,
         "2024-08-05",
         {},
         200});
}

void TestContractConformance::scenario()
{
    QFETCH(Step, step);
    QNetworkReply *reply = send(step);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    const QByteArray violations = reply->rawHeader("sl-violations");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    QVERIFY2(violations.isEmpty(), QByteArray(violations + "\nbody: " + body.left(2000)).constData());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), step.status);
}

QJsonObject TestContractConformance::call(const QByteArray &method, const QString &path,
                                          const QByteArray &version, int status, const QByteArray &body)
{
    QNetworkReply *reply = send({method, path, version, body, status});
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray violations = reply->rawHeader("sl-violations");
    const QByteArray answer = reply->readAll();
    const int actual = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    const QByteArray where = method + ' ' + expand(path).toUtf8();
    if (!violations.isEmpty())
        QTest::qFail(QByteArray(where + " broke the contract: " + violations + "\nbody: " + answer.left(1500))
                             .constData(),
                     __FILE__, __LINE__);
    else if (actual != status)
        QTest::qFail(QByteArray(where + ": status " + QByteArray::number(actual) + ", expected "
                                + QByteArray::number(status) + "\nbody: " + answer.left(1500))
                             .constData(),
                     __FILE__, __LINE__);
    return QJsonDocument::fromJson(answer).object();
}

QString TestContractConformance::firstCompletedSnapshot(const QString &project, const QString &cluster)
{
    const QJsonObject list = call(
            "GET",
            QStringLiteral("/api/atlas/v2/groups/{%1}/clusters/%2/backup/snapshots").arg(project, cluster),
            "2023-01-01", 200);
    for (const auto &item : list.value(u"results").toArray()) {
        if (item.toObject().value(u"status").toString() == u"completed")
            return item.toObject().value(u"id").toString();
    }
    return {};
}

void TestContractConformance::snapshots()
{
    const QString etl
            = QStringLiteral("/api/atlas/v2/groups/{Analytics}/clusters/analytics-etl/backup/snapshots");
    const QString snapshot
            = firstCompletedSnapshot(QStringLiteral("Analytics"), QStringLiteral("analytics-etl"));
    QVERIFY(!snapshot.isEmpty());
    call("GET", etl + u'/' + snapshot, "2023-01-01", 200);
    call("GET",
         QStringLiteral(
                 "/api/atlas/v2/groups/{Payments}/clusters/payments-ledger/backup/snapshots/shardedClusters"),
         "2023-01-01", 200);
    const QJsonObject taken = call("POST", etl, "2023-01-01", 200,
                                   R"({"description": "conformance run", "retentionInDays": 3})");
    QCOMPARE(taken.value(u"status").toString(), u"queued"_qs);
    call("POST", etl, "2023-01-01", 400, R"({"description": "second", "retentionInDays": 3})");
    call("PATCH", etl + u'/' + snapshot, "2023-01-01", 200,
         R"({"retentionUnit": "DAYS", "retentionValue": 40})");
    call("DELETE", etl + u'/' + snapshot, "2023-01-01", 204);
    call("GET", etl + u'/' + snapshot, "2023-01-01", 404);
    // Under the compliance policy nobody deletes a snapshot.
    const QString locked = firstCompletedSnapshot(QStringLiteral("Payments"), QStringLiteral("payments-api"));
    call("DELETE",
         QStringLiteral("/api/atlas/v2/groups/{Payments}/clusters/payments-api/backup/snapshots/") + locked,
         "2023-01-01", 400);
}

void TestContractConformance::schedules()
{
    const QString etl
            = QStringLiteral("/api/atlas/v2/groups/{Analytics}/clusters/analytics-etl/backup/schedule");
    const QJsonObject schedule = call("GET", etl, "2024-08-05", 200);
    QVERIFY(schedule.contains(u"policies"));
    call("GET", etl, "2023-01-01", 200);
    call("PATCH", etl, "2024-08-05", 200,
         R"({"referenceHourOfDay": 4, "referenceMinuteOfHour": 30,
             "policies": [{"policyItems": [
                 {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
                 {"frequencyType": "daily", "frequencyInterval": 1, "retentionUnit": "days", "retentionValue": 14},
                 {"frequencyType": "weekly", "frequencyInterval": 6, "retentionUnit": "weeks", "retentionValue": 8}]}]})");
    call("PATCH", etl, "2024-08-05", 400,
         R"({"policies": [{"policyItems": [{"frequencyType": "hourly", "frequencyInterval": 5,
                                             "retentionUnit": "days", "retentionValue": 2}]}]})");
    call("DELETE", QStringLiteral("/api/atlas/v2/groups/{Payments}/clusters/payments-api/backup/schedule"),
         "2024-08-05", 400);
}

void TestContractConformance::restores()
{
    const QString jobs
            = QStringLiteral("/api/atlas/v2/groups/{Analytics}/clusters/analytics-etl/backup/restoreJobs");
    const QString snapshot
            = firstCompletedSnapshot(QStringLiteral("Analytics"), QStringLiteral("analytics-etl"));
    const QString target = expand(QStringLiteral("{Analytics}"));
    const QJsonObject job = call("POST", jobs, "2023-01-01", 200,
                                 QStringLiteral(R"({"deliveryType": "automated", "snapshotId": "%1",
                                                   "targetClusterName": "analytics-reports", "targetGroupId": "%2"})")
                                         .arg(snapshot, target)
                                         .toUtf8());
    const QString id = job.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    call("GET", jobs, "2023-01-01", 200);
    call("GET", jobs + u'/' + id, "2023-01-01", 200);
    call("DELETE", jobs + u'/' + id, "2023-01-01", 204);
    call("POST", jobs, "2023-01-01", 200,
         QStringLiteral(R"({"deliveryType": "download", "snapshotId": "%1"})").arg(snapshot).toUtf8());
    // 4.2 → 6.0 is two majors up: refused.
    call("POST", jobs, "2023-01-01", 400,
         QStringLiteral(R"({"deliveryType": "automated", "snapshotId": "%1",
                           "targetClusterName": "platform-old", "targetGroupId": "%2"})")
                 .arg(snapshot, expand(QStringLiteral("{Platform-Dev}")))
                 .toUtf8());
}

void TestContractConformance::compliance()
{
    call("GET", QStringLiteral("/api/atlas/v2/groups/{Payments}/backupCompliancePolicy"), "2023-10-01", 200);
    call("GET", QStringLiteral("/api/atlas/v2/groups/{Analytics}/backupCompliancePolicy"), "2023-10-01", 404);
    call("PUT", QStringLiteral("/api/atlas/v2/groups/{Payments}/backupCompliancePolicy"), "2023-10-01", 400,
         R"({"authorizedEmail": "someone@example.com", "authorizedUserFirstName": "Some",
             "authorizedUserLastName": "One", "pitEnabled": false})");
    call("DELETE", QStringLiteral("/api/atlas/v2/groups/{Payments}/backupCompliancePolicy"), "2024-11-13",
         400);
}

void TestContractConformance::clusterChanges()
{
    call("PATCH", QStringLiteral("/api/atlas/v2/groups/{Analytics}/clusters/analytics-reports"), "2024-10-23",
         200, R"({"pitEnabled": true})");
    call("PATCH", QStringLiteral("/api/atlas/v2/groups/{Payments}/clusters/payments-api"), "2024-10-23", 400,
         R"({"backupEnabled": false})");
}

void TestContractConformance::exportsAndEvents()
{
    call("GET", QStringLiteral("/api/atlas/v2/groups/{Payments}/backup/exportBuckets"), "2024-05-30", 200);
    call("GET", QStringLiteral("/api/atlas/v2/groups/{Payments}/clusters/payments-api/backup/exports"),
         "2023-01-01", 200);
    call("GET", QStringLiteral("/api/atlas/v2/groups/{Payments}/events?itemsPerPage=50"), "2023-01-01", 200);
}

QTEST_GUILESS_MAIN(TestContractConformance)
#include "tst_contract_conformance.moc"
