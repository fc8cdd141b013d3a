// The catalog as a store: every record kind round-trips, complete listings
// remove what went away upstream, sync states and the audit log.
#include "catalog/catalog.h"
#include "catalog_samples.h"
#include "raw_sqlite.h"
#include "record_debug.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace CatalogSamples;

namespace {

const QString kOther = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d2f");

SyncState fullSyncAt(const QDateTime &time)
{
    SyncState state;
    state.lastFullSync = time;
    return state;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(at("2026-01-02T03:04:05.000Z"));
    int m_files = 0;

    std::unique_ptr<Catalog> fresh()
    {
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog-%1.db").arg(++m_files)), m_clock);
        if (!opened)
            qFatal("cannot open a catalog: %s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }

private Q_SLOTS:
    void organizationsAndProjectsRoundTrip()
    {
        auto catalog = fresh();
        const QList<Organization> orgs{{QStringLiteral("o2"), QStringLiteral("Beta"), true},
                                       {QStringLiteral("o1"), QStringLiteral("Alpha"), false}};
        QVERIFY(catalog->writeOrganizations(orgs));
        QCOMPARE(catalog->organizations().value(), (QList<Organization>{orgs[1], orgs[0]})); // by name
        const QList<Project> projects{
                {kProject, QStringLiteral("Payments"), QStringLiteral("o1"), at("2024-05-06T07:08:09.000Z"),
                 4},
                {kOther, QStringLiteral("Analytics"), QStringLiteral("o1"), QDateTime(), 0}};
        QVERIFY(catalog->writeProjects(QStringLiteral("o1"), projects, true));
        QCOMPARE(catalog->projects(QStringLiteral("o1")).value(), (QList<Project>{projects[1], projects[0]}));
        QVERIFY(catalog->projects(QStringLiteral("o2")).value().isEmpty());
    }

    void clustersRoundTrip_data()
    {
        QTest::addColumn<Cluster>("cluster");
        QTest::newRow("replica set") << replicaSet(QStringLiteral("orders"));
        QTest::newRow("sharded, PIT ranges, pinned FCV, optionals")
                << shardedWithPit(QStringLiteral("ledger"));
        QTest::newRow("flex, defaults") << flex(QStringLiteral("tiny"));
        Cluster bare;
        bare.name = QStringLiteral("bare");
        bare.projectId = kProject;
        QTest::newRow("no tier, no version") << bare;
    }

    void clustersRoundTrip()
    {
        QFETCH(Cluster, cluster);
        auto catalog = fresh();
        QVERIFY(catalog->writeClusters(kProject, {cluster}, true));
        QCOMPARE(catalog->clusters(kProject).value(), QList<Cluster>{cluster});
        QCOMPARE(catalog->cluster(kProject, cluster.name).value(), std::optional<Cluster>(cluster));
        QCOMPARE(catalog->cluster(kProject, QStringLiteral("missing")).value(), std::optional<Cluster>());
    }

    void snapshotsRoundTrip_data()
    {
        QTest::addColumn<QList<Snapshot>>("page");
        QTest::newRow("hourly replica-set snapshots") << snapshots(QStringLiteral("orders"), 5);
        QTest::newRow("sharded: members, copies, escapes in text")
                << QList<Snapshot>{shardedSnapshot(QStringLiteral("orders"), 1)};
        Snapshot odd = snapshot(QStringLiteral("orders"), 2);
        odd.expiresAt = {};
        odd.status = SnapshotStatus::Failed;
        odd.origin = SnapshotOrigin::Fallback;
        odd.frequency = Frequency::Yearly;
        odd.memberIds = {QString()};
        QTest::newRow("no expiry, failed fallback, an empty member id") << QList<Snapshot>{odd};
        QList<Snapshot> big = snapshots(QStringLiteral("orders"), 250);
        for (int i = 0; i < big.size(); i += 7)
            big[i] = shardedSnapshot(QStringLiteral("orders"), i);
        QTest::newRow("250 rows: written in batches and singly") << big;
    }

    void snapshotsRoundTrip()
    {
        QFETCH(QList<Snapshot>, page);
        auto catalog = fresh();
        QList<Snapshot> reversed(page.crbegin(), page.crend());
        QVERIFY(catalog->writeSnapshotPage(kProject, QStringLiteral("orders"), reversed));
        QCOMPARE(catalog->snapshots(kProject, QStringLiteral("orders")).value(), page); // oldest first
        QCOMPARE(catalog->snapshotCount(kProject, QStringLiteral("orders")).value(), page.size());
        QCOMPARE(catalog->newestSnapshotCreatedAt(kProject, QStringLiteral("orders")).value(),
                 std::optional<QDateTime>(page.last().createdAt));
        QVERIFY(catalog->snapshots(kProject, QStringLiteral("other")).value().isEmpty());
    }

    void snapshotWithoutCreationTimeIsKept()
    {
        auto catalog = fresh();
        Snapshot s = snapshot(QStringLiteral("orders"), 1);
        s.createdAt = {};
        QVERIFY(catalog->writeSnapshotPage(kProject, QStringLiteral("orders"), {s}));
        QCOMPARE(catalog->snapshots(kProject, QStringLiteral("orders")).value(), QList<Snapshot>{s});
        QCOMPARE(catalog->newestSnapshotCreatedAt(kProject, QStringLiteral("orders")).value(),
                 std::optional<QDateTime>());
    }

    void snapshotPagesUpsertById()
    {
        auto catalog = fresh();
        const QString orders = QStringLiteral("orders");
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, snapshots(orders, 4)));
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, snapshots(orders, 4))); // the same page again
        QCOMPARE(catalog->snapshotCount(kProject, orders).value(), 4);

