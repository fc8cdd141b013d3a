#pragma once

#include "console/cluster_detail.h"
#include "jobs/job.h"
#include "util/clock.h"

#include <memory>

namespace snapline {

// Reads one cluster's detail on a worker thread through its own reader
// connection. The request token comes back with the result, so the page can
// drop the answer for a cluster it no longer shows.
class ClusterDetailJob : public TypedJob<ClusterDetail, Error>
{
    Q_OBJECT

public:
    static ClusterDetailJob *create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                    const QString &projectId, const QString &clusterName, quint64 token,
                                    QObject *parent = nullptr);

    quint64 token() const { return m_token; }
    QString projectId() const { return m_projectId; }
    QString clusterName() const { return m_clusterName; }
    // The detail, shared, once the job succeeded; null before or after a failure.
    std::shared_ptr<const ClusterDetail> detail() const;

private:
    ClusterDetailJob(Work work, QString projectId, QString clusterName, quint64 token, QObject *parent);

    QString m_projectId;
    QString m_clusterName;
    quint64 m_token = 0;
};

} // namespace snapline
