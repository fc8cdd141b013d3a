#include "console/cluster_detail_job.h"

#include "catalog/catalog.h"
#include "console/cluster_detail_reader.h"

namespace snapline {

ClusterDetailJob::ClusterDetailJob(Work work, QString projectId, QString clusterName, quint64 token,
                                   QObject *parent)
    : TypedJob(tr("Read cluster %1").arg(clusterName), std::move(work), parent)
    , m_projectId(std::move(projectId))
    , m_clusterName(std::move(clusterName))
    , m_token(token)
{}

ClusterDetailJob *ClusterDetailJob::create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                           const QString &projectId, const QString &clusterName,
                                           quint64 token, QObject *parent)
{
    auto work = [catalogPath, clock, projectId, clusterName](JobContext &) -> Result<ClusterDetail, Error> {
        auto reader = Catalog::openReader(catalogPath, clock);
        if (!reader)
            return reader.error();
        return ClusterDetailReader::read(*reader.value(), projectId, clusterName);
    };
    return new ClusterDetailJob(std::move(work), projectId, clusterName, token, parent);
}

std::shared_ptr<const ClusterDetail> ClusterDetailJob::detail() const
{
    if (!result() || !result()->ok())
        return nullptr;
    return std::make_shared<const ClusterDetail>(result()->value());
}

} // namespace snapline
