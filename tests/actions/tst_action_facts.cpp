// The facts a backup action is judged on, gathered from a catalog: the
// cluster with its organization and project, the snapshot, the compliance
// policy and schedule, pending snapshots, running exports, the project's
// snapshot count; and the same facts from a cluster page's detail.
#include "actions/action_facts.h"
#include "rules/rule_codes.h"
#include "rules/rule_planner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

namespace {

const QString kOrg = u"5f00000000000000000000aa"_qs;
const QString kProject = u"5f0000000000000000000001"_qs;
const QDateTime kNow = QDateTime::fromString(u"2026-11-24T12:00:00Z"_qs, Qt::ISODate);

Cluster clusterNamed(const QString &name)
{
    Cluster c;
    c.id = name + u"-id"_qs;
    c.name = name;
    c.projectId = kProject;
    c.tier = *Tier::parse(u"M30"_qs);
    c.version = *MongoVersion::parse(u"8.0.4"_qs);
    c.backupKind = BackupKind::Cloud;
    return c;
}

Snapshot snapshot(const QString &id, int hoursAgo, SnapshotStatus status, SnapshotOrigin origin)
{
    Snapshot s;
    s.id = id;
    s.clusterName = u"orders"_qs;
    s.createdAt = kNow.addSecs(-3600LL * hoursAgo);
    s.expiresAt = s.createdAt.addDays(7);
    s.status = status;
    s.origin = origin;
    s.frequency = origin == SnapshotOrigin::OnDemand ? Frequency::OnDemand : Frequency::Daily;
    s.mongodVersion = *MongoVersion::parse(u"8.0.4"_qs);
    s.storageSizeBytes = 1000;
    return s;
}

ExportJob exportOf(const QString &id, const QString &snapshotId, ExportJobState state)
{
    ExportJob job;
    job.id = id;
    job.clusterName = u"orders"_qs;
    job.snapshotId = snapshotId;
    job.exportBucketId = u"bucket"_qs;
    job.state = state;
    job.createdAt = kNow.addSecs(-60);
    return job;
}

CompliancePolicy bcp()
{
    CompliancePolicy p;
    p.projectId = kProject;
    p.authorizedEmail = u"ciso@example.com"_qs;
    p.pitEnabled = true;
    p.restoreWindowDays = 2;
    p.scheduledPolicyItems = {{u"i1"_qs, Frequency::Daily, 1, {RetentionUnit::Days, 7}}};
    return p;
}

} // namespace

class TestActionFacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    RoleBook m_roles;

