// Every non-restore action through the planner: what each tier and backup
// kind allows, every Backup Compliance Policy lock, snapshot limits, roles.
#include "facts_builder.h"
#include "rules/compliance_rules.h"
#include "rules/rule_codes.h"
#include "rules/rule_planner.h"

#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

ProposedAction act(ActionKind kind)
{
    ProposedAction a;
    a.kind = kind;
    return a;
}

CompliancePolicy activeBcp()
{
    CompliancePolicy bcp;
    bcp.authorizedEmail = QStringLiteral("ciso@example.com");
    bcp.authorizedUserFirstName = QStringLiteral("Ada");
    bcp.authorizedUserLastName = QStringLiteral("Lovelace");
    bcp.pitEnabled = true;
    bcp.restoreWindowDays = 2;
    bcp.scheduledPolicyItems = {{QString(), Frequency::Daily, 1, {RetentionUnit::Days, 7}}};
    bcp.onDemandPolicyItem = PolicyItem{QString(), Frequency::OnDemand, 0, {RetentionUnit::Days, 14}};
    return bcp;
}

Facts pitFacts()
{
    Cluster c = cluster(u"orders"_qs, u"M30"_qs, u"8.0.4"_qs);
    c.backupKind = BackupKind::CloudContinuous;
    c.pitEnabled = true;
    c.restoreWindowDays = 2;
    Facts f = clusterFacts(c);
    f.snapshot = snapshotOf(c, f.now.addDays(-1));
    return f;
}

} // namespace

class TestActionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availability_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("kind"); // -1 = the tier's default
        QTest::addColumn<QString>("refusal");
        const int dflt = -1;
        const auto row
                = [&](const char *name, ActionKind a, const char *tier, int kind, const QString &refusal) {
                      QTest::newRow(name) << int(a) << QString::fromLatin1(tier) << kind << refusal;
                  };
        row("snapshot on M30", ActionKind::TakeSnapshot, "M30", dflt, {});
        row("snapshot on M0", ActionKind::TakeSnapshot, "M0", dflt, RuleCode::TierFreeNoBackup);
        row("snapshot on M5", ActionKind::TakeSnapshot, "M5", dflt, RuleCode::TierNoOnDemand);
        row("snapshot on Flex", ActionKind::TakeSnapshot, "FLEX", dflt, RuleCode::TierNoOnDemand);
        row("snapshot on serverless", ActionKind::TakeSnapshot, "SERVERLESS", dflt, RuleCode::TierNoOnDemand);
        row("snapshot with backup off", ActionKind::TakeSnapshot, "M30", int(BackupKind::None),
            RuleCode::BackupNotEnabled);
        row("snapshot on legacy", ActionKind::TakeSnapshot, "M30", int(BackupKind::Legacy),
            RuleCode::LegacyReadOnly);
        row("disable backup on M30", ActionKind::DisableBackup, "M30", dflt, {});
        row("disable backup on M2", ActionKind::DisableBackup, "M2", dflt, RuleCode::BackupCannotBeDisabled);
        row("disable backup on Flex", ActionKind::DisableBackup, "FLEX", dflt,
            RuleCode::BackupCannotBeDisabled);
        row("disable backup on serverless", ActionKind::DisableBackup, "SERVERLESS", dflt,
            RuleCode::BackupCannotBeDisabled);
        row("disable backup already off", ActionKind::DisableBackup, "M30", int(BackupKind::None),
            RuleCode::BackupNotEnabled);
        row("disable PIT when off", ActionKind::DisablePit, "M30", dflt, RuleCode::PitNotEnabled);
        row("enable backup when off", ActionKind::EnableBackup, "M30", int(BackupKind::None), {});
        row("enable backup when on", ActionKind::EnableBackup, "M30", dflt, RuleCode::BackupAlreadyEnabled);
        row("enable backup on M0", ActionKind::EnableBackup, "M0", dflt, RuleCode::TierFreeNoBackup);
        row("enable backup on Flex", ActionKind::EnableBackup, "FLEX", dflt,
            RuleCode::TierPolicyManagedByAtlas);
        row("enable PIT on cloud backup", ActionKind::EnablePit, "M30", dflt, {});
        row("enable PIT when on", ActionKind::EnablePit, "M30", int(BackupKind::CloudContinuous),
            RuleCode::PitAlreadyEnabled);
        row("enable PIT with backup off", ActionKind::EnablePit, "M30", int(BackupKind::None),
            RuleCode::BackupNotEnabled);
        row("enable PIT on legacy", ActionKind::EnablePit, "M30", int(BackupKind::Legacy),
            RuleCode::LegacyReadOnly);
        row("edit policy on Flex", ActionKind::EditPolicy, "FLEX", dflt, RuleCode::TierPolicyManagedByAtlas);
        row("edit policy on legacy", ActionKind::EditPolicy, "M30", int(BackupKind::Legacy),
            RuleCode::LegacyReadOnly);
        row("delete policy on M30", ActionKind::DeletePolicy, "M30", dflt, {});
        row("export on M5", ActionKind::ExportSnapshot, "M5", dflt, RuleCode::TierPolicyManagedByAtlas);
    }

    void availability()
    {
        QFETCH(int, action);
        QFETCH(QString, tier);
        QFETCH(int, kind);
        QFETCH(QString, refusal);
        Cluster c = cluster(u"c"_qs, tier, u"8.0.4"_qs);
        if (kind >= 0)
            c.backupKind = BackupKind(kind);
        c.pitEnabled = c.pitEnabled || c.backupKind == BackupKind::CloudContinuous;
        Facts facts = clusterFacts(c);
        facts.snapshot = snapshotOf(c, facts.now.addDays(-1));
        ProposedAction a = act(ActionKind(action));
        if (a.kind == ActionKind::EditPolicy)
            a.policy = BackupPolicy::atlasDefault();
        QCOMPARE(RulePlanner().evaluate(a, facts).violationCodes(),
                 refusal.isEmpty() ? QStringList{} : QStringList{refusal});
    }

    void complianceLocks_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("delete snapshot")
                << int(ActionKind::DeleteSnapshot) << RuleCode::ComplianceSnapshotDeleteLocked;
        QTest::newRow("disable backup")
                << int(ActionKind::DisableBackup) << RuleCode::ComplianceBackupDisableLocked;
        QTest::newRow("disable PIT") << int(ActionKind::DisablePit) << RuleCode::CompliancePitRequired;
        QTest::newRow("delete policy")
                << int(ActionKind::DeletePolicy) << RuleCode::CompliancePolicyDeleteLocked;
        QTest::newRow("turn the BCP off")
                << int(ActionKind::DisableCompliancePolicy) << RuleCode::ComplianceDisableSupportOnly;
    }

    void complianceLocks()
    {
        QFETCH(int, action);
        QFETCH(QString, refusal);
        Facts facts = pitFacts();
        // Without a policy the Owner may do it …
        QVERIFY(RulePlanner().evaluate(act(ActionKind(action)), facts).violationCodes()
                != QStringList{refusal});
        // … with one, nobody may, whatever the state of the policy.
        for (auto state : {ComplianceState::Active, ComplianceState::Updating, ComplianceState::Disabling}) {
            facts.compliancePolicy = activeBcp();
            facts.compliancePolicy->state = state;
            QCOMPARE(RulePlanner().evaluate(act(ActionKind(action)), facts).violationCodes(),
                     QStringList{refusal});
        }
    }

    void retentionUnderCompliance()
    {
        Facts facts = pitFacts();
        facts.compliancePolicy = activeBcp();
        ProposedAction change = act(ActionKind::ChangeRetention);
        change.retentionDays = 3; // kept 7 days today
        QCOMPARE(RulePlanner().evaluate(change, facts).violationCodes(),
                 QStringList{RuleCode::ComplianceRetentionDecreaseLocked});
        change.retentionDays = 30;
        QVERIFY(RulePlanner().evaluate(change, facts).allowed());
    }

    void onDemandRetentionUnderCompliance()
    {
        Facts facts = pitFacts();
        facts.compliancePolicy = activeBcp(); // on-demand kept 14 days at least
        ProposedAction take = act(ActionKind::TakeSnapshot);
        take.retentionDays = 7;
        QCOMPARE(RulePlanner().evaluate(take, facts).violationCodes(),
                 QStringList{RuleCode::ComplianceOnDemandRetention});
        take.retentionDays = 14;
        QVERIFY(RulePlanner().evaluate(take, facts).allowed());
    }

    void tierDowngradeUnderCompliance()
    {
        Facts facts = pitFacts();
        facts.compliancePolicy = activeBcp();
        ProposedAction change = act(ActionKind::ChangeTier);
        change.newTier = Tier::parse(u"FLEX");
        QCOMPARE(RulePlanner().evaluate(change, facts).violationCodes(),
                 QStringList{RuleCode::ComplianceTierDowngradeLocked});
        change.newTier = Tier::parse(u"M40");
        QVERIFY(RulePlanner().evaluate(change, facts).allowed());
    }

    void deleteProjectUnderCompliance()
    {
        Facts facts = pitFacts();
        facts.compliancePolicy = activeBcp();
        facts.projectSnapshotCount = 12;
        QCOMPARE(RulePlanner().evaluate(act(ActionKind::DeleteProject), facts).violationCodes(),
                 QStringList{RuleCode::ComplianceProjectDeleteLocked});
        facts.projectSnapshotCount = 0;
        QVERIFY(RulePlanner().evaluate(act(ActionKind::DeleteProject), facts).allowed());
    }

    void disablingNeedsSupport()
    {
        Facts facts = pitFacts();
        QCOMPARE(RulePlanner().evaluate(act(ActionKind::DisableCompliancePolicy), facts).violationCodes(),
                 QStringList{RuleCode::ComplianceNotEnabled});
        facts.compliancePolicy = activeBcp();
        const Verdict refused = RulePlanner().evaluate(act(ActionKind::DisableCompliancePolicy), facts);
        QVERIFY(refused.violations.first().message.contains(u"ciso@example.com"));
        facts.compliancePolicy->deletable = true;
        QVERIFY(RulePlanner().evaluate(act(ActionKind::DisableCompliancePolicy), facts).allowed());
    }

    void enablingShowsWhatItLocks()
    {
        Facts facts = pitFacts();
        ProposedAction enable = act(ActionKind::EnableCompliancePolicy);
        enable.compliancePolicy = activeBcp();
        const Verdict verdict = RulePlanner().evaluate(enable, facts);
        QVERIFY(verdict.allowed());
        QCOMPARE(verdict.warningCodes(),
                 (QStringList{RuleCode::WarnIrreversible, RuleCode::WarnComplianceLocks}));
        QVERIFY(verdict.warnings.last().message.contains(u"delete a snapshot"));

        enable.compliancePolicy->authorizedEmail = QStringLiteral("not-an-address");
        QCOMPARE(RulePlanner().evaluate(enable, facts).violationCodes(),
                 QStringList{RuleCode::ComplianceAuthorizedPersonMissing});
    }

    void anActivePolicyOnlyGetsStricter()
    {
        Facts facts = pitFacts();
        facts.compliancePolicy = activeBcp();
        ProposedAction update = act(ActionKind::EnableCompliancePolicy);
        update.compliancePolicy = activeBcp();
        update.compliancePolicy->pitEnabled = false;
        update.compliancePolicy->scheduledPolicyItems.clear();
        const Verdict verdict = RulePlanner().evaluate(update, facts);
        QCOMPARE(verdict.violationCodes(), QStringList{RuleCode::ComplianceWeakening});
        QVERIFY(verdict.violations.first().message.contains(u"point in time"));
        update.compliancePolicy = activeBcp();
        update.compliancePolicy->restoreWindowDays = 5;
        QVERIFY(RulePlanner().evaluate(update, facts).allowed());
    }

    void locksInPlainWords()
    {
        const QStringList locks = ComplianceRules::describeLocks(activeBcp());
        QVERIFY(locks.contains(u"No one can delete a snapshot before it expires."_qs));
        QVERIFY(locks.contains(u"Every cluster keeps at least: daily, kept 7 day(s)."_qs));
        QVERIFY(locks.contains(u"On-demand snapshots are kept at least 14 day(s)."_qs));
    }

    void roleTable_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        const QList<ActionKind> managerMay{ActionKind::TakeSnapshot, ActionKind::ChangeRetention,
                                           ActionKind::DeleteSnapshot, ActionKind::EditPolicy,
                                           ActionKind::ExportSnapshot};
        const QList<ActionKind> ownerOnly{ActionKind::DeletePolicy, ActionKind::DisableBackup,
                                          ActionKind::DisablePit, ActionKind::EnableCompliancePolicy,
                                          ActionKind::DeleteProject};
        for (auto a : managerMay) {
            for (const auto &role : {Role::ProjectOwner, Role::ProjectBackupManager})
                QTest::addRow("%s by %s", qPrintable(toString(a)), qPrintable(role))
                        << int(a) << role << true;
            QTest::addRow("%s by read-only", qPrintable(toString(a)))
                    << int(a) << Role::ProjectReadOnly << false;
        }
        for (auto a : ownerOnly) {
            QTest::addRow("%s by owner", qPrintable(toString(a))) << int(a) << Role::ProjectOwner << true;
            QTest::addRow("%s by backup manager", qPrintable(toString(a)))
                    << int(a) << Role::ProjectBackupManager << false;
        }
    }

    void roleTable()
    {
        QFETCH(int, action);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        Facts facts = pitFacts();
        facts.roles = {};
        facts.roles.grant(kSourceProject, role);
        ProposedAction a = act(ActionKind(action));
        a.policy = BackupPolicy::atlasDefault();
        a.compliancePolicy = activeBcp();
        a.retentionDays = 30;
        const Verdict verdict = RulePlanner().evaluate(a, facts);
        QCOMPARE(verdict.allowed(), allowed);
        if (!allowed)
            QCOMPARE(verdict.violationCodes(), QStringList{RuleCode::RoleMissing});
    }

    void snapshots()
    {
        Facts facts = pitFacts();
        ProposedAction take = act(ActionKind::TakeSnapshot);
        Snapshot pending = snapshotOf(facts.source.cluster, facts.now.addSecs(-60), u"od-1"_qs);
        pending.origin = SnapshotOrigin::OnDemand;
        pending.status = SnapshotStatus::InProgress;
        facts.pendingSnapshots = {pending};
        QCOMPARE(RulePlanner().evaluate(take, facts).violationCodes(),
                 QStringList{RuleCode::SnapshotOnDemandInProgress});
        facts.pendingSnapshots.first().origin = SnapshotOrigin::Scheduled; // a scheduled one does not block
        QVERIFY(RulePlanner().evaluate(take, facts).allowed());

        ProposedAction exportIt = act(ActionKind::ExportSnapshot);
        facts.activeExports = 1;
        QCOMPARE(RulePlanner().evaluate(exportIt, facts).violationCodes(),
                 QStringList{RuleCode::ExportAlreadyActive});
        facts.activeExports = 0;
        facts.snapshot->origin = SnapshotOrigin::Fallback;
        QCOMPARE(RulePlanner().evaluate(exportIt, facts).violationCodes(),
                 QStringList{RuleCode::SnapshotFallbackNotExportable});

        ProposedAction change = act(ActionKind::ChangeRetention);
        change.retentionDays = 0;
        QCOMPARE(RulePlanner().evaluate(change, facts).violationCodes(),
                 QStringList{RuleCode::SnapshotRetentionInvalid});
        change.retentionDays = 1; // created a day ago: expires at once
        QVERIFY(RulePlanner().evaluate(change, facts).warns(RuleCode::WarnExpiresImmediately));
    }
};

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_action_rules.moc"
