#include "catalog/sync_state.h"

namespace snapline::SyncScope {

QString organization(const QString &orgId)
{
    return QStringLiteral("org:") + orgId;
}

QString project(const QString &projectId)
{
    return QStringLiteral("project:") + projectId;
}

QString cluster(const QString &projectId, const QString &clusterName)
{
    return QStringLiteral("cluster:") + projectId + u'/' + clusterName;
}

} // namespace snapline::SyncScope
