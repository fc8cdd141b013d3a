// The organization moves with the sandbox clock: scheduled snapshots appear,
// progress, fail at the configured rate, and expire.
#include "seed/organization_seeder.h"
#include "sim/backup_lifecycle.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace snapline::sandbox;

namespace {

const qint64 kNow
        = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate).toSecsSinceEpoch();

struct World
{
    std::unique_ptr<SandboxStore> store;
    std::shared_ptr<ScaledClock> clock = std::make_shared<ScaledClock>(kNow, 1.0);
    IdSource ids{99};
    std::unique_ptr<SandboxContext> context;

    World()
    {
        store = std::move(SandboxStore::open(QStringLiteral(":memory:"))).value();
        OrganizationSeeder(*store, 42, kNow).seed(Scenario::defaultOrganization()).value();
        context = std::make_unique<SandboxContext>(
                SandboxContext{*store, clock, ids, store->orgs().first().id});
    }

    std::optional<ClusterRow> cluster(const QString &name)
    {
        for (const auto &c : store->allClusters()) {
            if (c.name == name)
                return c;
        }
        return std::nullopt;
    }
};

} // namespace

class TestBackupLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledSnapshotsArriveAndComplete()
    {
        World world;
        BackupLifecycle lifecycle(*world.context);
        QSignalSpy created(&lifecycle, &BackupLifecycle::snapshotCreated);
        QSignalSpy finished(&lifecycle, &BackupLifecycle::snapshotFinished);
        const auto api = world.cluster(QStringLiteral("payments-api"));
        const int before = world.store->snapshotCount(api->id);
        const qint64 due = world.store->schedule(api->id)->nextSnapshot;
        lifecycle.advanceTo(due);
        QVERIFY(created.count() >= 1);
        const auto newest = world.store->snapshots(api->id, 0, 1).first();
        QCOMPARE(newest.created, due);
        QCOMPARE(newest.status, u"queued"_qs);
        lifecycle.advanceTo(due + 15);
        QCOMPARE(world.store->snapshot(api->id, newest.id)->status, u"inProgress"_qs);
        lifecycle.advanceTo(due + BackupLifecycle::snapshotDuration(newest.sizeBytes, false));
        const QString status = world.store->snapshot(api->id, newest.id)->status;
        QVERIFY(status == u"completed" || status == u"failed");
        QVERIFY(finished.count() >= 1);
        QVERIFY(world.store->snapshotCount(api->id) >= before); // some old ones may have expired
        QVERIFY(world.store->schedule(api->id)->nextSnapshot > due);
    }

    void failureRateIsHonoured()
    {
        World world;
        world.store->setMeta(BackupLifecycle::kFailureRateKey, QStringLiteral("1"));
        BackupLifecycle lifecycle(*world.context);
        QSignalSpy finished(&lifecycle, &BackupLifecycle::snapshotFinished);
        lifecycle.advanceTo(kNow + 86400);
        QVERIFY(finished.count() > 10);
        for (const auto &call : finished)
            QCOMPARE(call.at(2).toString(), u"failed"_qs);
    }

    void snapshotsExpire()
    {
        World world;
        const auto ledger = world.cluster(QStringLiteral("payments-ledger"));
        const auto oldest = world.store->snapshots(ledger->id).last();
        BackupLifecycle lifecycle(*world.context);
        lifecycle.advanceTo(oldest.expires);
        QVERIFY(!world.store->snapshot(ledger->id, oldest.id));
    }

    void managedBackupsRunDaily()
    {
        World world;
        const auto shared = world.cluster(QStringLiteral("dev-shared"));
        const auto basic = world.cluster(QStringLiteral("edge-basic"));
        BackupLifecycle lifecycle(*world.context);
        lifecycle.advanceTo(kNow);
        const qint64 newestBefore = world.store->snapshots(shared->id, 0, 1).first().created;
        lifecycle.advanceTo(kNow + 2 * 86400);
        const auto after = world.store->snapshots(shared->id);
        QCOMPARE(after.first().created, newestBefore + 2 * 86400); // two new dailies …
        QCOMPARE(after.size(), 8);                                 // … and the last 8 kept
        QCOMPARE(world.store->snapshotCount(basic->id), 2);        // only the two most recent
    }

    void clockIsRemembered()
    {
        World world;
        BackupLifecycle lifecycle(*world.context);
        lifecycle.advanceTo(kNow + 500);
        QCOMPARE(world.store->meta(QStringLiteral("clock")).toLongLong(), kNow + 500);
    }
};

QTEST_GUILESS_MAIN(TestBackupLifecycle)
#include "tst_backup_lifecycle.moc"
