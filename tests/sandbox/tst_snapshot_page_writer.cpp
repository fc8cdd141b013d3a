// Snapshot list pages written as bytes are exactly the pages the QJson path
// gives, for every seeded cluster, topology and page shape.
#include "handlers/json_render.h"
#include "handlers/snapshot_json.h"
#include "handlers/snapshot_page_writer.h"
#include "seed/organization_seeder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline::sandbox;

namespace {

const qint64 kNow
        = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

ApiRequest listRequest(const ClusterRow &cluster, const QString &topology, const QString &query)
{
    ApiRequest request;
    request.method = "GET";
    QString path = backupPath(cluster) + u"/snapshots"_qs;
    if (!topology.isEmpty())
        path += u"/shardedCluster"_qs;
    request.url = QUrl(u"https://127.0.0.1:8443"_qs + path + u'?' + query);
    request.path = path;
    request.query = QUrlQuery(request.url);
    return request;
}

// The page as the QJson path builds it.
QByteArray viaQJson(SandboxStore &store, const ApiRequest &request, const ClusterRow &cluster,
                    const QString &topology)
{
    const Pagination pagination = Pagination::fromQuery(request.query);
    QJsonArray items;
    for (const auto &s :
         store.snapshotsOfTopology(cluster.id, topology, int(pagination.offset()), pagination.itemsPerPage()))
        items.append(snapshotJson(request, cluster, s));
    const qint64 total = store.snapshotCountOfTopology(cluster.id, topology);
    return QJsonDocument(pagination.envelope(items, total, request.url)).toJson(QJsonDocument::Compact);
}

QByteArray viaWriter(SandboxStore &store, const ApiRequest &request, const ClusterRow &cluster,
                     const QString &topology)
{
    const SnapshotPageWriter writer(request, cluster);
    return pagedBytesReply(
                   request,
                   [&](JsonWriter &json, int offset, int limit) {
                       SnapshotCursor rows = store.snapshotPage(cluster.id, topology, offset, limit);
                       while (rows.next())
                           writer.write(json, rows);
                   },
                   [&] { return qint64(store.snapshotCountOfTopology(cluster.id, topology)); })
            .body;
}

} // namespace

class TestSnapshotPageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesEqualTheQJsonPath_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("direct");
        for (bool direct : {true, false}) {
            const char *reader = direct ? "SQLite" : "QSqlQuery";
            QTest::addRow("defaults, %s", reader) << QString() << direct;
            QTest::addRow("500 per page, %s", reader) << u"itemsPerPage=500"_qs << direct;
            QTest::addRow("middle page, %s", reader) << u"itemsPerPage=7&pageNum=3"_qs << direct;
            QTest::addRow("past the end, %s", reader) << u"itemsPerPage=50&pageNum=99"_qs << direct;
            QTest::addRow("no count, %s", reader)
                    << u"includeCount=false&itemsPerPage=3&pageNum=2"_qs << direct;
        }
    }

    void pagesEqualTheQJsonPath()
    {
        QFETCH(QString, query);
        QFETCH(bool, direct);
        auto opened = SandboxStore::open(u":memory:"_qs);
        QVERIFY(opened);
        SandboxStore &store = **opened;
        if (direct && !store.readsPagesDirectly())
            QSKIP("Qt's SQLite driver carries its own SQLite: pages are read through QSqlQuery");
        if (!direct)
            store.readPagesThroughQtSql();
        QVERIFY(OrganizationSeeder(store, 42, kNow).seed(Scenario::defaultOrganization()));

        int sharded = 0, encrypted = 0, onDemand = 0;
        for (const ClusterRow &cluster : store.allClusters()) {
            // A description that needs every kind of escape, on one snapshot of each cluster.
            const auto snapshots = store.snapshotsOfTopology(cluster.id, {});
            const auto found = std::find_if(snapshots.begin(), snapshots.end(),
                                            [](const auto &s) { return s.origin == u"onDemand"; });
            if (found != snapshots.end()) {
                SnapshotRow tricky = *found;
                // Lone surrogates too: SQLite stores them, and reads them back, in its own way.
                tricky.description = u"\"quoted\" C:\\ \n\t\u0001 café 日本 🙂 "_qs + QChar(0xdc00)
                        + u"x"_qs + QChar(0xd800) + QChar(0xd800) + u"y"_qs + QChar(0xd800);
                QVERIFY(store.updateSnapshot(tricky));
            }
            for (const QString &topology : {QString(), u"shardedCluster"_qs}) {
                const ApiRequest request = listRequest(cluster, topology, query);
                QCOMPARE(viaWriter(store, request, cluster, topology),
                         viaQJson(store, request, cluster, topology));
            }
            sharded += std::count_if(snapshots.begin(), snapshots.end(), isShardedSnapshot);
            onDemand += found != snapshots.end();
            encrypted += cluster.encryption != u"NONE" && !snapshots.isEmpty();
        }
        // The comparison covered every shape of snapshot.
        QVERIFY(sharded > 0);
        QVERIFY(encrypted > 0);
        QVERIFY(onDemand > 0);
    }

    // A database of schema 1 (ordered by cluster and time only) gains the index in page order.
    // (Schema 2's other index, on credential roles, and schema 3's come with it.)
    void olderDatabasesGainThePageIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.db"_qs);
        QVERIFY(SandboxStore::open(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"schema-1"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement :
                 {u"DROP INDEX snapshots_by_cluster_newest"_qs,
                  u"DROP INDEX credential_roles_by_credential"_qs, u"DROP INDEX documents_by_kind"_qs,
                  u"CREATE INDEX snapshots_by_cluster ON snapshots(cluster_id, created)"_qs,
                  u"PRAGMA user_version = 1"_qs})
                QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(u"schema-1"_qs);

        auto reopened = SandboxStore::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->meta(u"none"_qs), QString()); // usable
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'snapshots'"_qs));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        QVERIFY2(indexes.contains(u"snapshots_by_cluster_newest"_qs), qPrintable(indexes.join(u' ')));
        QVERIFY(!indexes.contains(u"snapshots_by_cluster"_qs));
        QVERIFY(q.exec(u"PRAGMA user_version"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // Schema 3's index, for the events of a few kinds, comes too.
        QVERIFY(q.exec(
                u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_by_kind'"_qs));
        QVERIFY(q.next());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotPageWriter)
#include "tst_snapshot_page_writer.moc"
