// The console's rules engine and the sandbox's restore checks are two
// independent implementations of Atlas's restore rules. For several hundred
// randomized (source, point, delivery, target, credential) cases the console
// syncs, judges with RulePlanner and sends the request anyway; the sandbox
// must accept every request the console allows. Requests the console refuses
// but the sandbox accepts ("console stricter") are listed, not failed.
#include "actions/action_facts.h"
#include "agreement_tally.h"
#include "atlas_test_sandbox.h"
#include "case_drawer.h"
#include "restore_sender.h"
#include "rules/rule_planner.h"
#include "sync/sync_job.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

constexpr quint64 kDefaultSeed = 20260306;
constexpr int kDefaultCases = 1000;
// 2026-01-12T10:00:00Z: a fixed world, ten days before the serverless backup
// endpoints' sunset (2026-01-22), so serverless restores are still served.
constexpr qint64 kSandboxStart = 1768212000;
// Longer than any sandbox restore runs (at most 300 s), so advancing by it
// finishes the job that was just created.
constexpr qint64 kFinishRestore = 310;

const QStringList kCredentials{QStringLiteral("Owner key"), QStringLiteral("Backup manager key"),
                               QStringLiteral("Read-only key"),
                               QStringLiteral("Organization Owner without project roles")};

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

QString keyOf(const QString &projectId, const QString &cluster)
{
    return projectId + u'/' + cluster;
}

} // namespace

