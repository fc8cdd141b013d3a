// The Backup Compliance Policy endpoints of the sandbox: get, enable and tighten (raising schedules),
// refusal to weaken, disable only when deletable, validation, roles and the locks the policy sets.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

const QString kViolation
        = QStringLiteral("BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS");

QString policyPath(SandboxFixture &sandbox, const char *project)
{
    return QStringLiteral("/api/atlas/v2/groups/%1/backupCompliancePolicy")
            .arg(sandbox.projectId(QString::fromLatin1(project)));
}

QJsonObject item(const char *type, int interval, const char *unit, int value)
{
    return {{u"frequencyType"_qs, QString::fromLatin1(type)},
            {u"frequencyInterval"_qs, interval},
            {u"retentionUnit"_qs, QString::fromLatin1(unit)},
            {u"retentionValue"_qs, value}};
}

// A policy for Analytics: its clusters use neither PIT everywhere nor customer-key encryption.
QJsonObject analyticsPolicy(int dailyDays = 60)
{
    return {{u"authorizedEmail"_qs, u"dpo@example.com"_qs},
            {u"authorizedUserFirstName"_qs, u"Ada"_qs},
            {u"authorizedUserLastName"_qs, u"Lovelace"_qs},
            {u"onDemandPolicyItem"_qs, item("ondemand", 0, "days", 3)},
            {u"scheduledPolicyItems"_qs, QJsonArray{item("daily", 1, "days", dailyDays)}}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int eventCount(SandboxFixture &sandbox, const QString &projectId, const QString &type)
{
    int n = 0;
    for (const auto &row : sandbox.store().documents(QStringLiteral("events"), projectId))
        n += row.kind == type ? 1 : 0;
    return n;
}

ScheduleRow scheduleOf(SandboxFixture &sandbox, const char *project, const char *name)
{
    const auto cluster = sandbox.store().cluster(sandbox.projectId(QString::fromLatin1(project)),
                                                 QString::fromLatin1(name));
    return *sandbox.store().schedule(cluster->id);
}

} // namespace

class TestComplianceEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getsThePolicyOrNotFound()
    {
        SandboxFixture sandbox;
        for (const QByteArray version : {"2023-10-01", "2023-01-01"}) {
            const auto r = sandbox.get(policyPath(sandbox, "Payments"), Who::Owner, version);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(u"state").toString(), u"ACTIVE"_qs);
            QCOMPARE(r.object().value(u"authorizedEmail").toString(), u"compliance.officer@example.com"_qs);
            QCOMPARE(r.object().value(u"scheduledPolicyItems").toArray().size(), 4);
            QCOMPARE(r.object().value(u"deletable").toBool(), false);
        }
        QCOMPARE(sandbox.get(policyPath(sandbox, "Payments"), Who::BackupManager, "2023-10-01").status, 403);
        QCOMPARE(sandbox.get(policyPath(sandbox, "Payments"), Who::ReadOnly, "2023-10-01").status, 403);
        const auto none = sandbox.get(policyPath(sandbox, "Analytics"), Who::Owner, "2023-10-01");
        QCOMPARE(none.status, 404);
        QCOMPARE(none.object().value(u"errorCode").toString(), u"RESOURCE_NOT_FOUND"_qs);
    }

    void enablesAPolicyAndRaisesSchedules()
    {
        SandboxFixture sandbox;
        const QString analytics = sandbox.projectId(QStringLiteral("Analytics"));
        QCOMPARE(sandbox.request("PUT", policyPath(sandbox, "Analytics"), Who::BackupManager,
                                 bytes(analyticsPolicy()), "2023-10-01")
                         .status,
                 403);
        const auto r = sandbox.request("PUT", policyPath(sandbox, "Analytics"), Who::Owner,
                                       bytes(analyticsPolicy()), "2023-10-01");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"state").toString(), u"ACTIVE"_qs);
        QCOMPARE(r.object().value(u"projectId").toString(), analytics);
        QCOMPARE(r.object().value(u"updatedUser").toString(), u"dpo@example.com"_qs);
        QVERIFY(r.object().contains(u"updatedDate"));
        QCOMPARE(r.object()
                         .value(u"scheduledPolicyItems")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"id")
                         .toString()
                         .size(),
                 24);
        QVERIFY(sandbox.store().document(QStringLiteral("compliance"), analytics));
        const ScheduleRow raised = scheduleOf(sandbox, "Analytics", "analytics-events");
        QCOMPARE(raised.policy.itemsOf(Frequency::Daily).first().retention,
                 (Retention{RetentionUnit::Days, 60}));
        QCOMPARE(eventCount(sandbox, analytics, u"CPS_DATA_PROTECTION_ENABLED"_qs), 1);
        QCOMPARE(eventCount(sandbox, analytics, u"CPS_DATA_PROTECTION_ENABLE_REQUESTED"_qs), 1);
        // The policy now locks the project's snapshots.
        const auto cluster = sandbox.store().cluster(analytics, QStringLiteral("analytics-events"));
        const QString snapshotId = sandbox.store().snapshots(cluster->id, 0, 1).first().id;
        const auto del
                = sandbox.request("DELETE",
                                  QStringLiteral("/api/atlas/v2/groups/%1/clusters/analytics-events/backup/"
                                                 "snapshots/%2")
                                          .arg(analytics, snapshotId),
                                  Who::Owner, {}, "2023-01-01");
        QCOMPARE(del.status, 400);
        QCOMPARE(del.object().value(u"errorCode").toString(), kViolation);
    }

    void withoutOverwriteNonCompliantSchedulesAreRefused()
    {
        SandboxFixture sandbox;
        const QString analytics = sandbox.projectId(QStringLiteral("Analytics"));
        const ScheduleRow before = scheduleOf(sandbox, "Analytics", "analytics-events");
        const auto r = sandbox.request(
                "PUT", policyPath(sandbox, "Analytics") + u"?overwriteBackupPolicies=false"_qs, Who::Owner,
                bytes(analyticsPolicy()), "2023-10-01");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode").toString(), kViolation);
        QVERIFY(!sandbox.store().document(QStringLiteral("compliance"), analytics));
        QCOMPARE(scheduleOf(sandbox, "Analytics", "analytics-events").policy, before.policy);
        // A policy every schedule already meets needs no overwrite.
        QCOMPARE(sandbox.request("PUT",
                                 policyPath(sandbox, "Analytics") + u"?overwriteBackupPolicies=false"_qs,
                                 Who::Owner, bytes(analyticsPolicy(7)), "2023-10-01")
                         .status,
                 200);
    }

    void refusesInvalidBodies_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("version");
        const QByteArray v = "2023-10-01";
        const auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject o = analyticsPolicy();
            if (value.isUndefined())
                o.remove(QString::fromLatin1(key));
            else
                o.insert(QString::fromLatin1(key), value);
            return bytes(o);
        };
        QTest::newRow("malformed") << QByteArray("{") << QString() << u"INVALID_JSON"_qs << v;
        QTest::newRow("unknown") << with("colour", u"red"_qs) << QString() << u"INVALID_ATTRIBUTE"_qs << v;
        QTest::newRow("no email") << with("authorizedEmail", QJsonValue::Undefined) << QString()
                                  << u"MISSING_ATTRIBUTE"_qs << v;
        QTest::newRow("bad email") << with("authorizedEmail", u"nobody"_qs) << QString()
                                   << u"INVALID_EMAIL_ADDRESS"_qs << v;
        QTest::newRow("no first name") << with("authorizedUserFirstName", QJsonValue::Undefined) << QString()
                                       << u"MISSING_ATTRIBUTE"_qs << v;
        QTest::newRow("pit type") << with("pitEnabled", u"yes"_qs) << QString() << u"INVALID_ATTRIBUTE"_qs
                                  << v;
        QTest::newRow("pit without window")
                << with("pitEnabled", true) << QString() << u"MISSING_ATTRIBUTE"_qs << v;
        QTest::newRow("window zero") << with("restoreWindowDays", 0) << QString()
                                     << u"INVALID_RESTORE_WINDOW_DAYS"_qs << v;
        QTest::newRow("on-demand type") << with("onDemandPolicyItem", item("daily", 1, "days", 3))
                                        << QString() << u"INVALID_ENUM_VALUE"_qs << v;
        QTest::newRow("scheduled ondemand")
                << with("scheduledPolicyItems", QJsonArray{item("ondemand", 0, "days", 3)}) << QString()
                << u"INVALID_ENUM_VALUE"_qs << v;
        QTest::newRow("hourly 5") << with("scheduledPolicyItems", QJsonArray{item("hourly", 5, "days", 3)})
                                  << QString() << u"INVALID_FREQUENCY_INTERVAL"_qs << v;
        QTest::newRow("two dailies") << with(
                "scheduledPolicyItems", QJsonArray{item("daily", 1, "days", 3), item("daily", 1, "days", 9)})
                                     << QString() << u"INVALID_POLICY_ITEMS"_qs << v;
        QTest::newRow("retention zero")
                << with("scheduledPolicyItems", QJsonArray{item("daily", 1, "days", 0)}) << QString()
                << u"ATTRIBUTE_NEGATIVE_OR_ZERO"_qs << v;
        QTest::newRow("other project") << with("projectId", u"0123456789abcdef01234567"_qs) << QString()
                                       << u"INVALID_ATTRIBUTE"_qs << v;
        QTest::newRow("bad query") << bytes(analyticsPolicy()) << u"?overwriteBackupPolicies=maybe"_qs
                                   << u"INVALID_QUERY_PARAMETER"_qs << v;
        QTest::newRow("encryption") << with("encryptionAtRestEnabled", true) << QString() << kViolation << v;
    }

    void refusesInvalidBodies()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, query);
        QFETCH(QString, code);
        QFETCH(QByteArray, version);
        SandboxFixture sandbox;
        const QString analytics = sandbox.projectId(QStringLiteral("Analytics"));
        const auto r = sandbox.request("PUT", policyPath(sandbox, "Analytics") + query, Who::Owner, payload,
                                       version);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(u"errorCode").toString(), code);
        QVERIFY(!sandbox.store().document(QStringLiteral("compliance"), analytics));
        QCOMPARE(eventCount(sandbox, analytics, u"CPS_DATA_PROTECTION_ENABLED"_qs), 0);
    }

    void theOldVersionNeedsOnlyTheEmail()
    {
        SandboxFixture sandbox;
        QJsonObject body = analyticsPolicy();
        body.remove(u"authorizedUserFirstName"_qs);
        body.remove(u"authorizedUserLastName"_qs);
        QCOMPARE(sandbox.request("PUT", policyPath(sandbox, "Analytics"), Who::Owner, bytes(body),
                                 "2023-01-01")
                         .status,
                 200);
    }

    void onlyStricterUpdates()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        QJsonObject seeded = sandbox.get(policyPath(sandbox, "Payments"), Who::Owner, "2023-10-01").object();
        const auto put = [&](const QJsonObject &body) {
            return sandbox.request("PUT", policyPath(sandbox, "Payments"), Who::Owner, bytes(body),
                                   "2023-10-01");
        };
        QJsonObject noPit = seeded;
        noPit.insert(u"pitEnabled"_qs, false);
        QJsonObject fewerItems = seeded;
        QJsonArray items = seeded.value(u"scheduledPolicyItems").toArray();
        items.removeLast();
        fewerItems.insert(u"scheduledPolicyItems"_qs, items);
        QJsonObject shorterWindow = seeded;
        shorterWindow.insert(u"restoreWindowDays"_qs, 2);
        QJsonObject shorterOnDemand = seeded;
        shorterOnDemand.insert(u"onDemandPolicyItem"_qs, item("ondemand", 0, "days", 2));
        for (const QJsonObject &weaker : {noPit, fewerItems, shorterWindow, shorterOnDemand}) {
            const auto r = put(weaker);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(u"errorCode").toString(), u"CANNOT_WEAKEN_BACKUP_COMPLIANCE_POLICY"_qs);
        }
        QCOMPARE(sandbox.store().document(QStringLiteral("compliance"), payments)->doc, seeded);
        QJsonObject stricter = seeded;
        stricter.insert(u"onDemandPolicyItem"_qs, item("ondemand", 0, "days", 14));
        const auto r = put(stricter);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"onDemandPolicyItem").toObject().value(u"retentionValue").toInt(), 14);
        QCOMPARE(eventCount(sandbox, payments, u"CPS_DATA_PROTECTION_UPDATED"_qs), 1);
    }

    void disablesOnlyWhenDeletable()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        const QString path = policyPath(sandbox, "Payments");
        QCOMPARE(sandbox.request("DELETE", path, Who::BackupManager, {}, "2024-11-13").status, 403);
        const auto locked = sandbox.request("DELETE", path, Who::Owner, {}, "2024-11-13");
        QCOMPARE(locked.status, 400);
        QCOMPARE(locked.object().value(u"errorCode").toString(),
                 u"BACKUP_COMPLIANCE_POLICY_NOT_DELETABLE"_qs);
        QVERIFY(sandbox.store().document(QStringLiteral("compliance"), payments));
        // Support approves: the flag is set outside the API.
        DocumentRow row = *sandbox.store().document(QStringLiteral("compliance"), payments);
        row.doc.insert(u"deletable"_qs, true);
        QVERIFY(sandbox.store().putDocument(QStringLiteral("compliance"), row));
        const auto r = sandbox.request("DELETE", path, Who::Owner, {}, "2024-11-13");
        QCOMPARE(r.status, 204);
        QVERIFY(!sandbox.store().document(QStringLiteral("compliance"), payments));
        QCOMPARE(eventCount(sandbox, payments, u"CPS_DATA_PROTECTION_DISABLED"_qs), 1);
        QCOMPARE(sandbox.get(path, Who::Owner, "2023-10-01").status, 404);
        QCOMPARE(sandbox.request("DELETE", policyPath(sandbox, "Analytics"), Who::Owner, {}, "2024-11-13")
                         .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestComplianceEndpoints)
#include "tst_compliance_endpoints.moc"
