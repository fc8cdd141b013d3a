// PolicyValidation: the function the policy editor calls on every change.
#include "facts_builder.h"
#include "rules/policy_validation.h"
#include "rules/rule_codes.h"

#include <QTest>

using namespace snapline;

namespace {

PolicyItem item(Frequency f, int interval, RetentionUnit unit, int value)
{
    return {QString(), f, interval, {unit, value}};
}

} // namespace

class TestPolicyValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atlasDefaultIsValid()
    {
        PolicyValidation::Context context;
        context.pitEnabled = true;
        QCOMPARE(findingCodes(PolicyValidation::validate(BackupPolicy::atlasDefault(), context)),
                 QStringList{});
    }

    void items_data()
    {
        QTest::addColumn<QList<PolicyItem>>("items");
        QTest::addColumn<bool>("nvme");
        QTest::addColumn<QStringList>("expected");
        using F = Frequency;
        using U = RetentionUnit;
        const auto daily = item(F::Daily, 1, U::Days, 7);
        QTest::newRow("hourly 5") << QList{item(F::Hourly, 5, U::Days, 2)} << false
                                  << QStringList{RuleCode::PolicyIntervalInvalid};
        QTest::newRow("hourly 12 non-NVMe")
                << QList{item(F::Hourly, 12, U::Days, 2)} << false << QStringList{};
        QTest::newRow("hourly 6 on NVMe") << QList{item(F::Hourly, 6, U::Days, 2)} << true
                                          << QStringList{RuleCode::PolicyNvmeHourlyInterval};
        QTest::newRow("hourly 12 on NVMe") << QList{item(F::Hourly, 12, U::Days, 2)} << true << QStringList{};
        QTest::newRow("daily 2") << QList{item(F::Daily, 2, U::Days, 7)} << false
                                 << QStringList{RuleCode::PolicyIntervalInvalid};
        QTest::newRow("weekly 8") << QList{daily, item(F::Weekly, 8, U::Weeks, 4)} << false
                                  << QStringList{RuleCode::PolicyIntervalInvalid};
        QTest::newRow("monthly 29") << QList{daily, item(F::Monthly, 29, U::Months, 12)} << false
                                    << QStringList{RuleCode::PolicyIntervalInvalid};
        QTest::newRow("monthly 40 = last day")
                << QList{daily, item(F::Monthly, 40, U::Months, 12)} << false << QStringList{};
        QTest::newRow("yearly 13") << QList{daily, item(F::Yearly, 13, U::Years, 1)} << false
                                   << QStringList{RuleCode::PolicyIntervalInvalid};
        QTest::newRow("two daily") << QList{daily, daily} << false
                                   << QStringList{RuleCode::PolicyDuplicateItem};
        QTest::newRow("two weekly are fine")
                << QList{daily, item(F::Weekly, 1, U::Weeks, 4), item(F::Weekly, 4, U::Weeks, 4)} << false
                << QStringList{};
        QTest::newRow("retention 0") << QList{item(F::Daily, 1, U::Days, 0)} << false
                                     << QStringList{RuleCode::PolicyRetentionInvalid};
        QTest::newRow("weekly 6 days") << QList{item(F::Weekly, 6, U::Days, 6)} << false
                                       << QStringList{RuleCode::PolicyRetentionTooShort};
        QTest::newRow("weekly 7 days") << QList{item(F::Weekly, 6, U::Days, 7)} << false << QStringList{};
        QTest::newRow("monthly 30 days") << QList{item(F::Monthly, 1, U::Days, 30)} << false
                                         << QStringList{RuleCode::PolicyRetentionTooShort};
        QTest::newRow("monthly 31 days") << QList{item(F::Monthly, 1, U::Days, 31)} << false << QStringList{};
        QTest::newRow("monthly 4 weeks") << QList{item(F::Monthly, 1, U::Weeks, 4)} << false
                                         << QStringList{RuleCode::PolicyRetentionTooShort};
        QTest::newRow("yearly 12 months")
                << QList{item(F::Yearly, 12, U::Months, 12)} << false << QStringList{};
        QTest::newRow("yearly 364 days") << QList{item(F::Yearly, 12, U::Days, 364)} << false
                                         << QStringList{RuleCode::PolicyRetentionTooShort};
        QTest::newRow("weekly shorter than daily")
                << QList{item(F::Daily, 1, U::Days, 7), item(F::Weekly, 6, U::Days, 7),
                         item(F::Monthly, 40, U::Days, 5)}
                << false
                << QStringList{RuleCode::PolicyRetentionTooShort, RuleCode::PolicyRetentionOrder,
                               RuleCode::PolicyRetentionOrder}; // below both the daily and the weekly item
        QTest::newRow("monthly 12 months + yearly 1 year")
                << QList{daily, item(F::Monthly, 40, U::Months, 12), item(F::Yearly, 12, U::Years, 1)}
                << false << QStringList{};
        QTest::newRow("on-demand item") << QList{item(F::OnDemand, 0, U::Days, 7)} << false
                                        << QStringList{RuleCode::PolicyOnDemandItem};
        QTest::newRow("no items") << QList<PolicyItem>{} << false << QStringList{RuleCode::PolicyEmpty};
    }

    void items()
    {
        QFETCH(QList<PolicyItem>, items);
        QFETCH(bool, nvme);
        QFETCH(QStringList, expected);
        BackupPolicy policy;
        policy.items = items;
        PolicyValidation::Context context;
        context.nvme = nvme;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, context)), expected);
    }

    void restoreWindow()
    {
        BackupPolicy policy = BackupPolicy::atlasDefault(); // hourly kept 2 days
        PolicyValidation::Context context;
        context.pitEnabled = true;
        policy.restoreWindowDays = 3;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, context)),
                 QStringList{RuleCode::PolicyRestoreWindowExceedsHourly});
        policy.restoreWindowDays = 0;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, context)),
                 QStringList{RuleCode::PolicyRestoreWindowInvalid});
        context.pitEnabled = false; // the window only matters with PIT on
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, context)), QStringList{});
    }

    void referenceTime()
    {
        BackupPolicy policy = BackupPolicy::atlasDefault();
        policy.referenceHourOfDay = 24;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, {})),
                 QStringList{RuleCode::PolicyReferenceTime});
        policy.referenceHourOfDay = 23;
        policy.referenceMinuteOfHour = 60;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, {})),
                 QStringList{RuleCode::PolicyReferenceTime});
    }

    void complianceMinimum_data()
    {
        QTest::addColumn<QList<PolicyItem>>("items");
        QTest::addColumn<QStringList>("expected");
        using F = Frequency;
        using U = RetentionUnit;
        const auto hourly = item(F::Hourly, 6, U::Days, 2);
        QTest::newRow("meets it") << QList{hourly, item(F::Daily, 1, U::Days, 7),
                                           item(F::Weekly, 6, U::Weeks, 4)}
                                  << QStringList{};
        QTest::newRow("more often and longer")
                << QList{item(F::Hourly, 4, U::Days, 3), item(F::Daily, 1, U::Days, 14),
                         item(F::Weekly, 1, U::Weeks, 8)}
                << QStringList{};
        QTest::newRow("weekly removed") << QList{hourly, item(F::Daily, 1, U::Days, 7)}
                                        << QStringList{RuleCode::CompliancePolicyItemMissing};
        QTest::newRow("daily kept shorter")
                << QList{hourly, item(F::Daily, 1, U::Days, 2), item(F::Weekly, 6, U::Weeks, 4)}
                << QStringList{RuleCode::CompliancePolicyItemBelowMinimum};
        QTest::newRow("hourly less often")
                << QList{item(F::Hourly, 12, U::Days, 2), item(F::Daily, 1, U::Days, 7),
                         item(F::Weekly, 6, U::Weeks, 4)}
                << QStringList{RuleCode::CompliancePolicyItemBelowMinimum};
    }

    void complianceMinimum()
    {
        QFETCH(QList<PolicyItem>, items);
        QFETCH(QStringList, expected);
        CompliancePolicy bcp;
        bcp.scheduledPolicyItems = {item(Frequency::Hourly, 6, RetentionUnit::Days, 2),
                                    item(Frequency::Daily, 1, RetentionUnit::Days, 7),
                                    item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4)};
        BackupPolicy policy;
        policy.items = items;
        PolicyValidation::Context context;
        context.compliance = bcp;
        QCOMPARE(findingCodes(PolicyValidation::validate(policy, context)), expected);
    }

    void complianceLocksRetentionCutsOnExistingSnapshots()
    {
        CompliancePolicy bcp;
        BackupPolicy current = BackupPolicy::atlasDefault();
        BackupPolicy proposed = current;
        proposed.items[1].retention = {RetentionUnit::Days, 5}; // daily 7 → 5
        proposed.updateSnapshots = true;
        PolicyValidation::Context context;
        context.compliance = bcp;
        context.current = current;
        QCOMPARE(findingCodes(PolicyValidation::validate(proposed, context)),
                 QStringList{RuleCode::ComplianceRetentionDecreaseLocked});
        QCOMPARE(findingCodes(PolicyValidation::warnings(proposed, context)),
                 (QStringList{RuleCode::WarnUpdateSnapshots, RuleCode::WarnRetentionShortened}));
        proposed.updateSnapshots = false; // only new snapshots get the shorter retention
        QCOMPARE(findingCodes(PolicyValidation::validate(proposed, context)), QStringList{});
    }

    void describesItemsInWords()
    {
        QCOMPARE(describePolicyItem(item(Frequency::Weekly, 6, RetentionUnit::Weeks, 4)),
                 QStringLiteral("weekly (Saturday), kept 4 week(s)"));
        QCOMPARE(describePolicyItem(item(Frequency::Monthly, 40, RetentionUnit::Months, 12)),
                 QStringLiteral("monthly (last day), kept 12 month(s)"));
        QCOMPARE(describePolicyItem(item(Frequency::Yearly, 12, RetentionUnit::Years, 1)),
                 QStringLiteral("yearly (December), kept 1 year(s)"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyValidation)
#include "tst_policy_validation.moc"
