#include "report/report_context.h"

#include "console/inventory_reader.h"

namespace snapline {

namespace {

bool names(const QString &wanted, const QString &id, const QString &name)
{
    return wanted == id || wanted == name;
}

Error unknownScope(const QString &message)
{
    return Error{QStringLiteral("report.scope.unknown"), message};
}

// The console's inventory, read the way InventoryReader reads it, but with
// the snapshot summaries (one aggregate over every snapshot) only when the
// report shows them: the posture grid does, the others read the snapshots
// they need themselves.
Result<Inventory> readInventory(const Catalog &catalog, const QDateTime &now, bool withSummaries)
{
    if (withSummaries)
        return InventoryReader::read(catalog, now);
    Inventory inventory;
    inventory.readAt = now;
    const auto organizations = catalog.organizations();
    if (!organizations)
        return organizations.error();
    for (const Organization &org : *organizations) {
        OrganizationEntry &o = inventory.organizations.emplace_back();
        o.organization = org;
        const auto projects = catalog.projects(org.id);
        if (!projects)
            return projects.error();
        for (const Project &project : *projects) {
            ProjectEntry &p = o.projects.emplace_back();
            p.project = project;
            auto compliance = catalog.compliancePolicy(project.id);
            if (!compliance)
                return compliance.error();
            p.compliance = *compliance;
            const auto clusters = catalog.clusters(project.id);
            if (!clusters)
                return clusters.error();
            for (const Cluster &cluster : *clusters) {
                ClusterEntry &c = p.clusters.emplace_back();
                c.where = ProjectCluster{project.orgId, project.id, project.name, cluster};
                auto policy = catalog.backupPolicy(project.id, cluster.name);
                if (!policy)
                    return policy.error();
                c.policy = *policy;
                auto sync = catalog.syncState(SyncScope::cluster(project.id, cluster.name));
                if (!sync)
                    return sync.error();
                c.sync = *sync;
            }
        }
    }
    return inventory;
}

} // namespace

Error ReportContext::cancelledError()
{
    return Error{QStringLiteral("report.cancelled"), tr("The report was cancelled.")};
}

Result<ReportContext> ReportContext::open(const Catalog &catalog, const ReportSpec &spec,
                                          const std::atomic_bool *cancel, Progress progress)
{
    ReportContext context;
    context.m_catalog = &catalog;
    context.m_spec = spec;
    context.m_cancel = cancel;
    context.m_progress = std::move(progress);
    context.m_moment = spec.to.isValid() && (!spec.generatedAt.isValid() || spec.to < spec.generatedAt)
            ? spec.to
            : spec.generatedAt;
    auto inventory = readInventory(catalog, context.m_moment, spec.kind == ReportKind::Posture);
    if (!inventory)
        return inventory.error();
    context.m_inventory.readAt = inventory->readAt;

    const ReportScope &scope = spec.scope;
    for (const OrganizationEntry &org : std::as_const(inventory->organizations)) {
        if (scope.level == ReportScope::Level::Organization) {
            if (!names(scope.id, org.organization.id, org.organization.name))
                continue;
            context.m_inventory.organizations << org;
            context.m_spec.scope.id = org.organization.id;
            context.m_scopeName = org.organization.name;
            context.m_scopeLabel = tr("Organization %1").arg(org.organization.name);
            return context;
        }
        for (const ProjectEntry &project : org.projects) {
            if (!names(scope.id, project.project.id, project.project.name))
                continue;
            OrganizationEntry kept = org;
            kept.projects = {project};
            context.m_spec.scope.id = project.project.id;
            if (scope.level == ReportScope::Level::Project) {
                context.m_scopeName = project.project.name;
                context.m_scopeLabel = tr("Project %1 (%2)").arg(project.project.name, org.organization.name);
            } else {
                kept.projects.first().clusters.removeIf(
                        [&](const ClusterEntry &c) { return c.where.cluster.name != scope.clusterName; });
                if (kept.projects.first().clusters.isEmpty())
                    return unknownScope(tr("The catalog holds no cluster \"%1\" in project %2. Sync the "
                                           "project, or check the name.")
                                                .arg(scope.clusterName, project.project.name));
                context.m_scopeName = scope.clusterName;
                context.m_scopeLabel
                        = tr("Cluster %1 (project %2, %3)")
                                  .arg(scope.clusterName, project.project.name, org.organization.name);
            }
            context.m_inventory.organizations << kept;
            return context;
        }
    }
    switch (scope.level) {
    case ReportScope::Level::Organization:
        return unknownScope(tr("The catalog holds no organization \"%1\". Sync it first, or check the id.")
                                    .arg(scope.id));
    case ReportScope::Level::Project:
    case ReportScope::Level::Cluster:
        break;
    }
    return unknownScope(
            tr("The catalog holds no project \"%1\". Sync it first, or check the id.").arg(scope.id));
}

QList<const ProjectEntry *> ReportContext::projects() const
{
    QList<const ProjectEntry *> out;
    for (const OrganizationEntry &org : m_inventory.organizations) {
        for (const ProjectEntry &project : org.projects)
            out << &project;
    }
    return out;
}

QList<const ClusterEntry *> ReportContext::clusters() const
{
    QList<const ClusterEntry *> out;
    for (const ProjectEntry *project : projects()) {
        for (const ClusterEntry &cluster : project->clusters)
            out << &cluster;
    }
    return out;
}

QDateTime ReportContext::asOf(const ClusterEntry &cluster) const
{
    const QDateTime generated = m_spec.generatedAt.isValid() ? m_spec.generatedAt : m_moment;
    if (cluster.sync && cluster.sync->lastSync.isValid() && cluster.sync->lastSync < generated)
        return cluster.sync->lastSync.toUTC();
    return generated;
}

bool ReportContext::coversTarget(const QString &auditTarget) const
{
    const qsizetype colon = auditTarget.indexOf(u':');
    if (colon < 0)
        return false;
    const QStringList parts = auditTarget.mid(colon + 1).split(u'/');
    const QString projectId = parts.value(0);
    const ProjectEntry *project = m_inventory.project(projectId);
    if (!project)
        return false;
    if (m_spec.scope.level != ReportScope::Level::Cluster)
        return true;
    return parts.value(1) == m_spec.scope.clusterName;
}

void ReportContext::progress(qint64 done, qint64 total) const
{
    if (m_progress && total > 0)
        m_progress(int(done * 100 / total));
}

} // namespace snapline