        QList<Snapshot> changed = snapshots(orders, 2, 2); // overlaps the last two
        changed[0].status = SnapshotStatus::Failed;
        changed[1].createdAt = at("2025-12-31T00:00:00.000Z"); // moves to the front
        changed.append(snapshot(orders, 9));
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, changed));
        const QList<Snapshot> stored = catalog->snapshots(kProject, orders).value();
        QCOMPARE(stored.size(), 5);
        QCOMPARE(stored.first(), changed[1]);
        QCOMPARE(stored.at(3), changed[0]);
        QCOMPARE(stored.last(), changed[2]);
        QCOMPARE(catalog->newestSnapshotCreatedAt(kProject, orders).value(),
                 std::optional<QDateTime>(changed[2].createdAt));

        // A listing that shifted while it was paged can repeat an id in one
        // page (inside one multi-row statement, too): the last one wins.
        QList<Snapshot> repeated = snapshots(orders, 150, 100);
        repeated[60] = repeated[10]; // inside the first hundred-row statement
        repeated[60].status = SnapshotStatus::Queued;
        repeated[120] = repeated[20]; // in a later statement
        repeated[120].status = SnapshotStatus::Failed;
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, repeated));
        QCOMPARE(catalog->snapshotCount(kProject, orders).value(), 5 + 148);
        const QList<Snapshot> after = catalog->snapshots(kProject, orders).value();
        for (int last : {60, 120}) {
            const auto found = std::find_if(after.cbegin(), after.cend(),
                                            [&](const Snapshot &s) { return s.id == repeated[last].id; });
            QVERIFY(found != after.cend());
            QCOMPARE(*found, repeated[last]);
        }
    }

    void retainSnapshotsDropsTheOthers()
    {
        auto catalog = fresh();
        const QString orders = QStringLiteral("orders");
        const QList<Snapshot> all = snapshots(orders, 6);
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, all.mid(0, 3)));
        QVERIFY(catalog->writeSnapshotPage(kProject, orders, all.mid(3)));
        QVERIFY(catalog->writeSnapshotPage(kProject, QStringLiteral("ledger"),
                                           snapshots(QStringLiteral("ledger"), 2)));
        QVERIFY(catalog->retainSnapshots(kProject, orders,
                                         {all[1].id, all[4].id, QStringLiteral("not-cached")}));
        QCOMPARE(catalog->snapshots(kProject, orders).value(), (QList<Snapshot>{all[1], all[4]}));
        QCOMPARE(catalog->snapshotCount(kProject, QStringLiteral("ledger")).value(), 2);
        QVERIFY(catalog->retainSnapshots(kProject, QStringLiteral("never-synced"), {}));
    }

    void backupPolicyRoundTrip_data()
    {
        QTest::addColumn<BackupPolicy>("policy");
        QTest::newRow("Atlas default") << BackupPolicy::atlasDefault();
        BackupPolicy custom{
                3, 45, 14, {{QStringLiteral("x"), Frequency::Weekly, 6, {RetentionUnit::Weeks, 8}}}, true};
        QTest::newRow("custom") << custom;
        QTest::newRow("no items") << BackupPolicy{0, 0, 0, {}, false};
    }

    void backupPolicyRoundTrip()
    {
        QFETCH(BackupPolicy, policy);
        auto catalog = fresh();
        QCOMPARE(catalog->backupPolicy(kProject, QStringLiteral("orders")).value(),
                 std::optional<BackupPolicy>());
        QVERIFY(catalog->writeBackupPolicy(kProject, QStringLiteral("orders"), BackupPolicy::atlasDefault()));
        QVERIFY(catalog->writeBackupPolicy(kProject, QStringLiteral("orders"), policy)); // replaces
        QCOMPARE(catalog->backupPolicy(kProject, QStringLiteral("orders")).value(), std::optional(policy));
    }

    void compliancePolicyRoundTrip()
    {
        auto catalog = fresh();
        const CompliancePolicy policy = compliancePolicy();
        QVERIFY(catalog->writeCompliancePolicy(kProject, policy));
        QCOMPARE(catalog->compliancePolicy(kProject).value(), std::optional(policy));
        CompliancePolicy minimal;
        minimal.projectId = kOther;
        QVERIFY(catalog->writeCompliancePolicy(kOther, minimal));
        QCOMPARE(catalog->compliancePolicy(kOther).value(), std::optional(minimal));
        QVERIFY(catalog->writeCompliancePolicy(kProject, std::nullopt));
        QCOMPARE(catalog->compliancePolicy(kProject).value(), std::optional<CompliancePolicy>());
    }

    void restoreJobsRoundTrip()
    {
        auto catalog = fresh();
        const QString orders = QStringLiteral("orders");
        const QList<RestoreJob> jobs{downloadRestore(orders, QStringLiteral("r1")),
                                     automatedRestore(orders, QStringLiteral("r2")),
                                     pointInTimeRestore(orders, QStringLiteral("r3"), false),
                                     pointInTimeRestore(orders, QStringLiteral("r4"), true)};
        QVERIFY(catalog->writeRestoreJobs(kProject, orders, jobs, true));
        // Newest first; r3 and r4 share a creation time and then go by id.
        QCOMPARE(catalog->restoreJobs(kProject, orders).value(),
                 (QList<RestoreJob>{jobs[2], jobs[3], jobs[1], jobs[0]}));
        QVERIFY(catalog->restoreJobs(kProject, QStringLiteral("ledger")).value().isEmpty());
    }

    void exportsRoundTrip()
    {
        auto catalog = fresh();
        const QList<ExportBucket> buckets{bucket(CloudProvider::Aws, QStringLiteral("b1")),
                                          bucket(CloudProvider::Azure, QStringLiteral("b2")),
                                          bucket(CloudProvider::Gcp, QStringLiteral("b3"))};
        QVERIFY(catalog->writeExportBuckets(kProject, buckets, true));
        QCOMPARE(catalog->exportBuckets(kProject).value(), buckets); // by bucket name: aws, azure, gcp

        const QString orders = QStringLiteral("orders");
        QList<ExportJob> jobs{exportJob(orders, QStringLiteral("e1"), ExportJobState::Queued),
                              exportJob(orders, QStringLiteral("e2"), ExportJobState::Failed),
                              exportJob(orders, QStringLiteral("e3"), ExportJobState::Successful)};
        jobs[2].createdAt = at("2026-01-08T00:00:00.000Z");
        jobs[2].finishedAt = at("2026-01-08T02:00:00.000Z");
        QVERIFY(catalog->writeExportJobs(kProject, orders, jobs, true));
        QCOMPARE(catalog->exportJobs(kProject, orders).value(),
                 (QList<ExportJob>{jobs[2], jobs[0], jobs[1]}));
    }

    void eventsRoundTrip()
    {
        auto catalog = fresh();
        QList<BackupEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append(backupEvent(QStringLiteral("ev%1").arg(i),
                                      at("2026-01-01T00:00:00.000Z").addSecs(i * 60)));
        events[2].clusterName.clear();
        events[2].restoreJobId.clear();
        QVERIFY(catalog->writeEvents(kProject, events.mid(0, 3)));
        QVERIFY(catalog->writeEvents(kProject, events.mid(2))); // overlapping feed pages
        QCOMPARE(catalog->events(kProject, 10).value(),
                 (QList<BackupEvent>{events[4], events[3], events[2], events[1], events[0]}));
        QCOMPARE(catalog->events(kProject, 2).value(), (QList<BackupEvent>{events[4], events[3]}));
        QVERIFY(catalog->events(kOther, 10).value().isEmpty());
    }

    void completeListingsRemoveStaleRows_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind :
             {"organizations", "projects", "clusters", "restore jobs", "export buckets", "export jobs"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    // Writes two rows, then a listing with only the second: complete=false
    // keeps the first, complete=true removes it. Answers the ids left.
    void completeListingsRemoveStaleRows()
    {
        QFETCH(QString, kind);
        auto catalog = fresh();
        const QString orders = QStringLiteral("orders");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        std::function<Status(const QStringList &, bool)> write;
        std::function<QStringList()> ids;
        auto idsOf = [](const auto &list, auto field) {
            QStringList out;
            for (const auto &item : list)
                out << item.*field;
            std::sort(out.begin(), out.end());
            return out;
        };
        if (kind == u"organizations") {
            write = [&](const QStringList &keys, bool complete) {
                QList<Organization> list;
                for (const QString &key : keys)
                    list.append({key, key, false});
                return catalog->writeOrganizations(list, complete);
            };
            ids = [&] { return idsOf(catalog->organizations().value(), &Organization::id); };
        } else if (kind == u"projects") {
            write = [&](const QStringList &keys, bool complete) {
                QList<Project> list;
                for (const QString &key : keys)
                    list.append({key, key, QStringLiteral("o1"), {}, 0});
                return catalog->writeProjects(QStringLiteral("o1"), list, complete);
            };
            ids = [&] { return idsOf(catalog->projects(QStringLiteral("o1")).value(), &Project::id); };
        } else if (kind == u"clusters") {
            write = [&](const QStringList &keys, bool complete) {
                QList<Cluster> list;
                for (const QString &key : keys)
                    list.append(replicaSet(key));
                return catalog->writeClusters(kProject, list, complete);
            };
            ids = [&] { return idsOf(catalog->clusters(kProject).value(), &Cluster::name); };
        } else if (kind == u"restore jobs") {
            write = [&](const QStringList &keys, bool complete) {
                QList<RestoreJob> list;
                for (const QString &key : keys)
                    list.append(automatedRestore(orders, key));
                return catalog->writeRestoreJobs(kProject, orders, list, complete);
            };
            ids = [&] { return idsOf(catalog->restoreJobs(kProject, orders).value(), &RestoreJob::id); };
        } else if (kind == u"export buckets") {
            write = [&](const QStringList &keys, bool complete) {
                QList<ExportBucket> list;
                for (const QString &key : keys)
                    list.append(bucket(CloudProvider::Aws, key));
                return catalog->writeExportBuckets(kProject, list, complete);
            };
            ids = [&] { return idsOf(catalog->exportBuckets(kProject).value(), &ExportBucket::id); };
        } else {
            write = [&](const QStringList &keys, bool complete) {
                QList<ExportJob> list;
                for (const QString &key : keys)
                    list.append(exportJob(orders, key, ExportJobState::InProgress));
                return catalog->writeExportJobs(kProject, orders, list, complete);
            };
            ids = [&] { return idsOf(catalog->exportJobs(kProject, orders).value(), &ExportJob::id); };
        }
        QVERIFY(write({a, b}, true));
        QCOMPARE(ids(), (QStringList{a, b}));
        QVERIFY(write({b}, false));
        QCOMPARE(ids(), (QStringList{a, b}));
        QVERIFY(write({b}, true));
        QCOMPARE(ids(), QStringList{b});
        QVERIFY(write({}, true));
        QCOMPARE(ids(), QStringList());
    }

    void removedClusterTakesItsRowsAlong()
    {
        auto catalog = fresh();
        const QString gone = QStringLiteral("gone");
        const QString kept = QStringLiteral("kept");
        QVERIFY(catalog->writeClusters(kProject, {replicaSet(gone), replicaSet(kept)}, true));
        for (const QString &name : {gone, kept}) {
            QVERIFY(catalog->writeSnapshotPage(kProject, name, snapshots(name, 3)));
            QVERIFY(catalog->writeBackupPolicy(kProject, name, BackupPolicy::atlasDefault()));
            QVERIFY(catalog->writeRestoreJobs(kProject, name, {automatedRestore(name, QStringLiteral("r"))},
                                              true));
            QVERIFY(catalog->writeExportJobs(
                    kProject, name, {exportJob(name, QStringLiteral("e"), ExportJobState::Queued)}, true));
            QVERIFY(catalog->setSyncState(SyncScope::cluster(kProject, name),
                                          fullSyncAt(at("2026-01-01T00:00:00.000Z"))));
        }
        QVERIFY(catalog->writeClusters(kProject, {replicaSet(kept)}, true));
        QCOMPARE(catalog->snapshotCount(kProject, gone).value(), 0);
        QCOMPARE(catalog->backupPolicy(kProject, gone).value(), std::optional<BackupPolicy>());
        QVERIFY(catalog->restoreJobs(kProject, gone).value().isEmpty());
        QVERIFY(catalog->exportJobs(kProject, gone).value().isEmpty());
        QCOMPARE(catalog->syncState(SyncScope::cluster(kProject, gone)).value(), std::optional<SyncState>());

        QCOMPARE(catalog->snapshotCount(kProject, kept).value(), 3);
        QVERIFY(catalog->backupPolicy(kProject, kept).value().has_value());
        QCOMPARE(catalog->restoreJobs(kProject, kept).value().size(), 1);
        QCOMPARE(catalog->exportJobs(kProject, kept).value().size(), 1);
        QVERIFY(catalog->syncState(SyncScope::cluster(kProject, kept)).value().has_value());
    }

    void removedOrganizationTakesItsProjectsAlong()
    {
        auto catalog = fresh();
        QVERIFY(catalog->writeOrganizations({{QStringLiteral("o1"), QStringLiteral("One"), false},
                                             {QStringLiteral("o2"), QStringLiteral("Two"), false}}));
        QVERIFY(catalog->writeProjects(QStringLiteral("o1"), {{kProject, QStringLiteral("P"), {}, {}, 1}},
                                       true));
        QVERIFY(catalog->writeProjects(QStringLiteral("o2"), {{kOther, QStringLiteral("Q"), {}, {}, 1}},
                                       true));
        QVERIFY(catalog->writeClusters(kProject, {replicaSet(QStringLiteral("orders"))}, true));
        QVERIFY(catalog->writeSnapshotPage(kProject, QStringLiteral("orders"),
                                           snapshots(QStringLiteral("orders"), 2)));
        QVERIFY(catalog->writeCompliancePolicy(kProject, compliancePolicy()));
        QVERIFY(catalog->writeExportBuckets(kProject, {bucket(CloudProvider::Gcp, QStringLiteral("b"))},
                                            true));
        QVERIFY(catalog->writeEvents(kProject,
                                     {backupEvent(QStringLiteral("e"), at("2026-01-01T00:00:00.000Z"))}));
        QVERIFY(catalog->setSyncState(SyncScope::project(kProject), {}));
        QVERIFY(catalog->setSyncState(SyncScope::organization(QStringLiteral("o1")), {}));

        QVERIFY(catalog->writeOrganizations({{QStringLiteral("o2"), QStringLiteral("Two"), false}}));
        QVERIFY(catalog->projects(QStringLiteral("o1")).value().isEmpty());
        QVERIFY(catalog->clusters(kProject).value().isEmpty());
        QCOMPARE(catalog->snapshotCount(kProject, QStringLiteral("orders")).value(), 0);
        QCOMPARE(catalog->compliancePolicy(kProject).value(), std::optional<CompliancePolicy>());
        QVERIFY(catalog->exportBuckets(kProject).value().isEmpty());
        QVERIFY(catalog->events(kProject, 10).value().isEmpty());
        QCOMPARE(catalog->syncState(SyncScope::project(kProject)).value(), std::optional<SyncState>());
        QCOMPARE(catalog->syncState(SyncScope::organization(QStringLiteral("o1"))).value(),
                 std::optional<SyncState>());
        QCOMPARE(catalog->projects(QStringLiteral("o2")).value().size(), 1);
    }

    void syncStateRoundTrip_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<SyncState>("state");
        QTest::newRow("organization, clean") << SyncScope::organization(QStringLiteral("o1"))
                                             << SyncState{at("2026-01-02T03:00:00.000Z"),
                                                          QStringLiteral("\"etag-1\""),
                                                          QString(),
                                                          QString(),
                                                          {}};
        QTest::newRow("cluster, failed") << SyncScope::cluster(kProject, QStringLiteral("orders"))
                                         << SyncState{QDateTime(),
                                                      QString(),
                                                      QStringLiteral("65a000000000000000000009"),
                                                      QStringLiteral("Atlas answered 503: try again later"),
                                                      {}};
    }

    void syncStateRoundTrip()
    {
        QFETCH(QString, scope);
        QFETCH(SyncState, state);
        QCOMPARE(SyncScope::organization(QStringLiteral("o1")), QStringLiteral("org:o1"));
        QCOMPARE(SyncScope::project(QStringLiteral("p")), QStringLiteral("project:p"));
        QCOMPARE(SyncScope::cluster(QStringLiteral("p"), QStringLiteral("c")), QStringLiteral("cluster:p/c"));
        auto catalog = fresh();
        QCOMPARE(catalog->syncState(scope).value(), std::optional<SyncState>());
        QVERIFY(catalog->setSyncState(scope, fullSyncAt(at("2020-01-01T00:00:00.000Z"))));
        QVERIFY(catalog->setSyncState(scope, state));
        QCOMPARE(catalog->syncState(scope).value(), std::optional(state));
    }

    void auditLogKeepsWhatWasGiven()
    {
        auto catalog = fresh();
        const AuditEntry restore{0,
                                 at("2026-01-02T03:00:00.000Z"),
                                 QStringLiteral("prod (key abcdefgh)"),
                                 QStringLiteral("restore.submit"),
                                 QStringLiteral("cluster:p/orders"),
                                 QStringLiteral(R"({"allowed":true,"violations":[],"warnings":["W_SLOW"]})"),
                                 200,
                                 QStringLiteral("restore job 6e01 created"),
                                 QStringLiteral(R"({"method":"POST","body":{"snapshotId":"s1"}})")};
        AuditEntry refused = restore;
        refused.at = {}; // stamped from the catalog's clock
        refused.action = QStringLiteral("policy.update");
        refused.target = QStringLiteral("cluster:p/ledger");
        refused.verdictJson = QStringLiteral(R"({"allowed":false})");
        refused.apiStatus.reset();
        refused.apiSummary.clear();
        const qint64 first = catalog->appendAudit(restore).value();
        const qint64 second = catalog->appendAudit(refused).value();
        QVERIFY(second > first);

        AuditEntry expectedRestore = restore;
        expectedRestore.sequence = first;
        AuditEntry expectedRefused = refused;
        expectedRefused.sequence = second;
        expectedRefused.at = m_clock->now();
        QCOMPARE(catalog->auditLog().value(), (QList<AuditEntry>{expectedRefused, expectedRestore}));
        AuditFilter byAction;
        byAction.action = QStringLiteral("restore.submit");
        QCOMPARE(catalog->auditLog(byAction).value(), QList<AuditEntry>{expectedRestore});
        AuditFilter byTarget;
        byTarget.target = QStringLiteral("cluster:p/ledger");
        QCOMPARE(catalog->auditLog(byTarget).value(), QList<AuditEntry>{expectedRefused});
        AuditFilter since;
        since.since = m_clock->now();
        QCOMPARE(catalog->auditLog(since).value(), QList<AuditEntry>{expectedRefused});
        AuditFilter byPrincipal;
        byPrincipal.principal = QStringLiteral("someone else");
        QCOMPARE(catalog->auditLog(byPrincipal).value(), QList<AuditEntry>());
        AuditFilter newest;
        newest.limit = 1;
        QCOMPARE(catalog->auditLog(newest).value(), QList<AuditEntry>{expectedRefused});

        // Nothing but the given fields is stored, and the rows cannot be changed.
        const QString file = catalog->path();
        catalog.reset();
        RawSqlite raw(file);
        QCOMPARE(raw.columns(QStringLiteral("audit_log")),
                 (QStringList{QStringLiteral("sequence"), QStringLiteral("at"), QStringLiteral("principal"),
                              QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("verdict"),
                              QStringLiteral("api_status"), QStringLiteral("api_summary"),
                              QStringLiteral("request")}));
        QCOMPARE(raw.rows("SELECT principal, action, target, verdict, api_summary FROM audit_log ORDER BY "
                          "sequence"),
                 (QList<QStringList>{{restore.principal, restore.action, restore.target, restore.verdictJson,
                                      restore.apiSummary},
                                     {refused.principal, refused.action, refused.target, refused.verdictJson,
                                      QString()}}));
        QVERIFY(!raw.exec("UPDATE audit_log SET action = 'x'"));
        QVERIFY(!raw.exec("DELETE FROM audit_log"));
        QCOMPARE(raw.rows("SELECT count(*) FROM audit_log"), QList<QStringList>{{QStringLiteral("2")}});
    }

    void auditLogHoldsNoSecrets_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("expectedVerdict");
        QTest::addColumn<QString>("expectedSummary");
        const QString secret = QStringLiteral("s3cr3t-VALUE-9f8e7d");
        QTest::newRow("secret-named JSON members")
                << QStringLiteral(
                           R"({"allowed":true,"request":{"clientSecret":"%1","privateKey":"%1","n":1}})")
                           .arg(secret)
                << QString()
                << QStringLiteral(
                           R"({"allowed":true,"request":{"clientSecret":"[redacted]","n":1,"privateKey":"[redacted]"}})")
                << QString();
        QTest::newRow("bearer token and password in text")
                << QStringLiteral(R"({"note":"sent with Bearer %1"})").arg(secret)
                << QStringLiteral(
                           "403 for password=%1; Authorization: Digest username=\"k\", response=\"%1\"")
                           .arg(secret)
                << QStringLiteral(R"({"note":"sent with Bearer [redacted]"})")
                << QStringLiteral("403 for password=[redacted]; Authorization: [redacted]");
    }

    void auditLogHoldsNoSecrets()
    {
        QFETCH(QString, verdict);
        QFETCH(QString, summary);
        QFETCH(QString, expectedVerdict);
        QFETCH(QString, expectedSummary);
        auto catalog = fresh();
        AuditEntry entry{0,
                         m_clock->now(),
                         QStringLiteral("prod"),
                         QStringLiteral("restore.submit"),
                         QStringLiteral("cluster:p/orders"),
                         verdict,
                         403,
                         summary,
                         verdict};
        QVERIFY(catalog->appendAudit(entry));
        const AuditEntry stored = catalog->auditLog().value().value(0);
        QCOMPARE(stored.verdictJson, expectedVerdict);
        QCOMPARE(stored.requestJson, expectedVerdict); // the request is redacted the same way
        QCOMPARE(stored.apiSummary, expectedSummary);

        const QString file = catalog->path();
        catalog.reset(); // checkpoints: everything is in the main file now
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(!bytes.readAll().contains("s3cr3t-VALUE-9f8e7d"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
