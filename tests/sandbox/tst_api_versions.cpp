// Routing and media-type version choice: the generated contract table and ApiVersions.
#include "api/api_versions.h"
#include "util/clock.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using snapline::ManualClock;
using snapline::sandbox::ApiMediaVersion;
using snapline::sandbox::ApiOperation;
using snapline::sandbox::apiOperations;
using snapline::sandbox::ApiResolution;
using snapline::sandbox::ApiVersions;
using snapline::sandbox::HttpMethod;
using Kind = ApiResolution::Kind;

namespace {

const QString kGroup = u"/api/atlas/v2/groups/5f1a2b3c4d5e6f7a8b9c0d1e"_s;
const QString kCluster = kGroup + u"/clusters/Cluster0"_s;
const QDate kToday(2026, 11, 24);

QByteArray vnd(const char *date)
{
    return QByteArrayLiteral("application/vnd.atlas.") + date + QByteArrayLiteral("+json");
}

// Row values must have the column's exact type, so string-builder sums are materialised here.
QString group(QStringView rest)
{
    return kGroup + rest;
}

QString cluster(QStringView rest)
{
    return kCluster + rest;
}

QByteArray join(const QByteArray &first, const QByteArray &second)
{
    return first + second;
}

const ApiOperation *findOperation(const char *operationId)
{
    const auto operations = apiOperations();
    const auto it = std::find_if(operations.begin(), operations.end(), [&](const ApiOperation &op) {
        return QByteArrayView(op.operationId) == QByteArrayView(operationId);
    });
    return it == operations.end() ? nullptr : &*it;
}

QString sortedParameters(const QHash<QString, QString> &parameters)
{
    QStringList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        pairs.append(it.key() + u'=' + it.value());
    }
    pairs.sort();
    return pairs.join(u'|');
}

} // namespace

class TestApiVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QString>("version");

        const QString schedule = cluster(u"/backup/schedule");
        const QString snapshots = cluster(u"/backup/snapshots");
        const QString compliance = group(u"/backupCompliancePolicy");
        const QString serverlessSnapshots = group(u"/serverless/Basic1/backup/snapshots");
        const QString getSchedule = u"getGroupClusterBackupSchedule"_s;
        const int ok = int(Kind::Ok);
        const int notAcceptable = int(Kind::NotAcceptable);
        const int gone = int(Kind::Gone);

        // clang-format off
        QTest::newRow("exact latest") << "GET"_ba << schedule << vnd("2024-08-05") << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("exact older, not yet sunset") << "GET"_ba << schedule << vnd("2023-01-01") << kToday << ok << getSchedule << u"2023-01-01"_s;
        QTest::newRow("older on the eve of its sunset") << "GET"_ba << schedule << vnd("2023-01-01") << QDate(2027, 6, 30) << ok << getSchedule << u"2023-01-01"_s;
        QTest::newRow("older on its sunset day") << "GET"_ba << schedule << vnd("2023-01-01") << QDate(2027, 7, 1) << gone << getSchedule << u"2023-01-01"_s;
        QTest::newRow("date between versions") << "GET"_ba << schedule << vnd("2024-05-30") << kToday << ok << getSchedule << u"2023-01-01"_s;
        QTest::newRow("date between, resolves to sunset") << "GET"_ba << schedule << vnd("2024-05-30") << QDate(2027, 8, 1) << gone << getSchedule << u"2023-01-01"_s;
        QTest::newRow("pinned newest date, single-version op") << "GET"_ba << snapshots << vnd("2025-03-12") << kToday << ok << u"listGroupClusterBackupSnapshots"_s << u"2023-01-01"_s;
        QTest::newRow("pinned newest date, two versions") << "GET"_ba << schedule << vnd("2025-03-12") << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("date before the op's first version") << "DELETE"_ba << compliance << vnd("2024-08-05") << kToday << notAcceptable << u"disableGroupBackupCompliancePolicy"_s << QString();
        QTest::newRow("compliance DELETE at its date") << "DELETE"_ba << compliance << vnd("2024-11-13") << kToday << ok << u"disableGroupBackupCompliancePolicy"_s << u"2024-11-13"_s;
        QTest::newRow("unpublished date") << "GET"_ba << schedule << vnd("2024-01-15") << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("impossible date") << "GET"_ba << schedule << vnd("2024-02-30") << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("short date") << "GET"_ba << schedule << vnd("2024-8-5") << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("word for a date") << "GET"_ba << schedule << vnd("latest") << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("no format") << "GET"_ba << schedule << "application/vnd.atlas.2024-08-05"_ba << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("missing Accept") << "GET"_ba << schedule << QByteArray() << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("application/json") << "GET"_ba << schedule << "application/json"_ba << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("*/*") << "GET"_ba << schedule << "*/*"_ba << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("application/*") << "GET"_ba << schedule << "application/*"_ba << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("gzip not listed") << "GET"_ba << snapshots << "application/vnd.atlas.2023-01-01+gzip"_ba << kToday << notAcceptable << u"listGroupClusterBackupSnapshots"_s << QString();
        QTest::newRow("csv not listed") << "GET"_ba << snapshots << "application/vnd.atlas.2023-01-01+csv"_ba << kToday << notAcceptable << u"listGroupClusterBackupSnapshots"_s << QString();
        QTest::newRow("preview not listed") << "GET"_ba << snapshots << "application/vnd.atlas.preview+json"_ba << kToday << notAcceptable << u"listGroupClusterBackupSnapshots"_s << QString();
        QTest::newRow("json listed after a generic range") << "GET"_ba << schedule << join("application/json, ", vnd("2024-08-05")) << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("higher q wins") << "GET"_ba << schedule << join(vnd("2023-01-01"), join(";q=0.5, ", vnd("2024-08-05"))) << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("q=0 refuses") << "GET"_ba << schedule << join(vnd("2024-08-05"), ";q=0") << kToday << notAcceptable << getSchedule << QString();
        QTest::newRow("fallback to second range") << "DELETE"_ba << compliance << join(vnd("2023-01-01"), join(", ", vnd("2024-11-13"))) << kToday << ok << u"disableGroupBackupCompliancePolicy"_s << u"2024-11-13"_s;
        QTest::newRow("first range's failure is reported") << "GET"_ba << schedule << join(vnd("2023-01-01"), join(", ", vnd("2024-01-15"))) << QDate(2027, 7, 1) << gone << getSchedule << u"2023-01-01"_s;
        QTest::newRow("media type case-insensitive") << "GET"_ba << schedule << "Application/VND.Atlas.2024-08-05+JSON"_ba << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("parameters ignored") << "GET"_ba << schedule << join(vnd("2024-08-05"), "; charset=utf-8") << kToday << ok << getSchedule << u"2024-08-05"_s;
        QTest::newRow("serverless backups are past sunset") << "GET"_ba << serverlessSnapshots << vnd("2023-01-01") << kToday << gone << u"listGroupServerlessBackupSnapshots"_s << u"2023-01-01"_s;
        QTest::newRow("serverless backups before sunset") << "GET"_ba << serverlessSnapshots << vnd("2025-03-12") << QDate(2026, 1, 21) << ok << u"listGroupServerlessBackupSnapshots"_s << u"2023-01-01"_s;
        QTest::newRow("serverless instance until 2027-01-18") << "GET"_ba << group(u"/serverless/Basic1") << vnd("2023-01-01") << QDate(2027, 1, 17) << ok << u"getGroupServerlessInstance"_s << u"2023-01-01"_s;
        QTest::newRow("serverless instance gone 2027-01-18") << "GET"_ba << group(u"/serverless/Basic1") << vnd("2023-01-01") << QDate(2027, 1, 18) << gone << u"getGroupServerlessInstance"_s << u"2023-01-01"_s;
        QTest::newRow("cluster PATCH newest") << "PATCH"_ba << kCluster << vnd("2025-03-12") << kToday << ok << u"updateGroupCluster"_s << u"2024-10-23"_s;
        QTest::newRow("cluster PATCH 2024-08-05 sunset") << "PATCH"_ba << kCluster << vnd("2024-08-05") << QDate(2027, 3, 1) << gone << u"updateGroupCluster"_s << u"2024-08-05"_s;
        QTest::newRow("root") << "GET"_ba << u"/api/atlas/v2"_s << vnd("2023-01-01") << kToday << ok << u"getSystemStatus"_s << u"2023-01-01"_s;
        QTest::newRow("root, trailing slash") << "GET"_ba << u"/api/atlas/v2/"_s << vnd("2025-03-12") << kToday << ok << u"getSystemStatus"_s << u"2023-01-01"_s;
        QTest::newRow("query ignored") << "GET"_ba << group(u"/clusters?pageNum=2&itemsPerPage=5") << vnd("2024-08-05") << kToday << ok << u"listGroupClusters"_s << u"2024-08-05"_s;
        QTest::newRow("wrong method") << "POST"_ba << kGroup << vnd("2023-01-01") << kToday << int(Kind::MethodNotAllowed) << QString() << QString();
        QTest::newRow("HEAD") << "HEAD"_ba << kGroup << vnd("2023-01-01") << kToday << int(Kind::MethodNotAllowed) << QString() << QString();
        QTest::newRow("lower-case method") << "get"_ba << kGroup << vnd("2023-01-01") << kToday << int(Kind::MethodNotAllowed) << QString() << QString();
        QTest::newRow("405 before a bad Accept") << "PUT"_ba << schedule << QByteArray() << kToday << int(Kind::MethodNotAllowed) << QString() << QString();
        QTest::newRow("literal beats template for 405") << "DELETE"_ba << QString(snapshots + u"/shardedClusters") << vnd("2023-01-01") << kToday << int(Kind::MethodNotAllowed) << QString() << QString();
        QTest::newRow("unknown path") << "GET"_ba << u"/api/atlas/v2/nope"_s << vnd("2023-01-01") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("v1 path") << "GET"_ba << u"/api/atlas/v1.0/groups"_s << vnd("2023-01-01") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("prefix only") << "GET"_ba << u"/api/atlas"_s << vnd("2023-01-01") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("empty parameter") << "GET"_ba << u"/api/atlas/v2/groups//clusters"_s << vnd("2024-08-05") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("encoded slash does not split") << "GET"_ba << u"/api/atlas/v2/groups%2F5f1a2b3c4d5e6f7a8b9c0d1e"_s << vnd("2023-01-01") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("escaped literal segment") << "GET"_ba << u"/api/atlas/v2/%67roups"_s << vnd("2023-01-01") << kToday << ok << u"listGroups"_s << u"2023-01-01"_s;
        QTest::newRow("relative path") << "GET"_ba << u"api/atlas/v2/groups"_s << vnd("2023-01-01") << kToday << int(Kind::NotFound) << QString() << QString();
        QTest::newRow("404 before a bad Accept") << "GET"_ba << group(u"/nothing") << QByteArray() << kToday << int(Kind::NotFound) << QString() << QString();
        // clang-format on
    }

    void resolve()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, accept);
        QFETCH(QDate, today);
        QFETCH(int, kind);
        QFETCH(QString, operationId);
        QFETCH(QString, version);

        const ApiVersions versions;
        const ApiResolution resolution = versions.resolve(method, path, accept, today);
        QCOMPARE(int(resolution.kind), kind);
        QCOMPARE(resolution.operation ? QString::fromLatin1(resolution.operation->operationId) : QString(),
                 operationId);
        QCOMPARE(resolution.version ? QString::fromLatin1(resolution.version->version) : QString(), version);
        if (resolution.ok()) {
            QCOMPARE(resolution.contentType(),
                     QByteArray("application/vnd.atlas." + version.toLatin1() + "+json"));
        }
        const int status = resolution.ok() ? 0 : resolution.error().status();
        const QHash<int, int> statusOf{{int(Kind::Ok), 0},
                                       {int(Kind::NotFound), 404},
                                       {int(Kind::MethodNotAllowed), 405},
                                       {int(Kind::NotAcceptable), 406},
                                       {int(Kind::Gone), 410}};
        QCOMPARE(status, statusOf.value(kind));
    }

    void pathParameters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QString>("parameters");

        // clang-format off
        QTest::newRow("ids") << cluster(u"/backup/snapshots/65a1b2c3d4e5f6a7b8c9d0e1") << u"getGroupClusterBackupSnapshot"_s << u"clusterName=Cluster0|groupId=5f1a2b3c4d5e6f7a8b9c0d1e|snapshotId=65a1b2c3d4e5f6a7b8c9d0e1"_s;
        QTest::newRow("space") << group(u"/clusters/my%20cluster") << u"getGroupCluster"_s << u"clusterName=my cluster|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("encoded slash stays inside") << cluster(u"/backup/snapshots/a%2Fb") << u"getGroupClusterBackupSnapshot"_s << u"clusterName=Cluster0|groupId=5f1a2b3c4d5e6f7a8b9c0d1e|snapshotId=a/b"_s;
        QTest::newRow("utf-8") << group(u"/clusters/%C3%A9t%C3%A9") << u"getGroupCluster"_s << u"clusterName=été|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("plus is literal in a path") << group(u"/events/a+b") << u"getGroupEvent"_s << u"eventId=a+b|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("colon and at") << group(u"/serviceAccounts/mdb_sa_id:x@y") << u"getGroupServiceAccount"_s << u"clientId=mdb_sa_id:x@y|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("bad escape kept") << group(u"/clusters/%zz") << u"getGroupCluster"_s << u"clusterName=%zz|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("trailing percent kept") << group(u"/clusters/50%") << u"getGroupCluster"_s << u"clusterName=50%|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("escaped letters, any case") << group(u"/clusters/%41%6a") << u"getGroupCluster"_s << u"clusterName=Aj|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("encoded percent") << group(u"/clusters/100%25") << u"getGroupCluster"_s << u"clusterName=100%|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("fragment ignored") << group(u"/clusters/C1#top") << u"getGroupCluster"_s << u"clusterName=C1|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("literal shardedClusters") << cluster(u"/backup/snapshots/shardedClusters") << u"listGroupClusterBackupSnapshotShardedClusters"_s << u"clusterName=Cluster0|groupId=5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("shardedCluster/{id}") << cluster(u"/backup/snapshots/shardedCluster/s1") << u"getGroupClusterBackupSnapshotShardedCluster"_s << u"clusterName=Cluster0|groupId=5f1a2b3c4d5e6f7a8b9c0d1e|snapshotId=s1"_s;
        QTest::newRow("serverless {name}") << group(u"/serverless/Basic1") << u"getGroupServerlessInstance"_s << u"groupId=5f1a2b3c4d5e6f7a8b9c0d1e|name=Basic1"_s;
        QTest::newRow("serverless {clusterName}") << group(u"/serverless/Basic1/backup/restoreJobs/r1") << u"getGroupServerlessBackupRestoreJob"_s << u"clusterName=Basic1|groupId=5f1a2b3c4d5e6f7a8b9c0d1e|restoreJobId=r1"_s;
        QTest::newRow("org groups") << u"/api/atlas/v2/orgs/4888442a3354817a7320eb61/groups"_s << u"getOrgGroups"_s << u"orgId=4888442a3354817a7320eb61"_s;
        // clang-format on
    }

    void pathParameters()
    {
        QFETCH(QString, path);
        QFETCH(QString, operationId);
        QFETCH(QString, parameters);

        const ApiResolution resolution = ApiVersions().route("GET", path);
        QVERIFY(resolution.ok());
        QCOMPARE(QString::fromLatin1(resolution.operation->operationId), operationId);
        QCOMPARE(sortedParameters(resolution.pathParameters), parameters);
    }

    void methodNotAllowedListsAllowedMethods()
    {
        const ApiResolution resolution = ApiVersions().route("PUT", cluster(u"/backup/snapshots/s1"));
        QCOMPARE(resolution.kind, Kind::MethodNotAllowed);
        QCOMPARE(resolution.allowHeader(), "GET, PATCH, DELETE");
        QCOMPARE(sortedParameters(resolution.pathParameters),
                 u"clusterName=Cluster0|groupId=5f1a2b3c4d5e6f7a8b9c0d1e|snapshotId=s1"_s);
    }

    void errorsMatchTheContract_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("detail");

        const QString schedule = cluster(u"/backup/schedule");
        // clang-format off
        QTest::newRow("404") << "GET"_ba << u"/api/atlas/v2/nope"_s << vnd("2023-01-01") << u"RESOURCE_NOT_FOUND"_s << u"Cannot find resource /api/atlas/v2/nope."_s;
        QTest::newRow("405") << "POST"_ba << schedule << vnd("2024-08-05") << u"METHOD_NOT_ALLOWED"_s << QString(u"POST is not supported on "_s + schedule + u'.');
        QTest::newRow("406") << "GET"_ba << schedule << "application/json"_ba << u"INVALID_VERSION_DATE"_s << u"Invalid accept header or version date."_s;
        QTest::newRow("410") << "GET"_ba << schedule << vnd("2023-01-01") << u"VERSION_GONE"_s << u"The resource version application/vnd.atlas.2023-01-01+json was removed on its sunset date 2027-07-01."_s;
        // clang-format on
    }

    void errorsMatchTheContract()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, accept);
        QFETCH(QString, errorCode);
        QFETCH(QString, detail);

        const ApiResolution resolution = ApiVersions().resolve(method, path, accept, QDate(2027, 7, 1));
        QVERIFY(!resolution.ok());
        QCOMPARE(resolution.error().errorCode(), errorCode);
        QCOMPARE(resolution.error().detail(), detail);
    }

    void exactMatching_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("version");

        // clang-format off
        QTest::newRow("exact date served") << cluster(u"/backup/schedule") << vnd("2023-01-01") << u"2023-01-01"_s;
        QTest::newRow("date between versions refused") << cluster(u"/backup/schedule") << vnd("2024-05-30") << QString();
        QTest::newRow("pinned newer date refused") << cluster(u"/backup/snapshots") << vnd("2025-03-12") << QString();
        // clang-format on
    }

    void exactMatching()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, accept);
        QFETCH(QString, version);

        ApiVersions versions;
        versions.setMatching(ApiVersions::Matching::Exact);
        const ApiResolution resolution = versions.resolve("GET", path, accept, kToday);
        QCOMPARE(resolution.kind, version.isEmpty() ? Kind::NotAcceptable : Kind::Ok);
        QCOMPARE(resolution.version ? QString::fromLatin1(resolution.version->version) : QString(), version);
    }

    void injectedClockDecidesSunset()
    {
        const auto clock
                = std::make_shared<ManualClock>(QDateTime(QDate(2027, 6, 30), QTime(23, 59), Qt::UTC));
        const ApiVersions versions(clock);
        const QString schedule = cluster(u"/backup/schedule");
        QCOMPARE(versions.resolve("GET", schedule, vnd("2023-01-01")).kind, Kind::Ok);
        clock->advance(60);
        QCOMPARE(versions.resolve("GET", schedule, vnd("2023-01-01")).kind, Kind::Gone);
    }

    void otherFormatsOnlyWhereListed_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("contentType");

        // clang-format off
        QTest::newRow("gzip listed") << "application/vnd.atlas.2023-02-01+gzip"_ba << u"application/vnd.atlas.2023-02-01+gzip"_s;
        QTest::newRow("later date, gzip") << "application/vnd.atlas.2025-03-12+gzip"_ba << u"application/vnd.atlas.2023-02-01+gzip"_s;
        QTest::newRow("csv listed") << "application/vnd.atlas.2023-01-01+csv"_ba << u"application/vnd.atlas.2023-01-01+csv"_s;
        QTest::newRow("json not listed") << vnd("2023-02-01") << QString();
        QTest::newRow("preview listed") << "application/vnd.atlas.preview+gzip"_ba << u"application/vnd.atlas.preview+gzip"_s;
        // clang-format on
    }

    void otherFormatsOnlyWhereListed()
    {
        QFETCH(QByteArray, accept);
        QFETCH(QString, contentType);

        // None of the served backup operations lists +gzip or +csv, so a hand-made table stands in.
        // clang-format off
        static constexpr ApiMediaVersion kLogVersions[] = {{"2023-01-01", "csv", "", true, false},
                                                           {"2023-02-01", "gzip", "", true, false},
                                                           {"preview", "gzip", "", true, false}};
        static constexpr ApiOperation kTable[] = {
            {HttpMethod::Get, "/api/atlas/v2/groups/{groupId}/logs.gz", "getLogs", "getLogs", 200, false, {}, kLogVersions}};
        // clang-format on
        const ApiVersions versions(nullptr, kTable);
        const ApiResolution resolution
                = versions.resolve("GET", u"/api/atlas/v2/groups/g1/logs.gz"_s, accept, kToday);
        QCOMPARE(QString::fromLatin1(resolution.contentType()), contentType);
        QCOMPARE(resolution.ok(), !contentType.isEmpty());
    }

    void tableIsWellFormed()
    {
        QSet<QString> routes;
        for (const ApiOperation &op : apiOperations()) {
            const QString route = QString::fromLatin1(op.pathTemplate) + QString::number(int(op.method));
            QVERIFY2(!routes.contains(route), qPrintable(route));
            routes.insert(route);
            QVERIFY(QByteArrayView(op.pathTemplate).startsWith("/api/atlas/v2"));
            QVERIFY(op.successStatus >= 200 && op.successStatus < 300);
            QVERIFY(!op.versions.empty());
            for (const ApiMediaVersion &version : op.versions) {
                QVERIFY(version.inResponse);
                const QByteArrayView sunset(version.sunset);
                QVERIFY(sunset.isEmpty()
                        || QDate::fromString(QString::fromLatin1(sunset), Qt::ISODate).isValid());
            }
        }
        // One row per operation in scripts/gen-api-versions.py; tableCarriesRolesAndStatuses samples each
        // group.
        QCOMPARE(apiOperations().size(), std::size_t(59));
    }

    void tableCarriesRolesAndStatuses_data()
    {
        QTest::addColumn<QByteArray>("operationId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("roles");
        QTest::addColumn<bool>("deprecated");

        // clang-format off
        QTest::newRow("root") << "getSystemStatus"_ba << 200 << QString() << false;
        QTest::newRow("orgs") << "listOrgs"_ba << 200 << QString() << false;
        QTest::newRow("org groups") << "getOrgGroups"_ba << 200 << u"Organization Member"_s << false;
        QTest::newRow("project") << "getGroup"_ba << 200 << u"Project Read Only"_s << false;
        QTest::newRow("cluster patch") << "updateGroupCluster"_ba << 200 << u"Project Cluster Manager|Project Cluster Resilience Tester|Project Replica Set Manager"_s << false;
        QTest::newRow("flex cluster") << "getGroupFlexCluster"_ba << 200 << u"Project Read Only"_s << false;
        QTest::newRow("serverless instances") << "listGroupServerlessInstances"_ba << 200 << u"Project Read Only"_s << true;
        QTest::newRow("take snapshot") << "takeGroupClusterBackupSnapshots"_ba << 200 << u"Project Backup Creator"_s << false;
        QTest::newRow("delete snapshot") << "deleteGroupClusterBackupSnapshot"_ba << 204 << u"Project Backup Manager"_s << false;
        QTest::newRow("delete schedule") << "deleteGroupClusterBackupSchedule"_ba << 200 << u"Project Backup Manager"_s << false;
        QTest::newRow("create restore") << "createGroupClusterBackupRestoreJob"_ba << 200 << u"Project Backup Export Operator|Project Backup Recovery Operator"_s << false;
        QTest::newRow("cancel restore") << "cancelGroupClusterBackupRestoreJob"_ba << 204 << u"Project Backup Export Operator|Project Backup Recovery Operator"_s << false;
        QTest::newRow("sharded snapshot delete") << "deleteGroupClusterBackupSnapshotShardedCluster"_ba << 204 << u"Project Backup Manager"_s << false;
        QTest::newRow("compliance get") << "getGroupBackupCompliancePolicy"_ba << 200 << u"Project Owner"_s << false;
        QTest::newRow("compliance delete") << "disableGroupBackupCompliancePolicy"_ba << 204 << u"Project Owner"_s << false;
        QTest::newRow("bucket patch") << "updateGroupBackupExportBucket"_ba << 200 << u"Project Backup Manager"_s << false;
        QTest::newRow("export create") << "createGroupClusterBackupExport"_ba << 200 << u"Project Backup Export Operator"_s << false;
        QTest::newRow("flex download") << "downloadGroupFlexClusterBackup"_ba << 200 << u"Project Backup Export Operator"_s << false;
        QTest::newRow("serverless restore") << "createGroupServerlessBackupRestoreJob"_ba << 200 << u"Project Owner"_s << true;
        QTest::newRow("checkpoint") << "getGroupClusterBackupCheckpoint"_ba << 200 << u"Project Read Only"_s << true;
        QTest::newRow("event") << "getGroupEvent"_ba << 200 << u"Project Read Only"_s << false;
        QTest::newRow("service account") << "getGroupServiceAccount"_ba << 200 << u"Project Read Only"_s << false;
        QTest::newRow("legacy snapshot patch") << "updateGroupClusterSnapshot"_ba << 200 << u"Project Owner"_s << true;
        // clang-format on
    }

    void tableCarriesRolesAndStatuses()
    {
        QFETCH(QByteArray, operationId);
        QFETCH(int, status);
        QFETCH(QString, roles);
        QFETCH(bool, deprecated);

        const ApiOperation *op = findOperation(operationId.constData());
        QVERIFY(op != nullptr);
        QCOMPARE(op->successStatus, status);
        QStringList names;
        for (const char *role : op->roles) {
            names.append(QString::fromLatin1(role));
        }
        QCOMPARE(names.join(u'|'), roles);
        QCOMPARE(op->deprecated, deprecated);
    }
};

QTEST_GUILESS_MAIN(TestApiVersions)
#include "tst_api_versions.moc"
