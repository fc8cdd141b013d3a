// SandboxStore: restore-job look-ups the restore handlers need beyond the basics.
#include "store/sandbox_store.h"

#include <QSqlQuery>
#include <QVariant>

namespace snapline::sandbox {

QList<RestoreJobRow> SandboxStore::restoreJobsInto(const QString &projectId, const QString &clusterName) const
{
    // Ids first, then the rows through restoreJob(), so the row mapping stays in one place.
    QSqlQuery q = prepare(
            QStringLiteral("SELECT cluster_id, id FROM restore_jobs WHERE target_project_id = ? AND "
                           "target_cluster = ? ORDER BY created"));
    q.addBindValue(projectId);
    q.addBindValue(clusterName);
    QList<std::pair<QString, QString>> keys;
    if (exec(q)) {
        while (q.next())
            keys.append({q.value(0).toString(), q.value(1).toString()});
    }
    QList<RestoreJobRow> out;
    for (const auto &[clusterId, id] : keys) {
        if (auto job = restoreJob(clusterId, id))
            out << *job;
    }
    return out;
}

} // namespace snapline::sandbox
