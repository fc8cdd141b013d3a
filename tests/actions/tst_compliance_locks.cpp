// A Backup Compliance Policy in plain words: everything it locks, from the
// locks every policy has to those its settings add, who authorized it and
// when it last changed.
#include "actions/compliance_locks.h"

#include <QTest>

using namespace snapline;

namespace {

CompliancePolicy bare()
{
    CompliancePolicy p;
    p.authorizedEmail = u"ciso@example.com"_qs;
    return p;
}

// The sandbox's Payments policy.
CompliancePolicy payments()
{
    CompliancePolicy p = bare();
    p.authorizedEmail = u"compliance.officer@example.com"_qs;
    p.authorizedUserFirstName = u"Grace"_qs;
    p.authorizedUserLastName = u"Hopper"_qs;
    p.copyProtectionEnabled = true;
    p.encryptionAtRestEnabled = true;
    p.pitEnabled = true;
    p.restoreWindowDays = 3;
    p.onDemandPolicyItem = PolicyItem{{}, Frequency::OnDemand, 0, {RetentionUnit::Days, 7}};
    p.scheduledPolicyItems = {{{}, Frequency::Hourly, 6, {RetentionUnit::Days, 3}},
                              {{}, Frequency::Monthly, 40, {RetentionUnit::Months, 12}}};
    p.updatedDate = QDateTime::fromString(u"2026-07-27T09:00:00Z"_qs, Qt::ISODate);
    p.updatedUser = u"compliance.officer@example.com"_qs;
    return p;
}

const QStringList kEveryPolicy{
        u"Snapshots cannot be deleted before they expire, whatever your role."_qs,
        u"A snapshot's retention can be extended but never shortened after it was taken."_qs,
        u"Backups cannot be turned off on any cluster of the project."_qs,
        u"No cluster can be moved to M0, Flex or serverless, where it would lose Cloud Backup."_qs,
};

const QStringList kEveryPolicyEnd{
        u"A terminated cluster keeps its snapshots until they expire."_qs,
        u"The project cannot be deleted while it holds snapshots."_qs,
};

} // namespace

class TestComplianceLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBarePolicyLocksWhatEveryPolicyLocks()
    {
        const QStringList support{
                u"The policy can only be disabled by MongoDB Support, at the request of its "
                u"authorized person."_qs};
        QCOMPARE(describeComplianceLocks(bare()), kEveryPolicy + kEveryPolicyEnd + support);
    }

    void everySettingAddsItsLock()
    {
        const QStringList settings{
                u"Every cluster's backup policy must keep at least every 6 hour(s), kept 3 day(s); retention "
                u"cannot be shortened below that, and the item cannot be removed."_qs,
                u"Every cluster's backup policy must keep at least monthly (last day), kept 12 month(s); "
                u"retention cannot be shortened below that, and the item cannot be removed."_qs,
                u"On-demand snapshots must be kept at least 7 day(s)."_qs,
                u"Point-in-time restore must stay on with a window of at least 3 day(s)."_qs,
                u"Copies in other regions cannot be removed: a snapshot's copy stays even when its region is "
                u"taken out of a backup policy."_qs,
                u"Encryption at rest with your own key (customer key management) is required on every "
                u"cluster."_qs};
        const QStringList support{
                u"The policy can only be disabled by MongoDB Support, at the request of its "
                u"authorized person."_qs};
        QCOMPARE(describeComplianceLocks(payments()), kEveryPolicy + settings + kEveryPolicyEnd + support);
    }

    void aPolicySupportMayRemoveSaysSo()
    {
        CompliancePolicy p = bare();
        p.deletable = true;
        QVERIFY(describeComplianceLocks(p).last().startsWith(u"MongoDB Support has allowed this policy"));
    }

    void whoSetItAndWhen_data()
    {
        QTest::addColumn<CompliancePolicy>("policy");
        QTest::addColumn<QString>("words");
        QTest::newRow("everything")
                << payments()
                << u"Authorized by Grace Hopper (compliance.officer@example.com). Last changed by "
                   u"compliance.officer@example.com on 2026-07-27."_qs;
        CompliancePolicy p = bare();
        QTest::newRow("only an e-mail") << p << u"Authorized by ciso@example.com."_qs;
        p.authorizedEmail.clear();
        QTest::newRow("no one") << p << u"No authorized person is named."_qs;
        p = bare();
        p.updatedDate = QDateTime::fromString(u"2026-01-02T23:59:00Z"_qs, Qt::ISODate);
        QTest::newRow("a date without a user")
                << p << u"Authorized by ciso@example.com. Last changed on 2026-01-02."_qs;
    }

    void whoSetItAndWhen()
    {
        QFETCH(CompliancePolicy, policy);
        QFETCH(QString, words);
        QCOMPARE(ComplianceLocks::authority(policy), words);
    }

    void states()
    {
        QCOMPARE(ComplianceLocks::stateName(ComplianceState::Active), u"Active"_qs);
        QCOMPARE(ComplianceLocks::stateName(ComplianceState::Enabling), u"Being enabled"_qs);
        QCOMPARE(ComplianceLocks::stateName(ComplianceState::Updating), u"Being updated"_qs);
        QCOMPARE(ComplianceLocks::stateName(ComplianceState::Disabling), u"Being turned off"_qs);
    }
};

QTEST_GUILESS_MAIN(TestComplianceLocks)
#include "tst_compliance_locks.moc"
