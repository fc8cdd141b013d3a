#include "sync/sync_job.h"

namespace snapline {

QString SyncTarget::describe() const
{
    switch (kind) {
    case Kind::Everything:
        return Synchronizer::tr("Sync every organization");
    case Kind::Organization:
        return Synchronizer::tr("Sync organization %1").arg(orgId);
    case Kind::Project:
        return Synchronizer::tr("Sync project %1").arg(projectId);
    case Kind::Cluster:
        return Synchronizer::tr("Sync cluster %1").arg(clusterName);
    }
    return {};
}

Result<SyncReport, AtlasError> SyncJob::runHere(const SyncTarget &target, Synchronizer &synchronizer,
                                                const std::atomic_bool *cancel)
{
    switch (target.kind) {
    case SyncTarget::Kind::Everything:
        return synchronizer.syncAll(cancel);
    case SyncTarget::Kind::Organization:
        return synchronizer.syncOrganization(target.orgId, cancel);
    case SyncTarget::Kind::Project:
        return synchronizer.syncProject(target.projectId, cancel);
    case SyncTarget::Kind::Cluster:
        return synchronizer.syncCluster(target.projectId, target.clusterName, cancel);
    }
    return AtlasError{};
}

SyncJob::SyncJob(SyncTarget target, std::shared_ptr<AtlasApi> api, std::shared_ptr<CatalogWriter> writer,
                 std::shared_ptr<const Clock> clock, QObject *parent)
    : TypedJob(
            target.describe(),
            [target, api, writer, clock](JobContext &context) -> Result<SyncReport, AtlasError> {
                Synchronizer::Options options;
                options.full = target.full;
                Synchronizer synchronizer(api, writer, clock, options);
                synchronizer.setProgress([&context](qint64 done, qint64 total, const QString &stage) {
                    context.progress(done, total, stage);
                });
                return runHere(target, synchronizer, context.cancelFlag());
            },
            parent)
    , m_target(std::move(target))
{}

} // namespace snapline
