#pragma once

#include "jobs/job.h"
#include "sync/synchronizer.h"

namespace snapline {

// What to bring up to date.
struct SyncTarget
{
    enum class Kind { Everything, Organization, Project, Cluster };

    Kind kind = Kind::Organization;
    QString orgId;
    QString projectId;
    QString clusterName;
    bool full = false; // re-read everything instead of only what changed

    static SyncTarget everything() { return {Kind::Everything, {}, {}, {}, false}; }
    static SyncTarget organization(const QString &orgId)
    {
        return {Kind::Organization, orgId, {}, {}, false};
    }
    static SyncTarget project(const QString &projectId) { return {Kind::Project, {}, projectId, {}, false}; }
    static SyncTarget cluster(const QString &projectId, const QString &name)
    {
        return {Kind::Cluster, {}, projectId, name, false};
    }
    QString describe() const;
};

// A sync of one organization, project or cluster as a job: runs on a worker
// thread, reports clusters done, can be cancelled (what was read is kept),
// and finishes with a SyncReport.
class SyncJob : public TypedJob<SyncReport, AtlasError>
{
    Q_OBJECT

public:
    SyncJob(SyncTarget target, std::shared_ptr<AtlasApi> api, std::shared_ptr<CatalogWriter> writer,
            std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    const SyncTarget &target() const { return m_target; }

    // The same work, run on the calling thread (for the CLI and benchmarks).
    static Result<SyncReport, AtlasError> runHere(const SyncTarget &target, Synchronizer &synchronizer,
                                                  const std::atomic_bool *cancel);

private:
    SyncTarget m_target;
};

} // namespace snapline
