#include "report/report_scope_choices.h"

namespace snapline {

QList<ReportScopeChoice> ReportScopeChoices::from(const Inventory &inventory)
{
    QList<ReportScopeChoice> out;
    for (const OrganizationEntry &org : inventory.organizations) {
        const Organization &o = org.organization;
        out.append({ReportScope::organization(o.id), tr("Organization %1").arg(o.name), o.name, 0});
        for (const ProjectEntry &project : org.projects) {
            const Project &p = project.project;
            out.append({ReportScope::project(p.id), tr("Project %1").arg(p.name), p.name, 1});
            for (const ClusterEntry &cluster : project.clusters) {
                const QString &name = cluster.where.cluster.name;
                out.append(
                        {ReportScope::cluster(p.id, name), tr("Cluster %1 / %2").arg(p.name, name), name, 2});
            }
        }
    }
    return out;
}

int ReportScopeChoices::indexOf(const QList<ReportScopeChoice> &choices, const QString &orgId,
                                const QString &projectId, const QString &clusterName)
{
    ReportScope wanted = ReportScope::organization(orgId);
    if (!clusterName.isEmpty())
        wanted = ReportScope::cluster(projectId, clusterName);
    else if (!projectId.isEmpty())
        wanted = ReportScope::project(projectId);
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i].scope == wanted)
            return i;
    }
    return 0;
}

} // namespace snapline
