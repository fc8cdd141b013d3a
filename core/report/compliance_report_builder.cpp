#include "report/compliance_report_builder.h"

#include "actions/compliance_locks.h"
#include "console/cluster_posture.h"
#include "console/display_format.h"
#include "report/audit_verdicts.h"
#include "report/posture_report_builder.h"
#include "report/report_values.h"
#include "rules/policy_validation.h"

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

QList<ReportColumn> projectColumns(const QList<ReportColumn> &rest)
{
    return QList<ReportColumn>{
                   codeColumn(QStringLiteral("projectId"), ComplianceReportBuilder::tr("Project id")),
                   column(QStringLiteral("projectName"), ComplianceReportBuilder::tr("Project"))}
    + rest;
}

QString authorizedName(const CompliancePolicy &p)
{
    return QStringLiteral("%1 %2").arg(p.authorizedUserFirstName, p.authorizedUserLastName).trimmed();
}

QStringList requirements(const CompliancePolicy &p)
{
    QStringList out;
    for (const PolicyItem &item : p.scheduledPolicyItems)
        out << ComplianceReportBuilder::tr("at least %1").arg(describePolicyItem(item));
    if (p.onDemandPolicyItem)
        out << ComplianceReportBuilder::tr("on-demand snapshots kept at least %1")
                        .arg(p.onDemandPolicyItem->retention.describe());
    if (p.pitEnabled)
        out << ComplianceReportBuilder::tr("point-in-time restore with a window of at least %n day(s)",
                                           nullptr, p.restoreWindowDays);
    if (p.copyProtectionEnabled)
        out << ComplianceReportBuilder::tr("copies in other regions cannot be removed");
    if (p.encryptionAtRestEnabled)
        out << ComplianceReportBuilder::tr("encryption at rest with a customer key");
    return out;
}

struct Standing
{
    int meets = 0;
    int below = 0;
    int other = 0; // no policy, not applicable, not synced
};

} // namespace

