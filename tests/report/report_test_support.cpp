#include "report_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace snapline::test {

CsvTable parseCsv(const QByteArray &bytes)
{
    CsvTable out;
    const QString text = QString::fromUtf8(bytes);
    QStringList record;
    QString field;
    qsizetype i = 0;
    const auto fail = [&](const QString &why) {
        out.error = QStringLiteral("record %1, offset %2: %3").arg(out.records.size() + 1).arg(i).arg(why);
        return out;
    };
    while (i < text.size()) {
        field.clear();
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return fail(QStringLiteral("a quoted field never ends"));
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return fail(QStringLiteral("a quote or a bare LF in an unquoted field"));
                field += text[i++];
            }
        }
        record << field;
        if (i < text.size() && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            out.records << record;
            record.clear();
            continue;
        }
        return fail(QStringLiteral("a record does not end with CRLF"));
    }
    if (!record.isEmpty())
        return fail(QStringLiteral("the last record does not end with CRLF"));
    return out;
}

namespace {

const QStringList kKnownKeywords{
        QStringLiteral("$schema"),     QStringLiteral("$id"),        QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("$defs"),      QStringLiteral("format"),
        QStringLiteral("$ref"),        QStringLiteral("type"),       QStringLiteral("const"),
        QStringLiteral("enum"),        QStringLiteral("pattern"),    QStringLiteral("minimum"),
        QStringLiteral("required"),    QStringLiteral("properties"), QStringLiteral("additionalProperties"),
        QStringLiteral("items")};

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"string")
        return v.isString();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    if (type == u"boolean")
        return v.isBool();
    if (type == u"null")
        return v.isNull();
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    return false;
}

void check(const QJsonValue &v, const QJsonObject &schema, const QJsonObject &root, const QString &where,
           QStringList &errors)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!kKnownKeywords.contains(it.key()))
            errors << QStringLiteral("schema keyword %1 at %2 is not supported").arg(it.key(), where);
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(u"#/$defs/")) {
            errors << QStringLiteral("unsupported $ref %1").arg(ref);
            return;
        }
        const QJsonObject target
                = root.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
        if (target.isEmpty())
            errors << QStringLiteral("unresolved $ref %1").arg(ref);
        check(v, target, root, where, errors);
    }
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        if (std::none_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(v, t); })) {
            errors << QStringLiteral("%1: not of type %2").arg(where, types.join(u'|'));
            return;
        }
    }
    if (schema.contains(QStringLiteral("const")) && v != schema.value(QStringLiteral("const")))
        errors << QStringLiteral("%1: not the constant").arg(where);
    if (schema.contains(QStringLiteral("enum"))
        && !schema.value(QStringLiteral("enum")).toArray().contains(v))
        errors << QStringLiteral("%1: %2 is not one of the allowed values")
                          .arg(where, v.toVariant().toString());
    if (v.isString() && schema.contains(QStringLiteral("pattern"))) {
        const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
        if (!re.match(v.toString()).hasMatch())
            errors << QStringLiteral("%1: \"%2\" does not match the pattern").arg(where, v.toString());
    }
    if (v.isDouble() && schema.contains(QStringLiteral("minimum"))
        && v.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
        errors << QStringLiteral("%1: below the minimum").arg(where);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors << QStringLiteral("%1: %2 is required").arg(where, r.toString());
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = where + u'/' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), root, at, errors);
            else if (additional.isBool() && !additional.toBool())
                errors << QStringLiteral("%1: not allowed").arg(at);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), root, at, errors);
        }
    }
    if (v.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(a[i], schema.value(QStringLiteral("items")).toObject(), root,
                  where + u'/' + QString::number(i), errors);
    }
}

} // namespace

