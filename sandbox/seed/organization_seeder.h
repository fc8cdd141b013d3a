#pragma once

#include "seed/id_source.h"
#include "seed/scenario.h"
#include "store/sandbox_store.h"

namespace snapline::sandbox {

// What a seeding run created, for the start-up banner and the tests.
struct SeedSummary
{
    QString orgId;
    int projects = 0;
    int clusters = 0;
    qint64 snapshots = 0;
    int restoreJobs = 0;
    int events = 0;
    QList<CredentialRow> credentials;
};

// Fills an empty store with a scenario: organization, projects, clusters,
// schedules, 90 days of snapshot history, PIT ranges with a gap, past restore
// jobs, export buckets and jobs, events, a compliance policy and credentials.
// Deterministic for a given seed and `now`.
class OrganizationSeeder
{
public:
    OrganizationSeeder(SandboxStore &store, quint64 seed, qint64 now);

    Result<SeedSummary> seed(const Scenario &scenario, bool dense = false);

private:
    ClusterRow makeCluster(const ClusterSpec &spec, const QString &projectId);
    void seedBackups(const ClusterSpec &spec, const ClusterRow &cluster, bool dense);
    QList<SnapshotRow> history(const ClusterSpec &spec, const ClusterRow &cluster,
                               const ScheduleRow *schedule);
    void seedRestoreJobs();
    void seedExports(const QString &projectId, const QString &provider);
    void seedCompliance(const QString &projectId);
    void seedCredentials(const QString &orgId, const QStringList &projectIds);
    void addEvent(const QString &projectId, const QString &clusterName, const QString &type, qint64 at,
                  const QJsonObject &extra = {});
    SnapshotRow snapshotAt(const ClusterRow &cluster, qint64 created, qint64 expires,
                           const QString &frequency);

    SandboxStore &m_store;
    IdSource m_ids;
    qint64 m_now;
    bool m_ok = true;
    SeedSummary m_summary;
    QHash<QString, QString> m_projectIds;  // name → id
    QHash<QString, ClusterRow> m_clusters; // name → row
    QString m_orgId;
};

} // namespace snapline::sandbox
