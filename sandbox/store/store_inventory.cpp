// SandboxStore: organizations, projects, clusters and backup schedules.
#include "store/sandbox_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

namespace {

const QString kClusterColumns = QStringLiteral(
        "id, project_id, name, kind, tier, provider, region, topology, shard_count, mongo_version, "
        "fcv_pinned,"
        " backup_kind, backup_enabled, pit_enabled, encryption, paused, state, created, shards_changed_at,"
        " collection_count, disk_gb");

ClusterRow clusterFrom(const QSqlQuery &q)
{
    ClusterRow c;
    c.id = q.value(0).toString();
    c.projectId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = q.value(3).toString();
    c.tier = q.value(4).toString();
    c.provider = q.value(5).toString();
    c.region = q.value(6).toString();
    c.topology = q.value(7).toString();
    c.shardCount = q.value(8).toInt();
    c.mongoVersion = q.value(9).toString();
    c.fcvPinned = q.value(10).toString();
    c.backupKind = q.value(11).toString();
    c.backupEnabled = q.value(12).toBool();
    c.pitEnabled = q.value(13).toBool();
    c.encryption = q.value(14).toString();
    c.paused = q.value(15).toBool();
    c.state = q.value(16).toString();
    c.created = q.value(17).toLongLong();
    c.shardsChangedAt = q.value(18).toLongLong();
    c.collectionCount = q.value(19).toLongLong();
    c.diskGb = q.value(20).toDouble();
    return c;
}

void bindCluster(QSqlQuery &q, const ClusterRow &c)
{
    for (const QVariant &v : {QVariant(c.id),
                              QVariant(c.projectId),
                              QVariant(c.name),
                              QVariant(c.kind),
                              QVariant(c.tier),
                              QVariant(c.provider),
                              QVariant(c.region),
                              QVariant(c.topology),
                              QVariant(c.shardCount),
                              QVariant(c.mongoVersion),
                              QVariant(c.fcvPinned),
                              QVariant(c.backupKind),
                              QVariant(c.backupEnabled),
                              QVariant(c.pitEnabled),
                              QVariant(c.encryption),
                              QVariant(c.paused),
                              QVariant(c.state),
                              QVariant(c.created),
                              QVariant(c.shardsChangedAt),
                              QVariant(c.collectionCount),
                              QVariant(c.diskGb)})
        q.addBindValue(v);
}

QByteArray itemsToJson(const ScheduleRow &row)
{
    QJsonArray items;
    for (qsizetype i = 0; i < row.policy.items.size(); ++i) {
        const PolicyItem &item = row.policy.items[i];
        items.append(QJsonObject{{QStringLiteral("id"), row.itemIds.value(i)},
                                 {QStringLiteral("frequencyType"), toString(item.frequency)},
                                 {QStringLiteral("frequencyInterval"), item.interval},
                                 {QStringLiteral("retentionUnit"), toString(item.retention.unit)},
                                 {QStringLiteral("retentionValue"), item.retention.value}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

} // namespace

bool SandboxStore::insertOrg(const OrgRow &row)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO orgs(id, name, created) VALUES(?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.name);
    q.addBindValue(row.created);
    return exec(q);
}

bool SandboxStore::insertProject(const ProjectRow &row)
{
    forgetReads();
    QSqlQuery q
            = prepare(QStringLiteral("INSERT INTO projects(id, org_id, name, created) VALUES(?, ?, ?, ?)"));
    q.addBindValue(row.id);
    q.addBindValue(row.orgId);
    q.addBindValue(row.name);
    q.addBindValue(row.created);
    return exec(q);
}

QList<OrgRow> SandboxStore::orgs() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id, name, created FROM orgs ORDER BY name"));
    QList<OrgRow> out;
    if (exec(q)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return out;
}

std::optional<OrgRow> SandboxStore::org(const QString &id) const
{
    for (const auto &o : orgs()) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

QList<ProjectRow> SandboxStore::projects(const QString &orgId) const
{
    QSqlQuery q = prepare(
            orgId.isEmpty()
                    ? QStringLiteral("SELECT id, org_id, name, created FROM projects ORDER BY name")
                    : QStringLiteral("SELECT id, org_id, name, created FROM projects WHERE org_id = ? "
                                     "ORDER BY name"));
    if (!orgId.isEmpty())
        q.addBindValue(orgId);
    QList<ProjectRow> out;
    if (exec(q)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toLongLong()});
    }
    return out;
}

std::optional<ProjectRow> SandboxStore::project(const QString &id) const
{
    if (const auto known = m_projects.constFind(id); known != m_projects.cend())
        return *known;
    QSqlQuery q = prepare(QStringLiteral("SELECT id, org_id, name, created FROM projects WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return *m_projects.insert(id,
                              ProjectRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toLongLong()});
}

bool SandboxStore::insertCluster(const ClusterRow &row)
{
    forgetReads();
    QSqlQuery q = prepare(
            QStringLiteral("INSERT INTO clusters(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(kClusterColumns));
    bindCluster(q, row);
    return exec(q);
}

bool SandboxStore::updateCluster(const ClusterRow &row)
{
    forgetReads();
    QSqlQuery q = prepare(
            QStringLiteral("INSERT OR REPLACE INTO clusters(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                           "?,?,?)")
                    .arg(kClusterColumns));
    bindCluster(q, row);
    return exec(q);
}

QList<ClusterRow> SandboxStore::clusters(const QString &projectId, const QString &kind) const
{
    QSqlQuery q
            = prepare(QStringLiteral("SELECT %1 FROM clusters WHERE project_id = ? AND (? = '' OR kind = ?) "
                                     "ORDER BY name")
                              .arg(kClusterColumns));
    // A null QString would bind as SQL NULL, for which "? = ''" is not true.
    const QString kindOrEmpty = kind.isNull() ? QStringLiteral("") : kind;
    q.addBindValue(projectId);
    q.addBindValue(kindOrEmpty);
    q.addBindValue(kindOrEmpty);
    return rows(q, clusterFrom);
}

QList<ClusterRow> SandboxStore::allClusters() const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT %1 FROM clusters ORDER BY project_id, name").arg(kClusterColumns));
    return rows(q, clusterFrom);
}

std::optional<ClusterRow> SandboxStore::cluster(const QString &projectId, const QString &name) const
{
    const QString key = projectId + u'/' + name;
    if (const auto known = m_clusters.constFind(key); known != m_clusters.cend())
        return *known;
    QSqlQuery q = prepare(
            QStringLiteral("SELECT %1 FROM clusters WHERE project_id = ? AND name = ?").arg(kClusterColumns));
    q.addBindValue(projectId);
    q.addBindValue(name);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return *m_clusters.insert(key, clusterFrom(q));
}

std::optional<ClusterRow> SandboxStore::clusterById(const QString &id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM clusters WHERE id = ?").arg(kClusterColumns));
    q.addBindValue(id);
    if (exec(q) && q.next())
        return clusterFrom(q);
    return std::nullopt;
}

bool SandboxStore::putSchedule(const ScheduleRow &row)
{
    QSqlQuery q = prepare(
            QStringLiteral("INSERT OR REPLACE INTO schedules(cluster_id, policy_id, reference_hour, "
                           "reference_minute, restore_window_days, items, next_snapshot) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.clusterId);
    q.addBindValue(row.policyId);
    q.addBindValue(row.policy.referenceHourOfDay);
    q.addBindValue(row.policy.referenceMinuteOfHour);
    q.addBindValue(row.policy.restoreWindowDays);
    q.addBindValue(QString::fromUtf8(itemsToJson(row)));
    q.addBindValue(row.nextSnapshot);
    return exec(q);
}

std::optional<ScheduleRow> SandboxStore::schedule(const QString &clusterId) const
{
    QSqlQuery q = prepare(
            QStringLiteral("SELECT policy_id, reference_hour, reference_minute, restore_window_days, "
                           "items, next_snapshot FROM schedules WHERE cluster_id = ?"));
    q.addBindValue(clusterId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    ScheduleRow row;
    row.clusterId = clusterId;
    row.policyId = q.value(0).toString();
    row.policy.referenceHourOfDay = q.value(1).toInt();
    row.policy.referenceMinuteOfHour = q.value(2).toInt();
    row.policy.restoreWindowDays = q.value(3).toInt();
    row.policy.items.clear();
    for (const auto &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        PolicyItem item;
        item.id = o.value(u"id").toString();
        item.frequency = parseFrequency(o.value(u"frequencyType").toString()).value_or(Frequency::Daily);
        item.interval = o.value(u"frequencyInterval").toInt();
        item.retention
                = {parseRetentionUnit(o.value(u"retentionUnit").toString()).value_or(RetentionUnit::Days),
                   o.value(u"retentionValue").toInt()};
        row.policy.items << item;
        row.itemIds << item.id;
    }
    row.nextSnapshot = q.value(5).toLongLong();
    return row;
}

QStringList SandboxStore::dueSchedules(qint64 now) const
{
    QSqlQuery q = prepare(QStringLiteral(
            "SELECT cluster_id FROM schedules WHERE next_snapshot > 0 AND next_snapshot <= ?"));
    q.addBindValue(now);
    return rows(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

bool SandboxStore::deleteSchedule(const QString &clusterId)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM schedules WHERE cluster_id = ?"));
    q.addBindValue(clusterId);
    return exec(q);
}

} // namespace snapline::sandbox