Result<QList<ReportSection>> ComplianceReportBuilder::build(const ReportContext &context)
{
    ReportTable policies = table(
            QStringLiteral("policies"), tr("Backup Compliance Policies"),
            projectColumns({column(QStringLiteral("hasPolicy"), tr("Policy"), Type::Boolean),
                            codeColumn(QStringLiteral("state"), tr("State code")),
                            column(QStringLiteral("stateText"), tr("State")),
                            column(QStringLiteral("authorizedBy"), tr("Authorized by")),
                            column(QStringLiteral("authorizedEmail"), tr("Authorized e-mail")),
                            column(QStringLiteral("updatedBy"), tr("Last changed by")),
                            column(QStringLiteral("updatedAt"), tr("Last changed"), Type::DateTime)}));
    ReportTable required = table(QStringLiteral("requirements"), tr("What each policy requires"),
                                 projectColumns({column(QStringLiteral("requirement"), tr("Requirement"))}));
    ReportTable clusters = table(
            QStringLiteral("clusters"), tr("Clusters against the policy"),
            projectColumns({column(QStringLiteral("clusterName"), tr("Cluster")),
                            codeColumn(QStringLiteral("standing"), tr("Standing code")),
                            column(QStringLiteral("belowPolicy"), tr("Below the policy"), Type::Boolean),
                            column(QStringLiteral("fallsShortOf"), tr("Falls short of")),
                            column(QStringLiteral("details"), tr("Details"))}));
    ReportChart byProject
            = chart(QStringLiteral("standingByProject"), tr("Clusters against the policy, by project"),
                    ReportChart::Kind::StackedBars);
    QList<double> meets, below, other;
    int withPolicy = 0, withoutPolicy = 0;
    Standing total;
    for (const ProjectEntry *project : context.projects()) {
        if (context.isCancelled())
            return ReportContext::cancelledError();
        const QVariantList where{project->project.id, project->project.name};
        if (const auto &p = project->compliance) {
            ++withPolicy;
            policies.rows << where
                            + QVariantList{true,
                                           toString(p->state),
                                           ComplianceLocks::stateName(p->state),
                                           text(authorizedName(*p)),
                                           text(p->authorizedEmail),
                                           text(p->updatedUser),
                                           time(p->updatedDate)};
            for (const QString &r : requirements(*p))
                required.rows << where + QVariantList{r};
        } else {
            ++withoutPolicy;
            policies.rows << where + QVariantList{false, {}, tr("No policy"), {}, {}, {}, {}};
        }
        Standing standing;
        for (const ClusterEntry &entry : project->clusters) {
            const ClusterPosture p = assessPosture(entry, project->compliance, context.moment());
            clusters.rows << where
                            + QVariantList{entry.where.cluster.name, PostureReportBuilder::code(p.compliance),
                                           p.belowCompliance, text(p.belowItem), text(p.complianceText())};
            if (p.compliance == ComplianceStanding::Meets)
                ++standing.meets;
            else if (p.compliance == ComplianceStanding::Below)
                ++standing.below;
            else
                ++standing.other;
        }
        byProject.categories << project->project.name;
        meets << standing.meets;
        below << standing.below;
        other << standing.other;
        total.meets += standing.meets;
        total.below += standing.below;
        total.other += standing.other;
    }
    byProject.series = {{tr("Meets the policy"), meets},
                        {tr("Below the policy"), below},
                        {tr("No policy or not applicable"), other}};

    AuditFilter filter;
    filter.since = context.spec().from;
    filter.limit = -1; // every entry since `from`
    const auto audit = context.catalog().auditLog(filter);
    if (!audit)
        return audit.error();
    ReportTable refused = table(QStringLiteral("refusedActions"), tr("Refused actions"),
                                {column(QStringLiteral("at"), tr("When"), Type::DateTime),
                                 column(QStringLiteral("principal"), tr("Who")),
                                 codeColumn(QStringLiteral("action"), tr("Action")),
                                 column(QStringLiteral("target"), tr("Target")),
                                 column(QStringLiteral("codes"), tr("Rule codes")),
                                 column(QStringLiteral("reasons"), tr("Reasons"))});
    for (auto it = audit->crbegin(); it != audit->crend(); ++it) { // oldest first
        if (!context.inPeriod(it->at) || !context.coversTarget(it->target))
            continue;
        const AuditVerdict verdict = AuditVerdict::of(*it);
        if (!verdict.known || verdict.allowed)
            continue;
        refused.rows << QVariantList{time(it->at),
                                     it->principal,
                                     it->action,
                                     it->target,
                                     verdict.codes.join(QStringLiteral(", ")),
                                     verdict.messages.join(QStringLiteral(" "))};
    }
    refused.note = refused.rows.isEmpty()
            ? tr("The audit log holds no refused action in the period.")
            : tr("Actions Snapline's rules refused before anything was sent to Atlas, from its audit log.");

    ReportSection summary
            = section(QStringLiteral("summary"), tr("Summary"),
                      tr("The Backup Compliance Policy of each project as the catalog last read it, "
                         "and each cluster's schedule against it as of %1.")
                              .arg(formatUtc(context.moment())));
    summary.figures = {
            figure(QStringLiteral("projectsWithPolicy"), tr("Projects with a policy"), integer(withPolicy)),
            figure(QStringLiteral("projectsWithoutPolicy"), tr("Projects without a policy"),
                   integer(withoutPolicy)),
            figure(QStringLiteral("clustersMeeting"), tr("Clusters meeting their policy"),
                   integer(total.meets)),
            figure(QStringLiteral("clustersBelow"), tr("Clusters below their policy"), integer(total.below)),
            figure(QStringLiteral("refusedActions"), tr("Refused actions in the period"),
                   integer(refused.rows.size())),
    };
    summary.charts = {byProject};
    ReportSection policySection = section(QStringLiteral("policies"), tr("Policies"));
    policySection.tables = {policies, required};
    ReportSection clusterSection = section(QStringLiteral("clusters"), tr("Clusters"));
    clusterSection.tables = {clusters};
    ReportSection refusals = section(QStringLiteral("refusals"), tr("Refused actions"));
    refusals.tables = {refused};
    context.progress(1, 1);
    return QList<ReportSection>{summary, policySection, clusterSection, refusals};
}

} // namespace snapline
