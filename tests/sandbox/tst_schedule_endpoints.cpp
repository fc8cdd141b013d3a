// The backup schedule endpoints of the sandbox: both versions' shapes, Atlas's validation, updateSnapshots,
// the reset to the default policy, roles and the Backup Compliance Policy's minimums.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

constexpr qint64 kDay = 86400;

QString schedulePath(SandboxFixture &sandbox, const char *project, const char *cluster)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/clusters/%2/backup/schedule")
            .arg(sandbox.projectId(QString::fromLatin1(project)), QString::fromLatin1(cluster));
}

ClusterRow clusterOf(SandboxFixture &sandbox, const char *project, const char *name)
{
    return *sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                    QString::fromLatin1(name));
}

QJsonObject item(const char *type, int interval, const char *unit, int value)
{
    return {{u"frequencyType"_qs, QString::fromLatin1(type)},
            {u"frequencyInterval"_qs, interval},
            {u"retentionUnit"_qs, QString::fromLatin1(unit)},
            {u"retentionValue"_qs, value}};
}

QByteArray withItems(const QJsonArray &items, QJsonObject extra = {})
{
    extra.insert(u"policies"_qs, QJsonArray{QJsonObject{{u"policyItems"_qs, items}}});
    return QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

// A valid five-item schedule like the seeded one.
QJsonArray fullItems(int dailyDays = 30)
{
    return {item("hourly", 6, "days", 3), item("daily", 1, "days", dailyDays), item("weekly", 6, "weeks", 13),
            item("monthly", 40, "months", 12), item("yearly", 12, "years", 1)};
}

int eventCount(SandboxFixture &sandbox, const QString &projectId, const QString &type)
{
    int n = 0;
    for (const auto &row : sandbox.store().documents(QStringLiteral("events"), projectId))
        n += row.kind == type ? 1 : 0;
    return n;
}

} // namespace

class TestScheduleEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getsTheScheduleInBothVersions()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const ScheduleRow row = *sandbox.store().schedule(cluster.id);
        const auto now = sandbox.get(schedulePath(sandbox, "Analytics", "analytics-events"), Who::ReadOnly,
                                     "2024-08-05");
        QCOMPARE(now.status, 200);
        const QJsonObject s = now.object();
        QCOMPARE(s.value(u"clusterId").toString(), cluster.id);
        QCOMPARE(s.value(u"clusterName").toString(), cluster.name);
        QCOMPARE(s.value(u"referenceHourOfDay").toInt(), row.policy.referenceHourOfDay);
        QVERIFY(s.contains(u"autoCopySettingsEnabled") && s.contains(u"nextSnapshot"));
        const QJsonObject policy = s.value(u"policies").toArray().first().toObject();
        QCOMPARE(policy.value(u"id").toString(), row.policyId);
        const QJsonArray items = policy.value(u"policyItems").toArray();
        QCOMPARE(items.size(), row.policy.items.size());
        QCOMPARE(items[0].toObject().value(u"id").toString(), row.itemIds[0]);
        QCOMPARE(items[0].toObject().value(u"frequencyType").toString(), u"hourly"_qs);
        QCOMPARE(items[0].toObject().value(u"retentionUnit").toString(), u"days"_qs);
        const auto old = sandbox.get(schedulePath(sandbox, "Analytics", "analytics-events"), Who::ReadOnly,
                                     "2023-01-01");
        QCOMPARE(old.status, 200);
        QVERIFY(!old.object().contains(u"autoCopySettingsEnabled"));
        QVERIFY(old.header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
        QCOMPARE(sandbox.get(schedulePath(sandbox, "Analytics", "nope")).status, 404);
        QCOMPARE(sandbox.get(schedulePath(sandbox, "Platform-Dev", "dev-free")).status, 400);
    }

    void updatesTheScheduleAndExistingSnapshots()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const ScheduleRow before = *sandbox.store().schedule(cluster.id);
        // Keep the daily item's id so that its snapshots follow the new retention.
        QJsonArray items = fullItems(14);
        QJsonObject daily = items[1].toObject();
        daily.insert(u"id"_qs, before.itemIds[1]);
        items[1] = daily;
        const QString path = schedulePath(sandbox, "Analytics", "analytics-events");
        QCOMPARE(sandbox.request("PATCH", path, Who::ReadOnly, withItems(items)).status, 403);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy, before.policy);

        const auto r = sandbox.request("PATCH", path, Who::BackupManager,
                                       withItems(items,
                                                 {{u"referenceHourOfDay"_qs, 3},
                                                  {u"updateSnapshots"_qs, true},
                                                  {u"clusterName"_qs, cluster.name}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"referenceHourOfDay").toInt(), 3);
        const ScheduleRow after = *sandbox.store().schedule(cluster.id);
        QCOMPARE(after.policy.referenceHourOfDay, 3);
        QCOMPARE(after.policy.items.size(), 5);
        QCOMPARE(after.itemIds[1], before.itemIds[1]);
        QCOMPARE(after.policy.items[1].retention.value, 14);
        QVERIFY(after.nextSnapshot > 0);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"_qs), 1);
        int followed = 0;
        for (const auto &s : sandbox.store().snapshots(cluster.id)) {
            // Daily snapshots (also serving the hourly item) not kept longer for a weekly or rarer item.
            const bool dailyOnly = s.policyItemIds.contains(before.itemIds[1])
                    && !s.policyItemIds.contains(before.itemIds[2])
                    && !s.policyItemIds.contains(before.itemIds[3])
                    && !s.policyItemIds.contains(before.itemIds[4]);
            if (dailyOnly) {
                QCOMPARE(s.expires, s.created + 14 * kDay);
                ++followed;
            }
        }
        QVERIFY(followed > 0);

        // Only the fields sent change.
        const auto partial = sandbox.request("PATCH", path, Who::Owner, R"({"referenceMinuteOfHour": 30})");
        QCOMPARE(partial.status, 200);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy.referenceMinuteOfHour, 30);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy.items, after.policy.items);
    }

    void refusesInvalidSchedules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("version");
        const QByteArray v = "2024-08-05";
        QTest::newRow("malformed") << QByteArray("{\"policies\": [") << u"INVALID_JSON"_qs << QString() << v;
        QTest::newRow("unknown field") << withItems(fullItems(), {{u"colour"_qs, 1}})
                                       << u"INVALID_ATTRIBUTE"_qs << u"colour"_qs << v;
        QTest::newRow("2024 field in 2023")
                << QByteArray(R"({"autoCopySettingsEnabled": false})") << u"INVALID_ATTRIBUTE"_qs
                << u"autoCopySettingsEnabled"_qs << QByteArray("2023-01-01");
        QTest::newRow("hour type") << QByteArray(R"({"referenceHourOfDay": "3"})") << u"INVALID_ATTRIBUTE"_qs
                                   << u"referenceHourOfDay"_qs << v;
        QTest::newRow("hour range") << QByteArray(R"({"referenceHourOfDay": 24})")
                                    << u"INVALID_REFERENCE_HOUR_OF_DAY"_qs << u"referenceHourOfDay"_qs << v;
        QTest::newRow("minute range")
                << QByteArray(R"({"referenceMinuteOfHour": 60})") << u"INVALID_REFERENCE_MINUTE_OF_HOUR"_qs
                << u"referenceMinuteOfHour"_qs << v;
        QTest::newRow("window zero") << QByteArray(R"({"restoreWindowDays": 0})")
                                     << u"INVALID_RESTORE_WINDOW_DAYS"_qs << u"restoreWindowDays"_qs << v;
        QTest::newRow("two policies")
                << QByteArray(R"({"policies": [{"policyItems": []}, {"policyItems": []}]})")
                << u"INVALID_POLICIES"_qs << u"policies"_qs << v;
        QTest::newRow("no items") << withItems({}) << u"INVALID_POLICY_ITEMS"_qs
                                  << u"policies[0].policyItems"_qs << v;
        QTest::newRow("hourly 3") << withItems({item("hourly", 3, "days", 2)})
                                  << u"INVALID_FREQUENCY_INTERVAL"_qs
                                  << u"policies[0].policyItems[0].frequencyInterval"_qs << v;
        QTest::newRow("daily 2") << withItems({item("daily", 2, "days", 7)})
                                 << u"INVALID_FREQUENCY_INTERVAL"_qs
                                 << u"policies[0].policyItems[0].frequencyInterval"_qs << v;
        QTest::newRow("weekly 8") << withItems({item("weekly", 8, "weeks", 4)})
                                  << u"INVALID_FREQUENCY_INTERVAL"_qs
                                  << u"policies[0].policyItems[0].frequencyInterval"_qs << v;
        QTest::newRow("monthly 29") << withItems({item("monthly", 29, "months", 2)})
                                    << u"INVALID_ENUM_VALUE"_qs
                                    << u"policies[0].policyItems[0].frequencyInterval"_qs << v;
        QTest::newRow("yearly 13") << withItems({item("yearly", 13, "years", 1)})
                                   << u"INVALID_FREQUENCY_INTERVAL"_qs
                                   << u"policies[0].policyItems[0].frequencyInterval"_qs << v;
        QTest::newRow("uppercase type")
                << withItems({item("HOURLY", 6, "days", 2)}) << u"INVALID_ENUM_VALUE"_qs
                << u"policies[0].policyItems[0].frequencyType"_qs << v;
        QTest::newRow("ondemand item")
                << withItems({item("ondemand", 1, "days", 2)}) << u"INVALID_FREQUENCY_TYPE"_qs
                << u"policies[0].policyItems[0].frequencyType"_qs << v;
        QTest::newRow("two hourly") << withItems(
                {item("hourly", 6, "days", 2), item("hourly", 12, "days", 2)})
                                    << u"INVALID_POLICY_ITEMS"_qs
                                    << u"policies[0].policyItems[1].frequencyType"_qs << v;
        QTest::newRow("weekly too short")
                << withItems({item("weekly", 6, "days", 3)}) << u"INVALID_RETENTION_PERIOD"_qs
                << u"policies[0].policyItems[0].retentionValue"_qs << v;
        QTest::newRow("weekly below daily")
                << withItems({item("daily", 1, "days", 30), item("weekly", 6, "weeks", 1)})
                << u"INVALID_RETENTION_PERIOD"_qs << u"policies[0].policyItems[1].retentionValue"_qs << v;
        QTest::newRow("retention zero")
                << withItems({item("daily", 1, "days", 0)}) << u"ATTRIBUTE_NEGATIVE_OR_ZERO"_qs
                << u"policies[0].policyItems[0].retentionValue"_qs << v;
        QTest::newRow("missing unit")
                << QByteArray(R"({"policies": [{"policyItems": [{"frequencyType": "daily",
                                          "frequencyInterval": 1, "retentionValue": 3}]}]})")
                << u"MISSING_ATTRIBUTE"_qs << u"policies[0].policyItems[0].retentionUnit"_qs << v;
        QTest::newRow("item unknown field") << QByteArray(
                R"({"policies": [{"policyItems": [{"frequencyType": "daily", "frequencyInterval": 1,
                    "retentionUnit": "days", "retentionValue": 3, "x": 1}]}]})")
                                            << u"INVALID_ATTRIBUTE"_qs << u"policies[0].policyItems[0].x"_qs
                                            << v;
        QTest::newRow("wrong policy id") << QByteArray(R"({"policies": [{"id": "0123456789abcdef01234567",
                                             "policyItems": []}]})")
                                         << u"INVALID_ATTRIBUTE"_qs << u"policies[0].id"_qs << v;
        QTest::newRow("copy settings") << QByteArray(R"({"copySettings": [{"cloudProvider": "AWS"}]})")
                                       << u"INVALID_ATTRIBUTE"_qs << u"copySettings"_qs << v;
    }

    void refusesInvalidSchedules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QByteArray, version);
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const ScheduleRow before = *sandbox.store().schedule(cluster.id);
        const auto r = sandbox.request("PATCH", schedulePath(sandbox, "Analytics", "analytics-events"),
                                       Who::BackupManager, payload, version);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode").toString(), code);
        if (!field.isEmpty()) {
            const QJsonArray fields
                    = r.object().value(u"badRequestDetail").toObject().value(u"fields").toArray();
            QCOMPARE(fields.first().toObject().value(u"field").toString(), field);
        }
        const ScheduleRow after = *sandbox.store().schedule(cluster.id);
        QCOMPARE(after.policy, before.policy);
        QCOMPARE(after.itemIds, before.itemIds);
        QCOMPARE(eventCount(sandbox, cluster.projectId, u"CPS_SNAPSHOT_SCHEDULE_UPDATED_AUDIT"_qs), 0);
    }

    void restoreWindowWithinHourlyRetentionWhenPitIsOn()
    {
        SandboxFixture sandbox;
        const auto r = sandbox.request("PATCH", schedulePath(sandbox, "Analytics", "analytics-warehouse"),
                                       Who::BackupManager, R"({"restoreWindowDays": 30})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode").toString(), u"INVALID_RESTORE_WINDOW_DAYS"_qs);
        // Without PIT the window does not matter.
        QCOMPARE(sandbox.request("PATCH", schedulePath(sandbox, "Analytics", "analytics-events"),
                                 Who::BackupManager, R"({"restoreWindowDays": 30})")
                         .status,
                 200);
    }

    void compliancePolicyMinimums()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Payments", "payments-api");
        const ScheduleRow before = *sandbox.store().schedule(cluster.id);
        const QString path = schedulePath(sandbox, "Payments", "payments-api");
        QJsonArray noMonthly = fullItems();
        noMonthly.removeAt(3);
        QJsonArray rareHourly = fullItems();
        rareHourly[0] = item("hourly", 12, "days", 3);
        QJsonArray shortDaily = fullItems(7);
        QJsonObject daily = shortDaily[1].toObject();
        daily.insert(u"id"_qs, before.itemIds[1]);
        shortDaily[1] = daily;
        for (const QByteArray &payload :
             {withItems(noMonthly), withItems(rareHourly), QByteArray(R"({"restoreWindowDays": 2})"),
              withItems(shortDaily, {{u"updateSnapshots"_qs, true}})}) {
            const auto r = sandbox.request("PATCH", path, Who::Owner, payload);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"errorCode").toString(),
                     u"BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"_qs);
        }
        const auto reset = sandbox.request("DELETE", path, Who::Owner);
        QCOMPARE(reset.status, 400);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy, before.policy);
        // The same 7-day daily retention without touching existing snapshots meets the policy.
        QCOMPARE(sandbox.request("PATCH", path, Who::BackupManager, withItems(shortDaily)).status, 200);
    }

    void deleteResetsToTheAtlasDefault()
    {
        SandboxFixture sandbox;
        const ClusterRow cluster = clusterOf(sandbox, "Analytics", "analytics-events");
        const QString path = schedulePath(sandbox, "Analytics", "analytics-events");
        QCOMPARE(sandbox.request("DELETE", path, Who::ReadOnly).status, 403);
        const auto r = sandbox.request("DELETE", path, Who::BackupManager, {}, "2023-01-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"referenceHourOfDay").toInt(), 18);
        const QJsonArray items
                = r.object().value(u"policies").toArray().first().toObject().value(u"policyItems").toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].toObject().value(u"frequencyInterval").toInt(), 6);
        QCOMPARE(items[0].toObject().value(u"retentionValue").toInt(), 2);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy.items.size(), 5);
        QCOMPARE(sandbox.store().schedule(cluster.id)->policy.items[1].retention,
                 (Retention{RetentionUnit::Days, 7}));
    }
};

QTEST_GUILESS_MAIN(TestScheduleEndpoints)
#include "tst_schedule_endpoints.moc"
