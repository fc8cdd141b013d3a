#include "restore/restore_preflight.h"

#include "actions/action_facts.h"
#include "restore/restore_gateway.h"
#include "rules/rule_planner.h"

namespace snapline {

Result<Facts> RestorePreflight::sourceFacts(const Catalog &reader, const RoleBook &roles,
                                            const RestoreOrder &order, const QDateTime &now)
{
    // A point in time needs no snapshot; a snapshot id the catalog lacks is an error.
    const std::optional<QString> snapshotId = order.pointInTime ? std::nullopt : order.snapshotId;
    return ActionFacts::gather(reader, roles, order.projectId, order.clusterName, snapshotId, now);
}

Result<RestoreCheck> RestorePreflight::judge(const Catalog &reader, const RoleBook &roles,
                                             const RestoreOrder &order, const QDateTime &now)
{
    auto facts = sourceFacts(reader, roles, order, now);
    if (!facts)
        return facts.error();
    RestoreCheck check;
    check.order = order;
    check.facts = *facts;
    if (order.hasTarget()) {
        auto target = ActionFacts::placement(reader, order.targetProjectId, order.targetClusterName);
        if (!target)
            return target.error();
        check.facts.target = *target;
        auto into = reader.restoreJobsInto(order.targetProjectId, order.targetClusterName);
        if (!into)
            return into.error();
        check.facts.restoresIntoTarget = *into;
    }
    check.verdict = RulePlanner().evaluate(order.action(), check.facts);
    check.request = RestoreGateway(nullptr, check.facts.source.cluster).request(order);
    return check;
}

Result<QList<RestoreCandidate>> RestorePreflight::candidates(const Catalog &reader, const RoleBook &roles,
                                                             const RestoreOrder &order, const QDateTime &now)
{
    auto facts = sourceFacts(reader, roles, order, now);
    if (!facts)
        return facts.error();
    auto organizations = reader.organizations();
    if (!organizations)
        return organizations.error();
    const RulePlanner planner;
    QList<RestoreCandidate> out;
    for (const Organization &org : std::as_const(*organizations)) {
        if (!facts->source.orgId.isEmpty() && org.id != facts->source.orgId)
            continue;
        auto projects = reader.projects(org.id);
        if (!projects)
            return projects.error();
        for (const Project &project : std::as_const(*projects)) {
            auto clusters = reader.clusters(project.id);
            if (!clusters)
                return clusters.error();
            for (const Cluster &cluster : std::as_const(*clusters)) {
                Facts candidateFacts = *facts;
                candidateFacts.target = ProjectCluster{org.id, project.id, project.name, cluster};
                auto into = reader.restoreJobsInto(project.id, cluster.name);
                if (!into)
                    return into.error();
                candidateFacts.restoresIntoTarget = *into;
                const RestoreOrder candidate = order.withTarget(project.id, cluster.name);
                out << RestoreCandidate{*candidateFacts.target,
                                        planner.evaluate(candidate.action(), candidateFacts)};
            }
        }
    }
    return out;
}

} // namespace snapline