QStringList validateJson(const QJsonValue &value, const QJsonObject &schema)
{
    QStringList errors;
    check(value, schema, schema, QString(), errors);
    return errors;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(SNAPLINE_SOURCE_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The history, worked out by hand in tst_report_coverage.cpp's comments.
const QString SmallHistory::kOrgId = QStringLiteral("5f00000000000000000000aa");
const QString SmallHistory::kProjectId = QStringLiteral("5f00000000000000000000bb");

QDateTime SmallHistory::at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
QDateTime SmallHistory::now()
{
    return at("2026-11-20T12:00:00Z");
}
QDateTime SmallHistory::from()
{
    return at("2026-11-18T00:00:00Z");
}
QDateTime SmallHistory::to()
{
    return at("2026-11-20T00:00:00Z");
}

namespace {

Snapshot snapshot(const QString &cluster, const char *id, const char *created, Frequency frequency,
                  qint64 keepSeconds, SnapshotStatus status = SnapshotStatus::Completed,
                  SnapshotOrigin origin = SnapshotOrigin::Scheduled)
{
    Snapshot s;
    s.id = QString::fromLatin1(id);
    s.clusterName = cluster;
    s.createdAt = SmallHistory::at(created);
    s.expiresAt = s.createdAt.addSecs(keepSeconds);
    s.frequency = frequency;
    s.status = status;
    s.origin = origin;
    s.storageSizeBytes = 1'000'000'000;
    s.mongodVersion = *MongoVersion::parse(u"8.0.4");
    return s;
}

Cluster cluster(const QString &name, BackupKind kind)
{
    Cluster c;
    c.id = QStringLiteral("6b0000000000000000000") + (name == u"ledger" ? u"001" : u"002");
    c.name = name;
    c.projectId = SmallHistory::kProjectId;
    c.tier = *Tier::parse(u"M10");
    c.version = *MongoVersion::parse(u"8.0.4");
    c.backupKind = kind;
    return c;
}

} // namespace

Status SmallHistory::write(const QString &path)
{
    auto opened = Catalog::open(path, std::make_shared<ManualClock>(now()));
    if (!opened)
        return opened.error();
    Catalog &catalog = **opened;
    constexpr qint64 kDay = 86400;
    const QString ledger = QStringLiteral("ledger");
    const QString archive = QStringLiteral("archive");

    Cluster l = cluster(ledger, BackupKind::CloudContinuous);
    l.pitEnabled = true;
    l.restoreWindowDays = 2;
    l.pit.restorable = {{at("2026-11-17T12:00:00Z"), at("2026-11-19T08:00:00Z")},
                        {at("2026-11-19T10:00:00Z"), at("2026-11-20T11:59:00Z")}};
    Cluster a = cluster(archive, BackupKind::Cloud);

    BackupPolicy ledgerPolicy;
    ledgerPolicy.referenceHourOfDay = 6;
    ledgerPolicy.restoreWindowDays = 2;
    ledgerPolicy.items = {{{}, Frequency::Hourly, 6, {RetentionUnit::Days, 2}},
                          {{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}}};
    BackupPolicy archivePolicy;
    archivePolicy.referenceHourOfDay = 6;
    archivePolicy.items = {{{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}}};

    const QList<Snapshot> ledgerSnapshots{
            snapshot(ledger, "s0", "2026-11-15T06:00:00Z", Frequency::Daily, 7 * kDay),
            snapshot(ledger, "s1", "2026-11-18T06:05:00Z", Frequency::Daily, 7 * kDay),
            snapshot(ledger, "s2", "2026-11-18T18:10:00Z", Frequency::Hourly, 2 * kDay),
            snapshot(ledger, "s6", "2026-11-19T03:00:00Z", Frequency::OnDemand, 3 * kDay,
                     SnapshotStatus::Completed, SnapshotOrigin::OnDemand),
            snapshot(ledger, "s3", "2026-11-19T06:00:00Z", Frequency::Daily, 7 * kDay,
                     SnapshotStatus::Failed),
            snapshot(ledger, "s4", "2026-11-19T12:30:00Z", Frequency::Hourly, 2 * kDay),
            snapshot(ledger, "s5", "2026-11-19T18:00:00Z", Frequency::Hourly, 2 * kDay),
            snapshot(ledger, "s7", "2026-11-20T00:00:00Z", Frequency::Hourly, 2 * kDay),
    };
    const QList<Snapshot> archiveSnapshots{
            snapshot(archive, "a1", "2026-11-17T06:00:00Z", Frequency::Daily, 7 * kDay),
            snapshot(archive, "a2", "2026-11-18T06:00:00Z", Frequency::Daily, 7 * kDay),
    };
    CompliancePolicy bcp;
    bcp.projectId = kProjectId;
    bcp.authorizedEmail = QStringLiteral("grace@example.com");
    bcp.authorizedUserFirstName = QStringLiteral("Grace");
    bcp.authorizedUserLastName = QStringLiteral("Hopper");
    bcp.pitEnabled = true;
    bcp.restoreWindowDays = 2;
    bcp.scheduledPolicyItems = {{{}, Frequency::Daily, 1, {RetentionUnit::Days, 7}}};
    bcp.updatedDate = at("2026-10-01T09:30:00Z");
    bcp.updatedUser = QStringLiteral("grace@example.com");

    // Atlas lists no creation time for these jobs: the audit log gives it
    // for the one Snapline sent, the others are placed by their end.
    RestoreJob drill; // sent by Snapline: the audit log names who
    drill.id = QStringLiteral("r1");
    drill.sourceClusterName = ledger;
    drill.snapshotId = QStringLiteral("s4");
    drill.snapshotTimestamp = at("2026-11-19T12:30:00Z");
    drill.targetProjectId = kProjectId;
    drill.targetClusterName = archive;
    drill.finishedAt = at("2026-11-19T13:40:00Z");
    RestoreJob outside; // started in the Atlas UI: no audit entry
    outside.id = QStringLiteral("r2");
    outside.sourceClusterName = archive;
    outside.snapshotId = QStringLiteral("a2");
    outside.deliveryType = DeliveryType::Download;
    outside.finishedAt = at("2026-11-18T10:05:00Z");
    outside.failed = true;
    RestoreJob earlier = drill; // before the period: left out
    earlier.id = QStringLiteral("r0");
    earlier.finishedAt = at("2026-11-10T13:20:00Z");

    AuditEntry submitted;
    submitted.at = at("2026-11-19T12:59:58Z");
    submitted.principal = QStringLiteral("ops (key 4f2a)");
    submitted.action = QStringLiteral("restore.submit");
    submitted.target = QStringLiteral("cluster:%1/archive").arg(kProjectId);
    submitted.verdictJson
            = QStringLiteral("{\"action\":\"restore\",\"allowed\":true,\"violations\":[],\"warnings\":[]}");
    submitted.apiStatus = 200;
    submitted.apiSummary = QStringLiteral("job r1 created");
    AuditEntry refused;
    refused.at = at("2026-11-19T10:00:00Z");
    refused.principal = QStringLiteral("ops (key 4f2a)");
    refused.action = QStringLiteral("snapshot.delete");
    refused.target = QStringLiteral("snapshot:%1/ledger/s1").arg(kProjectId);
    refused.verdictJson = QStringLiteral("{\"action\":\"deleteSnapshot\",\"allowed\":false,\"violations\":[{"
                                         "\"code\":\"BCP_DELETE\",\"rule\":"
                                         "\"restore-rules 6\",\"message\":\"The compliance policy forbids "
                                         "deleting snapshots.\"}],\"warnings\":[]}");
    AuditEntry elsewhere = refused; // another project: outside the scope
    elsewhere.target = QStringLiteral("snapshot:5f00000000000000000000cc/other/x1");

    Project project{kProjectId, QStringLiteral("Payments"), kOrgId, at("2025-01-01T00:00:00Z"), 2};
    for (Status s :
         {catalog.writeOrganizations({{kOrgId, QStringLiteral("Org"), false}}),
          catalog.writeProjects(kOrgId, {project}, true), catalog.writeClusters(kProjectId, {a, l}, true),
          catalog.writeBackupPolicy(kProjectId, ledger, ledgerPolicy),
          catalog.writeBackupPolicy(kProjectId, archive, archivePolicy),
          catalog.writeSnapshotPage(kProjectId, ledger, ledgerSnapshots),
          catalog.writeSnapshotPage(kProjectId, archive, archiveSnapshots),
          catalog.writeCompliancePolicy(kProjectId, bcp),
          catalog.writeRestoreJobs(kProjectId, ledger, {drill, earlier}, true),
          catalog.writeRestoreJobs(kProjectId, archive, {outside}, true),
          catalog.setSyncState(SyncScope::organization(kOrgId), {now(), {}, {}, {}, {}}),
          catalog.setSyncState(SyncScope::project(kProjectId), {now(), {}, {}, {}, {}}),
          catalog.setSyncState(SyncScope::cluster(kProjectId, ledger), {now(), {}, {}, {}, {}}),
          catalog.setSyncState(SyncScope::cluster(kProjectId, archive), {now(), {}, {}, {}, {}})}) {
        if (!s)
            return s;
    }
    for (const AuditEntry &entry : {refused, submitted, elsewhere}) {
        if (auto appended = catalog.appendAudit(entry); !appended)
            return appended.error();
    }
    return Done{};
}

} // namespace snapline::test
