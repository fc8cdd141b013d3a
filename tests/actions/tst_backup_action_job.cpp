// Backup actions as jobs against a real sandbox over HTTPS, into a real
// catalog: an on-demand snapshot watched until it completes, a retention
// change, deletes (sharded, and refused by a compliance policy without a
// request), the schedule, the switches, Atlas's failures in words, and cancel.
#include "actions/backup_action_job.h"
#include "atlas_test_sandbox.h"
#include "rules/rule_codes.h"
#include "sync/sync_job.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestBackupActionJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<CatalogWriter> m_writer;
    std::shared_ptr<AtlasApi> m_api;
    RoleBook m_roles;
    QString m_analytics;
    QString m_payments;

    ActionServices services() const
    {
        Profile profile;
        profile.name = u"Sandbox owner"_qs;
        profile.publicKey = m_sandbox->credentials(u"Owner key"_qs).publicKey;
        return {m_api, m_writer, Clock::system(), profile, m_roles};
    }

    std::unique_ptr<Catalog> reader() const
    {
        return std::move(Catalog::openReader(m_writer->path(), Clock::system())).value();
    }

    // Runs the request as a job and waits (with the event loop running) until it ends.
    std::unique_ptr<BackupActionJob> run(const BackupActionRequest &request, bool cancelFirst = false)
    {
        auto job = std::make_unique<BackupActionJob>(request, services(), SnapshotPolling{20, 200});
        if (cancelFirst)
            job->cancel();
        job->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000); }();
        return job;
    }

    QList<AuditEntry> audit(const QString &action) const
    {
        AuditFilter filter;
        filter.action = action;
        return reader()->auditLog(filter).valueOr({});
    }

    // The newest completed snapshot of a cluster, as the catalog has it.
    Snapshot completed(const QString &projectId, const QString &cluster) const
    {
        const QList<Snapshot> all = reader()->snapshots(projectId, cluster).valueOr({});
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->isCompleted() && it->expiresAt > QDateTime::currentDateTimeUtc().addDays(1))
                return *it;
        }
        return {};
    }

    std::optional<Snapshot> inCatalog(const QString &projectId, const QString &cluster,
                                      const QString &id) const
    {
        for (const Snapshot &s : reader()->snapshots(projectId, cluster).valueOr({})) {
            if (s.id == id)
                return s;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        // Snapshots fail now and then by design; these tests want each one to complete.
        QCOMPARE(m_sandbox->admin("PUT", u"settings"_qs, R"({"snapshotFailureRate": 0})"), 200);
        m_writer = std::make_shared<CatalogWriter>(
                std::move(Catalog::open(m_dir.filePath(u"actions.sqlite"_qs), Clock::system())).value());
        m_api = m_sandbox->api(u"Owner key"_qs);
        m_roles = m_api->systemStatus()->roles;
        m_analytics = m_sandbox->projectId(u"Analytics"_qs);
        m_payments = m_sandbox->projectId(u"Payments"_qs);

        SyncJob sync(SyncTarget::everything(), m_api, m_writer, Clock::system());
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.isFinished(), 60000);
        QCOMPARE(sync.state(), Job::State::Succeeded);
    }

    void anOnDemandSnapshotIsTakenAndWatchedUntilItCompletes()
    {
        const QString cluster = u"analytics-events"_qs;
        auto job = std::make_unique<BackupActionJob>(
                BackupActionRequest::takeSnapshot(m_analytics, cluster, u"before the migration"_qs, 3, true),
                services(), SnapshotPolling{20, 200});
        QStringList stages;
        connect(job.get(), &Job::progressChanged, this, [&](const JobProgress &p) {
            if (stages.isEmpty() || stages.last() != p.stage)
                stages << p.stage;
        });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(stages.cbegin(), stages.cend(),
                                             [](const QString &s) { return s.endsWith(u" queued"); }),
                                 30000);
        // Sandbox time: queued for 10 s, then in progress; an on-demand snapshot takes 20 s.
        QCOMPARE(m_sandbox->admin("POST", u"advance"_qs, R"({"seconds": 12})"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(stages.cbegin(), stages.cend(),
                                             [](const QString &s) { return s.endsWith(u" in progress"); }),
                                 30000);
        QCOMPARE(m_sandbox->admin("POST", u"advance"_qs, R"({"seconds": 30})"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));

        const BackupActionOutcome &outcome = job->result()->value();
        QVERIFY(outcome.snapshot);
        QVERIFY(outcome.snapshot->isCompleted());
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY(outcome.summary.contains(u"completed"));
        QCOMPARE(job->progress().stage, outcome.summary);
        QCOMPARE(job->progress().done, job->progress().total);

        const auto stored = inCatalog(m_analytics, cluster, outcome.snapshot->id);
        QVERIFY(stored);
        QVERIFY(stored->isCompleted());
        QCOMPARE(toString(stored->origin), u"onDemand"_qs);
        QCOMPARE(stored->description, u"before the migration"_qs);

        const QList<AuditEntry> entries = audit(u"snapshot.take"_qs);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().sequence, outcome.auditSequence);
        QCOMPARE(entries.first().target, u"cluster:%1/%2"_qs.arg(m_analytics, cluster));
        QCOMPARE(entries.first().apiStatus, std::optional<int>(200));
        QVERIFY(entries.first().principal.startsWith(u"Sandbox owner (key "));
        QVERIFY(entries.first().apiSummary.contains(outcome.snapshot->id));
        const QJsonObject verdict = QJsonDocument::fromJson(entries.first().verdictJson.toUtf8()).object();
        QCOMPARE(verdict.value(u"allowed").toBool(), true);
        QCOMPARE(verdict.value(u"action").toString(), u"takeSnapshot"_qs);
    }

    void aDeleteTheCompliancePolicyLocksIsRefusedWithoutARequest()
    {
        const QString cluster = u"payments-api"_qs;
        const Snapshot snapshot = completed(m_payments, cluster);
        QVERIFY(!snapshot.id.isEmpty());
        const int requestsBefore = m_api->client().requestsSent();
        const auto job = run(BackupActionRequest::deleteSnapshot(m_payments, cluster, snapshot.id));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(m_api->client().requestsSent(), requestsBefore);
        const BackupActionError &error = job->result()->error();
        QCOMPARE(error.kind, BackupActionError::Kind::Refused);
        QVERIFY(error.verdict.refusedBy(RuleCode::ComplianceSnapshotDeleteLocked));
        QVERIFY2(job->errorMessage().contains(u"Backup Compliance Policy"), qPrintable(job->errorMessage()));
        QVERIFY(inCatalog(m_payments, cluster, snapshot.id));

        const QList<AuditEntry> entries = audit(u"snapshot.delete"_qs);
        QVERIFY(!entries.isEmpty());
        const AuditEntry &entry = entries.first();
        QCOMPARE(entry.sequence, error.auditSequence);
        QCOMPARE(entry.target, u"snapshot:%1/%2/%3"_qs.arg(m_payments, cluster, snapshot.id));
        QVERIFY(!entry.apiStatus);
        QVERIFY(entry.apiSummary.startsWith(u"refused: "));
        QVERIFY(entry.verdictJson.contains(RuleCode::ComplianceSnapshotDeleteLocked));
    }

    void aSnapshotIsKeptLonger()
    {
        const QString cluster = u"analytics-events"_qs;
        const Snapshot snapshot = completed(m_analytics, cluster);
        QVERIFY(!snapshot.id.isEmpty());
        const int days = int(snapshot.retentionDays()) + 5;
        const auto job = run(BackupActionRequest::changeRetention(m_analytics, cluster, snapshot.id, days));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const BackupActionOutcome &outcome = job->result()->value();
        QCOMPARE(outcome.snapshot->expiresAt, snapshot.createdAt.addDays(days));
        QCOMPARE(inCatalog(m_analytics, cluster, snapshot.id)->expiresAt, snapshot.createdAt.addDays(days));
        const QList<AuditEntry> entries = audit(u"snapshot.retention"_qs);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().apiStatus, std::optional<int>(200));
    }

    void aShardedSnapshotIsDeletedThroughTheShardedCall()
    {
        const QString cluster = u"analytics-shards3"_qs;
        const Snapshot snapshot = completed(m_analytics, cluster);
        QVERIFY(!snapshot.id.isEmpty());
        QVERIFY(snapshot.topology == Topology::ShardedCluster);
        const auto job = run(BackupActionRequest::deleteSnapshot(m_analytics, cluster, snapshot.id));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        QVERIFY(!inCatalog(m_analytics, cluster, snapshot.id));
        QVERIFY(!m_api->shardedSnapshot(m_analytics, cluster, snapshot.id));
        QCOMPARE(audit(u"snapshot.delete"_qs).first().apiStatus, std::optional<int>(204));
    }

    void theScheduleIsChanged()
    {
        const QString cluster = u"analytics-reports"_qs;
        BackupPolicy policy = *reader()->backupPolicy(m_analytics, cluster).value();
        for (PolicyItem &item : policy.items) {
            if (item.frequency == Frequency::Daily)
                item.retention = {RetentionUnit::Days, 45};
        }
        const auto job = run(BackupActionRequest::editPolicy(m_analytics, cluster, policy));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        const BackupPolicy stored = *reader()->backupPolicy(m_analytics, cluster).value();
        QCOMPARE(stored.itemsOf(Frequency::Daily).first().retention, (Retention{RetentionUnit::Days, 45}));
    }

    void pointInTimeIsSwitchedOffAndOnAgain()
    {
        const QString cluster = u"analytics-warehouse"_qs;
        auto off = run(BackupActionRequest::toggle(ActionKind::DisablePit, m_analytics, cluster));
        QVERIFY2(off->state() == Job::State::Succeeded, qPrintable(off->errorMessage()));
        QVERIFY(!off->result()->value().cluster->pitEnabled);
        QVERIFY(!(*reader()->cluster(m_analytics, cluster).value()).pitEnabled);
        auto again = run(BackupActionRequest::toggle(ActionKind::DisablePit, m_analytics, cluster));
        QCOMPARE(again->result()->error().kind, BackupActionError::Kind::Refused);
        QVERIFY(again->result()->error().verdict.refusedBy(RuleCode::PitNotEnabled));
        auto on = run(BackupActionRequest::toggle(ActionKind::EnablePit, m_analytics, cluster));
        QVERIFY2(on->state() == Job::State::Succeeded, qPrintable(on->errorMessage()));
        QVERIFY((*reader()->cluster(m_analytics, cluster).value()).pitEnabled);
        QCOMPARE(audit(u"pit.enable"_qs).size(), 1);
        QCOMPARE(audit(u"pit.disable"_qs).size(), 2); // the refusal is kept too
    }

    void atlasFailuresAreSaidInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("500") << 500 << u"HTTP 500"_qs;
        QTest::newRow("403") << 403 << u"lack the role"_qs;
    }

    void atlasFailuresAreSaidInWords()
    {
        QFETCH(int, status);
        QFETCH(QString, words);
        const QByteArray faults = "{\"faults\": [{\"method\": \"POST\", \"path\": \"backup.snapshots$\", "
                                  "\"kind\": \"status\", \"status\": "
                + QByteArray::number(status) + ", \"times\": 1}]}";
        QCOMPARE(m_sandbox->admin("PUT", u"faults"_qs, faults), 200);
        const auto job = run(BackupActionRequest::takeSnapshot(m_analytics, u"analytics-etl"_qs, {}, 2));
        QCOMPARE(m_sandbox->admin("DELETE", u"faults"_qs), 200);
        QCOMPARE(job->state(), Job::State::Failed);
        const BackupActionError &error = job->result()->error();
        QCOMPARE(error.kind, BackupActionError::Kind::Atlas);
        QCOMPARE(error.atlas->httpStatus, status);
        QVERIFY2(job->errorMessage().contains(words), qPrintable(job->errorMessage()));
        QVERIFY2(!job->errorMessage().contains(u'{'), qPrintable(job->errorMessage()));
        const AuditEntry entry = audit(u"snapshot.take"_qs).first();
        QCOMPARE(entry.sequence, error.auditSequence);
        QCOMPARE(entry.apiStatus, std::optional<int>(status));
        QCOMPARE(entry.apiSummary, u"SANDBOX_INJECTED_FAULT"_qs);
    }

    void aCancelBeforeTheRequestSendsNothing()
    {
        const int requestsBefore = m_api->client().requestsSent();
        const qsizetype auditBefore = audit(u"snapshot.take"_qs).size();
        const auto job
                = run(BackupActionRequest::takeSnapshot(m_analytics, u"analytics-etl"_qs, {}, 2), true);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QCOMPARE(job->result()->error().kind, BackupActionError::Kind::Cancelled);
        QCOMPARE(m_api->client().requestsSent(), requestsBefore);
        QCOMPARE(audit(u"snapshot.take"_qs).size(), auditBefore);
    }

    void aCancelWhileWatchingStillStoresTheSnapshot()
    {
        const QString cluster = u"analytics-reports"_qs;
        auto job = std::make_unique<BackupActionJob>(
                BackupActionRequest::takeSnapshot(m_analytics, cluster, {}, 2, true), services(),
                SnapshotPolling{20, 200});
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().stage.endsWith(u" queued"), 30000);
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), Job::State::Succeeded);
        const BackupActionOutcome &outcome = job->result()->value();
        QVERIFY(outcome.followStopped);
        QVERIFY(outcome.snapshot->isPending());
        QVERIFY(outcome.summary.startsWith(u"Stopped watching"));
        QVERIFY(inCatalog(m_analytics, cluster, outcome.snapshot->id));
    }
};

QTEST_GUILESS_MAIN(TestBackupActionJob)
#include "tst_backup_action_job.moc"
