// Domain value types: tiers, retention, restore job states, results, clocks.
#include "domain/backup_policy.h"
#include "domain/restore_job.h"
#include "domain/role_book.h"
#include "domain/tier.h"
#include "util/clock.h"
#include "util/result.h"

#include <QTest>

using namespace snapline;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("rank");
        QTest::addColumn<bool>("nvme");
        using F = Tier::Family;
        QTest::newRow("M0") << "M0" << true << int(F::Free) << 0 << false;
        QTest::newRow("m2 lower case") << "m2" << true << int(F::Shared) << 2 << false;
        QTest::newRow("M5") << "M5" << true << int(F::Shared) << 5 << false;
        QTest::newRow("FLEX") << "FLEX" << true << int(F::Flex) << 6 << false;
        QTest::newRow("SERVERLESS") << "SERVERLESS" << true << int(F::Serverless) << -1 << false;
        QTest::newRow("M10") << "M10" << true << int(F::Dedicated) << 20 << false;
        QTest::newRow("M700") << "M700" << true << int(F::Dedicated) << 710 << false;
        QTest::newRow("R40") << "R40" << true << int(F::Dedicated) << 50 << false;
        QTest::newRow("M40_NVME") << "M40_NVME" << true << int(F::Dedicated) << 50 << true;
        QTest::newRow("M30_GEN_2") << "M30_GEN_2" << true << int(F::Dedicated) << 40 << false;
        QTest::newRow("M3") << "M3" << false << 0 << 0 << false;
        QTest::newRow("M800") << "M800" << false << 0 << 0 << false;
        QTest::newRow("empty") << "" << false << 0 << 0 << false;
    }

    void tiers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, family);
        QFETCH(int, rank);
        QFETCH(bool, nvme);
        const auto tier = Tier::parse(text);
        QCOMPARE(tier.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(tier->family()), family);
        QCOMPARE(tier->rank(), rank);
        QCOMPARE(tier->isNvme(), nvme);
    }

    void retentionOnOneScale()
    {
        QCOMPARE(Retention({RetentionUnit::Months, 12}).days(), Retention({RetentionUnit::Years, 1}).days());
        QVERIFY(Retention({RetentionUnit::Days, 31}).days() > Retention({RetentionUnit::Months, 1}).days());
        QVERIFY(Retention({RetentionUnit::Days, 30}).days() < Retention({RetentionUnit::Months, 1}).days());
        QCOMPARE(Retention({RetentionUnit::Weeks, 4}).days(), 28.0);
    }

    void restoreJobState_data()
    {
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<int>("state");
        using S = RestoreJobState;
        QTest::newRow("running") << false << false << false << false << int(S::InProgress);
        QTest::newRow("done") << false << false << false << true << int(S::Completed);
        QTest::newRow("failed") << false << true << false << true << int(S::Failed);
        QTest::newRow("cancelled wins") << true << true << false << true << int(S::Cancelled);
        QTest::newRow("expired") << false << false << true << true << int(S::Expired);
    }

    void restoreJobState()
    {
        QFETCH(bool, cancelled);
        QFETCH(bool, failed);
        QFETCH(bool, expired);
        QFETCH(bool, finished);
        QFETCH(int, state);
        RestoreJob job;
        job.cancelled = cancelled;
        job.failed = failed;
        job.expired = expired;
        if (finished)
            job.finishedAt = QDateTime::fromSecsSinceEpoch(1795427400, Qt::UTC);
        QCOMPARE(int(job.state()), state);
        QCOMPARE(job.isFinished(), state != int(RestoreJobState::InProgress));
    }

    void pointInTimeForms()
    {
        PointInTime utc;
        utc.utcSeconds = 1795427400;
        QCOMPARE(utc.toDateTime().toString(Qt::ISODate), u"2026-11-23T09:50:00Z"_qs);
        PointInTime oplog;
        oplog.oplogTs = 1795427400;
        oplog.oplogInc = 3;
        QCOMPARE(oplog.seconds(), 1795427400);
        QCOMPARE(oplog.describe(), u"2026-11-23T09:50:00Z (oplog 1795427400:3)"_qs);
    }

    void results()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad = Result<int>::failure(u"CODE"_qs, u"Something a person reads."_qs);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"CODE"_qs);
        QCOMPARE(bad.valueOr(7), 7);
    }

    void manualClock()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1795427400, Qt::UTC));
        clock.advance(90);
        QCOMPARE(clock.now().toSecsSinceEpoch(), 1795427490);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QVERIFY(Clock::system()->now().isValid());
    }

    void roleBook()
    {
        RoleBook book;
        book.grant(u"p1"_qs, Role::ProjectReadOnly);
        book.grant(u"p1"_qs, Role::ProjectBackupManager);
        QVERIFY(book.hasAny(u"p1"_qs, {Role::ProjectOwner, Role::ProjectBackupManager}));
        QVERIFY(!book.has(u"p2"_qs, Role::ProjectReadOnly));
        QCOMPARE(book.rolesOn(u"p1"_qs), (QStringList{Role::ProjectBackupManager, Role::ProjectReadOnly}));
        QCOMPARE(roleDisplayName(Role::ProjectBackupManager), u"Project Backup Manager"_qs);
        QCOMPARE(roleDisplayName(u"CUSTOM_ROLE"_qs), u"CUSTOM_ROLE"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
