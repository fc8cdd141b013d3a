// Restores against a real sandbox over HTTPS, into a real catalog: the
// pre-flight verdicts on the version ladder, shard counts and roles; one
// request per confirmed restore (a double submit, a lost answer, a reset
// connection); following the job to its end; cancel, and the sharded 405
// explained; refusals and changed facts sending nothing; the audit log.
#include "restore/restore_operation_job.h"
#include "restore/restore_preflight.h"
#include "restore_test_environment.h"
#include "rules/pit_window.h"
#include "rules/rule_codes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestRestoreOperation : public QObject
{
    Q_OBJECT

private:
    RestoreTestEnvironment m_env;
    QString m_platform;
    QString m_analytics;
    QString m_payments;

    static constexpr auto kRestorePaths = "/backup/restoreJobs$";

    Snapshot snapshotOf(const QString &projectId, const QString &cluster,
                        const std::function<bool(const Snapshot &)> &wanted = {}) const
    {
        return m_env.newestCompleted(projectId, cluster, wanted);
    }

    RestoreOrder order(const QString &projectId, const QString &cluster, const QString &snapshotId,
                       const QString &targetProject, const QString &target) const
    {
        RestoreOrder o;
        o.projectId = projectId;
        o.clusterName = cluster;
        o.snapshotId = snapshotId;
        o.targetProjectId = targetProject;
        o.targetClusterName = target;
        return o;
    }

    RestoreCheck judge(const RestoreOrder &o, const RoleBook &roles) const
    {
        return RestorePreflight::judge(*m_env.reader(), roles, o, QDateTime::currentDateTimeUtc()).value();
    }

    std::unique_ptr<RestoreOperationJob> makeJob(const RestoreOrder &o, std::optional<Verdict> confirmed = {},
                                                 std::optional<RoleBook> roles = {})
    {
        RestoreOptions options;
        options.confirmed = std::move(confirmed);
        options.polling = {20, 200};
        return std::make_unique<RestoreOperationJob>(o, options, m_env.services(roles));
    }

    int restoreRequests()
    {
        return int(m_env.sandbox().requests("POST", QString::fromLatin1(kRestorePaths)).size());
    }

    void finishRestores() { QVERIFY(m_env.finishRestores()); }

    QList<AuditEntry> audit(const QString &action) const
    {
        AuditFilter filter;
        filter.action = action;
        return m_env.reader()->auditLog(filter).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        m_platform = m_env.projectId(u"Platform-Dev"_qs);
        m_analytics = m_env.projectId(u"Analytics"_qs);
        m_payments = m_env.projectId(u"Payments"_qs);
    }

    void aSevenOhSnapshotClimbsTheVersionLadderOnly()
    {
        const Snapshot old = snapshotOf(m_platform, u"platform-target"_qs,
                                        [](const Snapshot &s) { return s.mongodVersion.majorNumber() == 7; });
        QVERIFY2(!old.id.isEmpty(), "platform-target keeps snapshots from before its upgrade to 8.0");
        const RestoreOrder toOld
                = order(m_platform, u"platform-target"_qs, old.id, m_platform, u"platform-old"_qs);
        const RestoreCheck refused = judge(toOld, m_env.ownerRoles());
        QVERIFY(refused.verdict.refusedBy(RuleCode::VersionDowngrade));
        QVERIFY(refused.request.body.value(u"snapshotId").toString() == old.id);

        const auto candidates = RestorePreflight::candidates(*m_env.reader(), m_env.ownerRoles(), toOld,
                                                             QDateTime::currentDateTimeUtc());
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 19);
        const auto verdictOn = [&](const QString &name) {
            for (const RestoreCandidate &c : *candidates) {
                if (c.target.cluster.name == name)
                    return c.verdict;
            }
            return Verdict{};
        };
        QVERIFY(verdictOn(u"platform-old"_qs).refusedBy(RuleCode::VersionDowngrade));
        QVERIFY2(verdictOn(u"platform-target"_qs).allowed(),
                 qPrintable(verdictOn(u"platform-target"_qs).violationCodes().join(u", ")));
        QVERIFY(verdictOn(u"dev-free"_qs).refusedBy(RuleCode::TierTargetFree));
    }

    void threeShardsDoNotGoIntoTwo()
    {
        const Snapshot s = snapshotOf(m_analytics, u"analytics-shards3"_qs);
        const RestoreCheck check = judge(
                order(m_analytics, u"analytics-shards3"_qs, s.id, m_analytics, u"analytics-warehouse"_qs),
                m_env.ownerRoles());
        QVERIFY(check.verdict.refusedBy(RuleCode::TopologyShardCountMismatch));
        QVERIFY(!check.verdict.violations.isEmpty());
        for (const Finding &f : check.verdict.violations)
            QVERIFY2(!f.message.isEmpty() && !f.message.contains(u'_'), qPrintable(f.message));
    }

    void theComplianceProjectTakesABackupManagerButNotAReadOnlyKey()
    {
        const Snapshot s = snapshotOf(m_payments, u"payments-api"_qs);
        const RestoreOrder intoItself
                = order(m_payments, u"payments-api"_qs, s.id, m_payments, u"payments-api"_qs);
        const Verdict manager = judge(intoItself, m_env.rolesOf(u"Backup manager key"_qs)).verdict;
        QVERIFY2(manager.allowed(), qPrintable(manager.violationCodes().join(u", ")));
        QVERIFY(manager.warns(RuleCode::WarnTargetDataReplaced));
        const Verdict readOnly = judge(intoItself, m_env.rolesOf(u"Read-only key"_qs)).verdict;
        QVERIFY(readOnly.refusedBy(RuleCode::RoleMissing));
    }

    void aConfirmedRestoreIsSentOnceAndFollowedToItsEnd()
    {
        const Snapshot s = snapshotOf(m_platform, u"platform-target"_qs);
        const RestoreOrder o
                = order(m_platform, u"platform-target"_qs, s.id, m_platform, u"platform-target"_qs);
        const RestoreCheck confirmed = judge(o, m_env.ownerRoles());
        QVERIFY(confirmed.allowed());
        const int before = restoreRequests();
        auto job = makeJob(o, confirmed.verdict);
        QSignalSpy changes(job.get(), &RestoreOperationJob::restoreJobChanged);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value(), 30000);
        QVERIFY(job->restoreJob()->state() == RestoreJobState::InProgress);
        QCOMPARE(job->restoreJob()->targetClusterName, u"platform-target"_qs);
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        QCOMPARE(restoreRequests(), before + 1);
        QVERIFY(changes.size() >= 2);

        const RestoreOutcome &outcome = job->result()->value();
        QVERIFY(outcome.job.state() == RestoreJobState::Completed);
        QVERIFY(!outcome.adopted);
        QVERIFY(outcome.summary.contains(u"completed"));
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(job->progress().done, job->progress().total);

        // The catalog knows the job, and the audit log the verdict, the request and the outcome.
        bool stored = false;
        for (const RestoreJob &r : m_env.reader()->restoreJobs(m_platform, u"platform-target"_qs).valueOr({}))
            stored = stored || (r.id == outcome.job.id && r.state() == RestoreJobState::Completed);
        QVERIFY(stored);
        const QList<AuditEntry> submitted = audit(u"restore.submit"_qs);
        QVERIFY(!submitted.isEmpty());
        QCOMPARE(submitted.first().apiStatus, std::optional<int>(200));
        QVERIFY(submitted.first().apiSummary.contains(outcome.job.id));
        const QJsonObject request = QJsonDocument::fromJson(submitted.first().requestJson.toUtf8()).object();
        QCOMPARE(request.value(u"method").toString(), u"POST"_qs);
        QCOMPARE(request.value(u"body").toObject().value(u"snapshotId").toString(), s.id);
        QVERIFY(submitted.first().verdictJson.contains(RuleCode::WarnTargetDataReplaced));
        const QList<AuditEntry> finished = audit(u"restore.finish"_qs);
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.first().apiSummary, u"job %1 completed"_qs.arg(outcome.job.id));
    }

    void aDoubleSubmitMakesOneJobAndCancelStopsItInAtlas()
    {
        const Snapshot s = snapshotOf(m_analytics, u"analytics-events"_qs);
        const RestoreOrder o
                = order(m_analytics, u"analytics-events"_qs, s.id, m_analytics, u"analytics-events"_qs);
        const int before = restoreRequests();
        auto first = makeJob(o);
        auto second = makeJob(o);
        first->start();
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished() || first->isFinished(), 30000);
        RestoreOperationJob *duplicate = second->isFinished() ? second.get() : first.get();
        RestoreOperationJob *running = duplicate == second.get() ? first.get() : second.get();
        QCOMPARE(duplicate->result()->error().kind, RestoreFailure::Kind::Duplicate);
        QVERIFY(duplicate->errorMessage().contains(u"not sent a second time"));

        QTRY_VERIFY_WITH_TIMEOUT(running->restoreJob().has_value(), 30000);
        running->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(running->isFinished(), 30000);
        QCOMPARE(running->state(), Job::State::Cancelled);
        QCOMPARE(running->result()->error().kind, RestoreFailure::Kind::Cancelled);
        QVERIFY(running->result()->error().job->state() == RestoreJobState::Cancelled);
        QCOMPARE(restoreRequests(), before + 1);
        QCOMPARE(m_env.sandbox().requests("DELETE", u"/backup/restoreJobs/"_qs).size(), 1);
        QVERIFY(!audit(u"restore.cancel"_qs).isEmpty());
    }

    void aLostAnswerIsFoundInTheJobListAndNotSentAgain()
    {
        const Snapshot s = snapshotOf(m_analytics, u"analytics-reports"_qs);
        const RestoreOrder o
                = order(m_analytics, u"analytics-reports"_qs, s.id, m_analytics, u"analytics-reports"_qs);
        QCOMPARE(
                m_env.sandbox().admin(
                        "PUT", u"faults"_qs,
                        R"({"faults": [{"method": "POST", "path": "analytics-reports/backup/restoreJobs$", "kind": "malformed", "times": 1}]})"),
                200);
        const int before = restoreRequests();
        auto job = makeJob(o);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        QVERIFY2(job->restoreJob().has_value(), qPrintable(job->errorMessage()));
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        QVERIFY(job->result()->value().adopted);
        QCOMPARE(restoreRequests(), before + 1);
    }

    void aResetConnectionIsSentAgainOnlyAfterTheListShowsNothing()
    {
        const Snapshot s = snapshotOf(m_analytics, u"analytics-etl"_qs);
        const RestoreOrder o
                = order(m_analytics, u"analytics-etl"_qs, s.id, m_analytics, u"analytics-etl"_qs);
        const int jobsBefore = int(m_env.api()->restoreJobs(m_analytics, u"analytics-etl"_qs)->size());
        QCOMPARE(
                m_env.sandbox().admin(
                        "PUT", u"faults"_qs,
                        R"({"faults": [{"method": "POST", "path": "analytics-etl/backup/restoreJobs$", "kind": "reset", "times": 1}]})"),
                200);
        auto job = makeJob(o);
        QStringList stages;
        connect(job.get(), &Job::progressChanged, this, [&](const JobProgress &p) { stages << p.stage; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
        QCOMPARE(int(m_env.api()->restoreJobs(m_analytics, u"analytics-etl"_qs)->size()), jobsBefore + 1);
        // The sandbox hung up on the first request; the list showed nothing, so the second made the one job.
        QVERIFY(std::any_of(stages.cbegin(), stages.cend(), [](const QString &stage) {
            return stage.contains(u"looking for the job in its list");
        }));
        QCOMPARE(m_env.sandbox().requests("POST", u"analytics-etl/backup/restoreJobs$"_qs).size(), 1);
    }

    void aShardedRestoreCannotBeCancelledAndSaysWhy()
    {
        const Snapshot s = snapshotOf(m_analytics, u"analytics-shards3"_qs);
        const RestoreOrder o
                = order(m_analytics, u"analytics-shards3"_qs, s.id, m_analytics, u"analytics-shards3"_qs);
        auto job = makeJob(o);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        QVERIFY2(job->restoreJob().has_value(), qPrintable(job->errorMessage()));
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().stage.contains(u"405"), 30000);
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), Job::State::Succeeded);
        const RestoreOutcome &outcome = job->result()->value();
        QVERIFY(outcome.cancelNote.contains(u"sharded"));
        QVERIFY(outcome.job.state() == RestoreJobState::Completed);
    }

    void aRefusedRestoreSendsNothing()
    {
        const Snapshot s = snapshotOf(m_platform, u"platform-old"_qs);
        const RestoreOrder o = order(m_platform, u"platform-old"_qs, s.id, m_platform, u"platform-old"_qs);
        const int before = restoreRequests();
        auto job = makeJob(o, std::nullopt, m_env.rolesOf(u"Read-only key"_qs));
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->result()->error().kind, RestoreFailure::Kind::Refused);
        QVERIFY(!job->result()->error().requestSent);
        QVERIFY(job->errorMessage().contains(u"role", Qt::CaseInsensitive));
        QCOMPARE(restoreRequests(), before);
        const QList<AuditEntry> entries = audit(u"restore.submit"_qs);
        QVERIFY(entries.first().apiSummary.startsWith(u"refused: "));
        QVERIFY(!entries.first().apiStatus);
    }

    void aChangeSinceConfirmationSendsNothing()
    {
        const Snapshot s = snapshotOf(m_platform, u"platform-old"_qs);
        const RestoreOrder o = order(m_platform, u"platform-old"_qs, s.id, m_platform, u"platform-old"_qs);
        const int before = restoreRequests();
        auto job = makeJob(o,
                           Verdict{}); // the person saw no warnings; now the target's data would be replaced
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QCOMPARE(job->result()->error().kind, RestoreFailure::Kind::Changed);
        QVERIFY(job->errorMessage().contains(u"changed"));
        QCOMPARE(restoreRequests(), before);
    }

    void aMomentInTheOplogGapIsRefused()
    {
        // payments-api's oplog fell behind for two hours two days ago (its CPS_OPLOG_* events say so).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RestoreOrder o = order(m_payments, u"payments-api"_qs, {}, m_payments, u"payments-api"_qs);
        o.snapshotId.reset();
        o.pointInTime = PointInTime{now.addSecs(-47 * 3600).toSecsSinceEpoch(), std::nullopt, std::nullopt};
        const RestoreCheck inGap = judge(o, m_env.ownerRoles());
        QVERIFY2(inGap.verdict.refusedBy(RuleCode::PitInGap),
                 qPrintable(inGap.verdict.violationCodes().join(u", ")));
        o.pointInTime = PointInTime{now.addSecs(-40 * 3600).toSecsSinceEpoch(), std::nullopt, std::nullopt};
        QVERIFY(judge(o, m_env.ownerRoles()).allowed());
    }

    void aPointInTimeRestoreSendsTheSecond()
    {
        const auto cluster = m_env.reader()->cluster(m_payments, u"payments-ledger"_qs).value();
        QVERIFY(cluster && cluster->pitEnabled);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const PitWindow window(*cluster, now);
        const auto moment = window.nearestRestorable(now.addSecs(-3600));
        QVERIFY(moment);
        RestoreOrder o = order(m_payments, u"payments-ledger"_qs, {}, m_payments, u"payments-ledger"_qs);
        o.snapshotId.reset();
        o.pointInTime = PointInTime{moment->toSecsSinceEpoch(), std::nullopt, std::nullopt};
        auto job = makeJob(o);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->restoreJob().has_value() || job->isFinished(), 30000);
        QVERIFY2(job->restoreJob().has_value(), qPrintable(job->errorMessage()));
        const QJsonArray posts = m_env.sandbox().requests("POST", u"payments-ledger/backup/restoreJobs$"_qs);
        QCOMPARE(posts.size(), 1);
        QVERIFY(job->restoreJob()->deliveryType == DeliveryType::PointInTime);
        finishRestores();
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRestoreOperation)
#include "tst_restore_operation.moc"