private Q_SLOTS:
    void initTestCase()
    {
        auto clock = std::make_shared<ManualClock>(kNow);
        m_catalog = std::move(Catalog::open(m_dir.filePath(u"facts.sqlite"_qs), clock)).value();
        QVERIFY(m_catalog->writeOrganizations({{kOrg, u"Acme"_qs, false}}));
        QVERIFY(m_catalog->writeProjects(kOrg, {{kProject, u"Orders"_qs, kOrg, kNow.addYears(-1), 2}}, true));
        QVERIFY(m_catalog->writeClusters(kProject, {clusterNamed(u"orders"_qs), clusterNamed(u"audit"_qs)},
                                         true));
        QVERIFY(m_catalog->writeSnapshotPage(
                kProject, u"orders"_qs,
                {snapshot(u"done"_qs, 30, SnapshotStatus::Completed, SnapshotOrigin::Scheduled),
                 snapshot(u"queued"_qs, 1, SnapshotStatus::Queued, SnapshotOrigin::OnDemand),
                 snapshot(u"running"_qs, 2, SnapshotStatus::InProgress, SnapshotOrigin::Scheduled)}));
        QVERIFY(m_catalog->writeSnapshotPage(
                kProject, u"audit"_qs,
                {snapshot(u"a1"_qs, 40, SnapshotStatus::Completed, SnapshotOrigin::Scheduled),
                 snapshot(u"a2"_qs, 20, SnapshotStatus::Completed, SnapshotOrigin::Scheduled)}));
        QVERIFY(m_catalog->writeBackupPolicy(kProject, u"orders"_qs, BackupPolicy::atlasDefault()));
        QVERIFY(m_catalog->writeCompliancePolicy(kProject, bcp()));
        QVERIFY(m_catalog->writeExportJobs(kProject, u"orders"_qs,
                                           {exportOf(u"e1"_qs, u"done"_qs, ExportJobState::InProgress),
                                            exportOf(u"e2"_qs, u"done"_qs, ExportJobState::Successful),
                                            exportOf(u"e3"_qs, u"other"_qs, ExportJobState::Queued)},
                                           true));
        m_roles.grant(kProject, Role::ProjectOwner);
    }

    void everyFactIsGathered()
    {
        const auto facts = ActionFacts::gather(*m_catalog, m_roles, kProject, u"orders"_qs, u"done"_qs, kNow);
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().message));
        QCOMPARE(facts->now, kNow);
        QVERIFY(facts->roles.has(kProject, Role::ProjectOwner));
        QCOMPARE(facts->source.orgId, kOrg);
        QCOMPARE(facts->source.projectId, kProject);
        QCOMPARE(facts->source.projectName, u"Orders"_qs);
        QCOMPARE(facts->source.cluster.name, u"orders"_qs);
        QCOMPARE(facts->source.cluster.tier.name(), u"M30"_qs);
        QVERIFY(!facts->target);
        QCOMPARE(facts->snapshot->id, u"done"_qs);
        QVERIFY(facts->snapshot->isCompleted());
        QCOMPARE(facts->compliancePolicy->authorizedEmail, u"ciso@example.com"_qs);
        QCOMPARE(*facts->currentPolicy, BackupPolicy::atlasDefault());
        QCOMPARE(facts->pendingSnapshots.size(), 2);
        QCOMPARE(facts->pendingSnapshots[0].id, u"running"_qs); // oldest first
        QCOMPARE(facts->pendingSnapshots[1].id, u"queued"_qs);
        QCOMPARE(facts->activeExports, 1); // e1; e2 has finished and e3 exports another snapshot
        QCOMPARE(facts->projectSnapshotCount, 5);
    }

    void withoutASnapshotNoneIsLookedFor()
    {
        const auto facts
                = ActionFacts::gather(*m_catalog, m_roles, kProject, u"audit"_qs, std::nullopt, kNow);
        QVERIFY(facts);
        QVERIFY(!facts->snapshot);
        QVERIFY(!facts->currentPolicy);
        QVERIFY(facts->pendingSnapshots.isEmpty());
        QCOMPARE(facts->activeExports, 0);
        QCOMPARE(facts->projectSnapshotCount, 5);
    }

    void whatTheCatalogLacksIsSaid_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("snapshot");
        QTest::addColumn<QString>("code");
        QTest::newRow("cluster") << u"gone"_qs << QString() << u"CLUSTER_NOT_IN_CATALOG"_qs;
        QTest::newRow("snapshot") << u"orders"_qs << u"expired"_qs << u"SNAPSHOT_NOT_IN_CATALOG"_qs;
    }

    void whatTheCatalogLacksIsSaid()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, snapshot);
        QFETCH(QString, code);
        const auto facts
                = ActionFacts::gather(*m_catalog, m_roles, kProject, cluster,
                                      snapshot.isEmpty() ? std::nullopt : std::optional(snapshot), kNow);
        QVERIFY(!facts);
        QCOMPARE(facts.error().code, code);
        QVERIFY(facts.error().message.contains(snapshot.isEmpty() ? cluster : snapshot));
    }

    void aPlacementNamesItsOrganizationAndProject()
    {
        const auto where = ActionFacts::placement(*m_catalog, kProject, u"audit"_qs);
        QVERIFY(where);
        QCOMPARE(where->orgId, kOrg);
        QCOMPARE(where->projectLabel(), u"Orders"_qs);
        QCOMPARE(where->cluster.name, u"audit"_qs);
    }

    void thePlannerJudgesTheGatheredFacts()
    {
        // The queued on-demand snapshot blocks another; the compliance policy blocks a delete.
        const auto facts = ActionFacts::gather(*m_catalog, m_roles, kProject, u"orders"_qs, u"done"_qs, kNow);
        ProposedAction take;
        take.kind = ActionKind::TakeSnapshot;
        take.retentionDays = 7;
        QCOMPARE(RulePlanner().evaluate(take, *facts).violationCodes(),
                 QStringList{RuleCode::SnapshotOnDemandInProgress});
        ProposedAction remove;
        remove.kind = ActionKind::DeleteSnapshot;
        QCOMPARE(RulePlanner().evaluate(remove, *facts).violationCodes(),
                 QStringList{RuleCode::ComplianceSnapshotDeleteLocked});
    }

    void aClusterPagesDetailGivesTheSameFacts()
    {
        ClusterDetail detail;
        detail.where = *ActionFacts::placement(*m_catalog, kProject, u"orders"_qs);
        detail.policy = BackupPolicy::atlasDefault();
        detail.compliance = bcp();
        detail.snapshots = m_catalog->snapshots(kProject, u"orders"_qs).valueOr({});
        const auto gathered
                = ActionFacts::gather(*m_catalog, m_roles, kProject, u"orders"_qs, u"done"_qs, kNow);
        const Facts fromDetail = ActionFacts::fromDetail(detail, m_roles, u"done"_qs, kNow);
        QCOMPARE(fromDetail.source.orgId, gathered->source.orgId);
        QCOMPARE(fromDetail.source.projectName, gathered->source.projectName);
        QCOMPARE(fromDetail.source.cluster, gathered->source.cluster);
        QCOMPARE(fromDetail.snapshot, gathered->snapshot);
        QCOMPARE(fromDetail.compliancePolicy, gathered->compliancePolicy);
        QCOMPARE(fromDetail.currentPolicy, gathered->currentPolicy);
        QCOMPARE(fromDetail.pendingSnapshots, gathered->pendingSnapshots);
        QCOMPARE(fromDetail.activeExports, 0);
        QVERIFY(!ActionFacts::fromDetail(detail, m_roles, u"unknown"_qs, kNow).snapshot);
    }

    void aSnapshotCarriesItsClustersPinnedFcv()
    {
        // Atlas lists no FCV on Cloud Backup snapshots: the cluster's pin is what binds a restore.
        const QString project = u"5f0000000000000000000002"_qs;
        Cluster pinned = clusterNamed(u"pinned"_qs);
        pinned.projectId = project;
        pinned.fcvPinned = MongoVersion(7, 0);
        Cluster newer = clusterNamed(u"newer"_qs);
        newer.projectId = project;
        Cluster older = newer;
        older.name = u"older"_qs;
        older.version = *MongoVersion::parse(u"7.0.14"_qs);
        QVERIFY(m_catalog->writeClusters(project, {pinned, newer, older}, true));
        QVERIFY(m_catalog->writeSnapshotPage(
                project, u"pinned"_qs,
                {snapshot(u"p1"_qs, 10, SnapshotStatus::Completed, SnapshotOrigin::Scheduled)}));
        RoleBook roles;
        roles.grant(project, Role::ProjectOwner);

        auto facts = ActionFacts::gather(*m_catalog, roles, project, u"pinned"_qs, u"p1"_qs, kNow);
        QVERIFY(facts);
        QCOMPARE(facts->snapshot->fcvPinned, std::optional(MongoVersion(7, 0)));
        ClusterDetail detail;
        detail.where = facts->source;
        detail.snapshots = m_catalog->snapshots(project, u"pinned"_qs).valueOr({});
        QCOMPARE(ActionFacts::fromDetail(detail, roles, u"p1"_qs, kNow).snapshot, facts->snapshot);

        ProposedAction restore;
        Facts into = *facts;
        into.target = *ActionFacts::placement(*m_catalog, project, u"newer"_qs);
        QCOMPARE(RulePlanner().evaluate(restore, into).violationCodes(),
                 QStringList{RuleCode::VersionFcvPinned});
        into.target = *ActionFacts::placement(*m_catalog, project, u"older"_qs);
        QVERIFY(RulePlanner().evaluate(restore, into).allowed());
    }

    void restoresIntoTheSourceBlackItOut()
    {
        // A restore from another project's cluster into orders, still without a snapshot after it.
        const QString other = u"5f0000000000000000000002"_qs;
        RestoreJob job;
        job.id = u"r1"_qs;
        job.sourceClusterName = u"newer"_qs;
        job.deliveryType = DeliveryType::PointInTime;
        job.targetProjectId = kProject;
        job.targetClusterName = u"orders"_qs;
        job.createdAt = kNow.addSecs(-5 * 3600);
        job.finishedAt = kNow.addSecs(-4 * 3600);
        RestoreJob download = job;
        download.id = u"r2"_qs;
        download.deliveryType = DeliveryType::Download;
        QVERIFY(m_catalog->writeRestoreJobs(other, u"newer"_qs, {job, download}, true));

        const auto into = m_catalog->restoreJobsInto(kProject, u"orders"_qs);
        QVERIFY(into);
        QCOMPARE(into->size(), 2);
        QCOMPARE(into->first().sourceClusterName, u"newer"_qs);
        const auto facts
                = ActionFacts::gather(*m_catalog, m_roles, kProject, u"orders"_qs, std::nullopt, kNow);
        QVERIFY(facts);
        QCOMPARE(facts->source.cluster.pit.blackouts, (TimeRanges{{job.createdAt, kNow}}));

        ProposedAction restore;
        restore.pointInTime = PointInTime{job.createdAt.addSecs(60).toSecsSinceEpoch(), {}, {}};
        Facts withPit = *facts;
        withPit.source.cluster.backupKind = BackupKind::CloudContinuous;
        withPit.source.cluster.pitEnabled = true;
        withPit.source.cluster.restoreWindowDays = 2;
        withPit.target = facts->source;
        QVERIFY(RulePlanner().evaluate(restore, withPit).refusedBy(RuleCode::PitInBlackout));
    }
};

QTEST_GUILESS_MAIN(TestActionFacts)
#include "tst_action_facts.moc"