class TestRestoreAgreement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    std::shared_ptr<ManualClock> m_clock;
    QTemporaryDir m_dir;
    std::shared_ptr<CatalogWriter> m_writer;
    std::unique_ptr<Catalog> m_reader;
    QHash<QString, std::shared_ptr<AtlasApi>> m_apis;
    QHash<QString, RoleBook> m_roles;
    QList<ProjectCluster> m_clusters;
    QHash<QString, QDateTime> m_syncedAt; // cluster key → sandbox time of its last sync
    QDateTime m_advancedAt;               // when the sandbox clock last moved

    Status sync(const SyncTarget &target)
    {
        Synchronizer synchronizer(m_apis.value(kCredentials.first()), m_writer, m_clock, {});
        auto report = SyncJob::runHere(target, synchronizer, nullptr);
        if (!report)
            return report.error().toError();
        return Done{};
    }

    // The console syncs a cluster before judging a restore from or into it:
    // when the sandbox clock moved since its last sync, it is synced again.
    Status refresh(const ProjectCluster &where)
    {
        const QString key = keyOf(where.projectId, where.cluster.name);
        if (m_syncedAt.value(key) >= m_advancedAt)
            return Done{};
        return syncNow(where);
    }

    Status syncNow(const ProjectCluster &where)
    {
        if (auto done = sync(SyncTarget::cluster(where.projectId, where.cluster.name)); !done)
            return done;
        m_syncedAt.insert(keyOf(where.projectId, where.cluster.name), m_clock->now());
        return Done{};
    }

    Status advance(qint64 seconds)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds}}).toJson();
        if (m_sandbox->admin("POST", QStringLiteral("advance"), body) != 200)
            return Error{QStringLiteral("ADVANCE"), QStringLiteral("The sandbox clock did not move.")};
        m_clock->advance(seconds);
        m_advancedAt = m_clock->now();
        return Done{};
    }

    // Ends a restore the test created, so none is left running into a
    // target: every other one is cancelled at once where Atlas allows (replica
    // sets on Cloud Backup; a cancelled restore leaves no blackout), the rest
    // run to their end on the sandbox clock (and leave one).
    Status settle(const AgreementCase &c, const SendOutcome &sent)
    {
        const Cluster &source = c.source.cluster;
        const bool cancellable = sent.call == u"createRestoreJob" && !source.isSharded();
        if (cancellable && c.number % 2 == 0 && sent.job.state() == RestoreJobState::InProgress) {
            auto cancelled = m_apis.value(kCredentials.first())
                                     ->cancelRestoreJob(c.source.projectId, source.name, sent.job.id);
            if (!cancelled)
                return cancelled.error().toError();
        } else if (c.delivery != DeliveryType::Download) {
            // Downloads block nothing; a restore into a cluster does while it runs.
            if (auto moved = advance(kFinishRestore); !moved)
                return moved;
        }
        // As the console does after a restore: the source's job list now
        // holds it (the target's blackout), and the target has changed.
        if (auto synced = syncNow(c.source); !synced)
            return synced;
        return c.target ? syncNow(*c.target) : Status(Done{});
    }

    // What the test learns from Atlas to aim its moments: oplog gaps (from
    // the events) and restores into each cluster (from the restore jobs).
    void learnLandmarks(CaseDrawer &drawer)
    {
        auto api = m_apis.value(kCredentials.first());
        int gaps = 0;
        for (const ProjectCluster &where : std::as_const(m_clusters)) {
            EventFilter filter;
            filter.eventTypes = {QStringLiteral("CPS_OPLOG_BEHIND"), QStringLiteral("CPS_OPLOG_CAUGHT_UP")};
            filter.clusterNames = {where.cluster.name};
            auto events = api->events(where.projectId, filter);
            QVERIFY2(events, qPrintable(events ? QString() : events.error().message));
            auto sorted = *events;
            std::sort(sorted.begin(), sorted.end(),
                      [](const BackupEvent &a, const BackupEvent &b) { return a.created < b.created; });
            std::optional<QDateTime> behindSince;
            for (const BackupEvent &e : std::as_const(sorted)) {
                if (e.eventTypeName == u"CPS_OPLOG_BEHIND") {
                    behindSince = e.created;
                } else if (e.eventTypeName == u"CPS_OPLOG_CAUGHT_UP" && behindSince) {
                    drawer.addGap(where.projectId, where.cluster.name, {*behindSince, e.created});
                    behindSince.reset();
                    ++gaps;
                }
            }
        }
        for (const ProjectCluster &where : std::as_const(m_clusters)) {
            for (const RestoreJob &job :
                 m_reader->restoreJobs(where.projectId, where.cluster.name).valueOr({})) {
                if (!job.targetClusterName.isEmpty())
                    drawer.addRestoreInto(job.targetProjectId, job.targetClusterName, job.createdAt);
            }
        }
        qInfo("restore agreement: %d oplog gap(s) learned from the events", gaps);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_shared<ManualClock>(QDateTime::fromSecsSinceEpoch(kSandboxStart, Qt::UTC));
        m_advancedAt = m_clock->now();
        m_sandbox = std::make_unique<AtlasTestSandbox>([](sandbox::SandboxOptions &options) {
            options.seed = 42;
            options.startSeconds = kSandboxStart;
            options.timeScale = 1e-9; // the clock stands still unless the test advances it
        });
        QVERIFY(m_sandbox->isUp());
        for (const QString &who : kCredentials) {
            auto api = m_sandbox->api(who);
            // The roles are learned the way the console does for an API key.
            auto status = api->systemStatus();
            QVERIFY2(status, qPrintable(who));
            m_apis.insert(who, api);
            m_roles.insert(who, status->roles);
        }

        // Two paused clusters, so that paused targets are drawn too.
        auto owner = m_apis.value(kCredentials.first());
        const QString platform = m_sandbox->projectId(QStringLiteral("Platform-Dev"));
        const QString analytics = m_sandbox->projectId(QStringLiteral("Analytics"));
        for (const auto &[projectId, name] : {std::pair{platform, QStringLiteral("platform-old")},
                                              std::pair{analytics, QStringLiteral("analytics-events")}}) {
            auto paused = owner->client().sendJson(Endpoints::updateGroupCluster, {projectId, name},
                                                   QStringLiteral("pause %1").arg(name), nullptr, {},
                                                   {{QStringLiteral("paused"), true}});
            QVERIFY2(paused, qPrintable(paused ? QString() : paused.error().message));
        }

        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("agreement.sqlite")), m_clock);
        QVERIFY(catalog);
        m_writer = std::make_shared<CatalogWriter>(std::move(catalog).value());
        QVERIFY(sync(SyncTarget::everything()));
        auto reader = Catalog::openReader(m_writer->path(), m_clock);
        QVERIFY(reader);
        m_reader = std::move(reader).value();

        for (const Organization &org : m_reader->organizations().valueOr({})) {
            for (const Project &project : m_reader->projects(org.id).valueOr({})) {
                for (const Cluster &cluster : m_reader->clusters(project.id).valueOr({})) {
                    auto where = ActionFacts::placement(*m_reader, project.id, cluster.name);
                    QVERIFY(where);
                    m_clusters << *where;
                    m_syncedAt.insert(keyOf(project.id, cluster.name), m_clock->now());
                }
            }
        }
        QCOMPARE(m_clusters.size(), 19);
    }

    void consoleAndSandboxAgreeOnRestores()
    {
        const quint64 seed = envNumber("SNAPLINE_AGREEMENT_SEED", kDefaultSeed);
        const int cases = int(envNumber("SNAPLINE_AGREEMENT_CASES", kDefaultCases));
        qInfo("restore agreement: seed %llu (set SNAPLINE_AGREEMENT_SEED to replay another), %d cases",
              static_cast<unsigned long long>(seed), cases);
        QElapsedTimer timer;
        timer.start();

        CaseDrawer drawer(seed, m_clusters, kCredentials);
        learnLandmarks(drawer);
        if (QTest::currentTestFailed())
            return;
        const RulePlanner planner;
        AgreementTally tally;
        for (int n = 1; n <= cases; ++n) {
            AgreementCase c = drawer.draw(n, *m_reader, m_clock->now());
            QVERIFY2(refresh(c.source), qPrintable(c.describe()));
            if (c.target)
                QVERIFY2(refresh(*c.target), qPrintable(c.describe()));

            // Sync, then judge: the facts come from the catalog as the console reads them.
            const std::optional<QString> snapshotId
                    = c.snapshot && !c.pointInTime ? std::optional(c.snapshot->id) : std::nullopt;
            auto gathered = ActionFacts::gather(*m_reader, m_roles.value(c.credential), c.source.projectId,
                                                c.source.cluster.name, snapshotId, m_clock->now());
            if (!gathered) {
                tally.skip(c, gathered.error().message);
                continue;
            }
            Facts facts = *gathered;
            c.source = facts.source;
            if (c.target) {
                auto target = ActionFacts::placement(*m_reader, c.target->projectId, c.target->cluster.name);
                QVERIFY2(target, qPrintable(c.describe()));
                c.target = *target;
                facts.target = *target;
            }
            const Verdict verdict = planner.evaluate(c.action(), facts);
            const SendOutcome sent = sendRestore(*m_apis.value(c.credential), c);
            tally.record(c, verdict, sent);
            if (sent.kind == SendOutcome::Kind::Accepted) {
                if (c.target && c.delivery != DeliveryType::Download)
                    drawer.addRestoreInto(c.target->projectId, c.target->cluster.name, m_clock->now());
                QVERIFY2(settle(c, sent), qPrintable(c.describe()));
            }
        }

        tally.report(timer.elapsed());
        QVERIFY2(tally.disagreements().isEmpty(),
                 qPrintable(QStringLiteral("The sandbox refused %1 restore(s) the console allowed:\n%2")
                                    .arg(tally.disagreements().size())
                                    .arg(tally.disagreements().join(u'\n'))));
        // The run must have exercised both answers, or it proves nothing.
        QVERIFY(tally.allowedAndAccepted() > cases / 20);
        QVERIFY(tally.refusedByBoth() > cases / 4);
    }
};

QTEST_GUILESS_MAIN(TestRestoreAgreement)
#include "tst_restore_agreement.moc"
