// FactsReader: how a facts document maps onto the planner's input.
#include "preflight/facts_reader.h"

#include <QJsonDocument>
#include <QTest>

using namespace snapline;

namespace {

QByteArray restoreDoc(const QString &extra = {})
{
    return QStringLiteral(R"({"action": "restore", "now": "2026-11-24T12:00:00Z",
        "roles": {"p1": ["GROUP_OWNER"]},
        "source": {"projectId": "p1", "orgId": "o1", "cluster": {"name": "src", "tier": "M30",
                   "mongoDBVersion": "7.0.14", "backupKind": "cloudContinuous", "restoreWindowDays": 7}},
        "target": {"projectId": "p1", "cluster": {"name": "dst", "tier": "M40", "mongoDBVersion": "8.0.4"}}%1})")
            .arg(extra)
            .toUtf8();
}

} // namespace

class TestFactsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAPointInTimeRestore()
    {
        const auto input = FactsReader::read(
                restoreDoc(uR"(, "pointInTime": {"oplogTs": 1795427400, "oplogInc": 2})"_qs));
        QVERIFY2(input.ok(), input.ok() ? "" : qPrintable(input.error().message));
        QVERIFY(input->action.kind == ActionKind::Restore);
        QVERIFY(input->action.atlasDeliveryType() == DeliveryType::PointInTime);
        QCOMPARE(input->action.pointInTime->oplogInc, 2);
        const Cluster &source = input->facts.source.cluster;
        QVERIFY(source.pitEnabled); // implied by cloudContinuous
        QCOMPARE(source.restoreWindowDays, 7);
        QCOMPARE(source.projectId, u"p1"_qs);
        QCOMPARE(input->facts.target->cluster.tier.name(), u"M40"_qs);
        QVERIFY(input->facts.roles.has(u"p1"_qs, u"GROUP_OWNER"_qs));
    }

    void snapshotInheritsFromItsCluster()
    {
        const auto input = FactsReader::read(
                restoreDoc(uR"(, "snapshot": {"id": "s1", "createdAt": "2026-11-23T12:00:00Z"})"_qs));
        QVERIFY(input.ok());
        const Snapshot &s = *input->facts.snapshot;
        QCOMPARE(s.mongodVersion, MongoVersion(7, 0, 14));
        QVERIFY(s.status == SnapshotStatus::Completed);
        QVERIFY(s.origin == SnapshotOrigin::Scheduled);
        QVERIFY(s.topology == Topology::ReplicaSet);
    }

    void explicitNullFcvMeansNotPinned()
    {
        QByteArray doc = restoreDoc(
                uR"(, "snapshot": {"id": "s1", "createdAt": "2026-11-23T12:00:00Z", "fcvPinned": null})"_qs);
        doc.replace(R"("backupKind")", R"("fcvPinned": "7.0", "backupKind")");
        const auto input = FactsReader::read(doc);
        QVERIFY2(input.ok(), input.ok() ? "" : qPrintable(input.error().message));
        QVERIFY(input->facts.source.cluster.fcvPinned.has_value());
        QVERIFY(!input->facts.snapshot->fcvPinned.has_value());
    }

    void atlasShapedRolesAndPolicies()
    {
        const QByteArray doc = R"({"action": "editPolicy", "now": "2026-11-24T12:00:00Z",
            "roles": [{"groupId": "p1", "roleName": "GROUP_BACKUP_MANAGER"}, {"orgId": "o1", "roleName": "ORG_MEMBER"}],
            "source": {"projectId": "p1", "cluster": {"name": "c", "tier": "M30", "mongoDBVersion": "8.0.4"}},
            "policy": {"referenceHourOfDay": 3, "restoreWindowDays": 1, "updateSnapshots": true,
                       "policies": [{"id": "x", "policyItems": [
                           {"frequencyType": "hourly", "frequencyInterval": 6, "retentionUnit": "days", "retentionValue": 2},
                           {"frequencyType": "weekly", "frequencyInterval": 7, "retentionUnit": "weeks", "retentionValue": 4}]}]}})";
        const auto input = FactsReader::read(doc);
        QVERIFY2(input.ok(), input.ok() ? "" : qPrintable(input.error().message));
        QVERIFY(input->facts.roles.has(u"p1"_qs, u"GROUP_BACKUP_MANAGER"_qs));
        QVERIFY(input->facts.roles.has(u"o1"_qs, u"ORG_MEMBER"_qs));
        const BackupPolicy &policy = *input->action.policy;
        QCOMPARE(policy.referenceHourOfDay, 3);
        QCOMPARE(policy.items.size(), 2);
        QVERIFY(policy.items[1].frequency == Frequency::Weekly);
        QVERIFY(policy.items[1].retention == (Retention{RetentionUnit::Weeks, 4}));
        QVERIFY(policy.updateSnapshots);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad tier") << restoreDoc().replace(R"("tier": "M30")", R"("tier": "M3")")
                                  << "source.cluster.tier";
        QTest::newRow("bad version") << restoreDoc().replace(R"("8.0.4")", R"("eight")")
                                     << "target.cluster.mongoDBVersion";
        QTest::newRow("typo") << restoreDoc(uR"(, "snapshotID": "x")"_qs) << "snapshotID: unknown field";
        QTest::newRow("nested typo") << restoreDoc().replace(R"("tier": "M40")",
                                                             R"("tier": "M40", "teir": 1)")
                                     << "target.cluster.teir";
        QTest::newRow("wrong type") << restoreDoc().replace(R"("restoreWindowDays": 7)",
                                                            R"("restoreWindowDays": "7")")
                                    << "source.cluster.restoreWindowDays: expected a whole number";
        QTest::newRow("fraction") << restoreDoc().replace(R"("restoreWindowDays": 7)",
                                                          R"("restoreWindowDays": 7.5)")
                                  << "source.cluster.restoreWindowDays";
        QTest::newRow("no snapshot nor PIT") << restoreDoc() << "snapshot";
        QTest::newRow("both PIT forms")
                << restoreDoc(uR"(, "pointInTime": {"utcSeconds": 1, "oplogTs": 1, "oplogInc": 1})"_qs)
                << "pointInTime";
        QTest::newRow("range backwards")
                << restoreDoc(uR"(, "pointInTime": {"utcSeconds": 1795427400})"_qs)
                           .replace(
                                   R"("restoreWindowDays": 7)",
                                   R"("restoreWindowDays": 7, "pitWindows": [{"from": "2026-11-24T00:00:00Z", "to": "2026-11-23T00:00:00Z"}])")
                << "source.cluster.pitWindows[0]";
        QTest::newRow("not a date") << restoreDoc().replace(R"("2026-11-24T12:00:00Z")", R"("yesterday")")
                                    << "now";
        QTest::newRow("malformed") << QByteArray(R"({"action": "restore",)") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "one JSON object";
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, field);
        const auto input = FactsReader::read(doc);
        QVERIFY(!input.ok());
        QVERIFY2(input.error().message.contains(field), qPrintable(input.error().message));
    }

    void missingFileIsAClearError()
    {
        const auto input = FactsReader::readFile(u"/nonexistent/facts.json"_qs);
        QVERIFY(!input.ok());
        QCOMPARE(input.error().code, u"FACTS_UNREADABLE"_qs);
        QVERIFY(input.error().message.contains(u"/nonexistent/facts.json"));
    }
};

QTEST_GUILESS_MAIN(TestFactsReader)
#include "tst_facts_reader.moc"
