#include "report/posture_report_builder.h"

#include "console/display_format.h"
#include "report/report_values.h"

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

QList<ReportColumn> clusterColumns()
{
    return {
            codeColumn(QStringLiteral("projectId"), PostureReportBuilder::tr("Project id")),
            column(QStringLiteral("projectName"), PostureReportBuilder::tr("Project")),
            column(QStringLiteral("clusterName"), PostureReportBuilder::tr("Cluster")),
            column(QStringLiteral("tier"), PostureReportBuilder::tr("Tier")),
            codeColumn(QStringLiteral("backupKind"), PostureReportBuilder::tr("Backup kind")),
            column(QStringLiteral("backup"), PostureReportBuilder::tr("Backup")),
            column(QStringLiteral("pitWindow"), PostureReportBuilder::tr("PIT window"), Type::Duration),
            column(QStringLiteral("lastSnapshotAt"), PostureReportBuilder::tr("Last snapshot"),
                   Type::DateTime),
            column(QStringLiteral("lastSnapshotAge"), PostureReportBuilder::tr("Age"), Type::Duration),
            column(QStringLiteral("nextSnapshotAt"), PostureReportBuilder::tr("Next snapshot"),
                   Type::DateTime),
            column(QStringLiteral("snapshotCount"), PostureReportBuilder::tr("Snapshots"), Type::Integer),
            column(QStringLiteral("storageBytes"), PostureReportBuilder::tr("Storage"), Type::Bytes),
            codeColumn(QStringLiteral("compliance"), PostureReportBuilder::tr("Compliance standing")),
            column(QStringLiteral("complianceText"), PostureReportBuilder::tr("Compliance")),
            codeColumn(QStringLiteral("health"), PostureReportBuilder::tr("Health code")),
            column(QStringLiteral("healthText"), PostureReportBuilder::tr("Health")),
            column(QStringLiteral("warnings"), PostureReportBuilder::tr("Warnings")),
    };
}

QVariantList clusterRow(const ClusterEntry &entry, const ClusterPosture &p)
{
    const Cluster &c = entry.where.cluster;
    return {
            entry.where.projectId,
            entry.where.projectLabel(),
            c.name,
            c.tier.name(),
            toString(p.backupKind),
            formatBackupKind(p.backupKind),
            p.pitEnabled ? integer(p.pitWindowSeconds) : QVariant(),
            time(p.lastSuccessful),
            p.lastSuccessfulAgeSeconds >= 0 ? integer(p.lastSuccessfulAgeSeconds) : QVariant(),
            p.nextScheduled ? time(p.nextScheduled->at) : QVariant(),
            integer(p.snapshotCount),
            integer(p.totalBytes),
            PostureReportBuilder::code(p.compliance),
            text(p.complianceText()),
            PostureReportBuilder::code(p.health()),
            PostureReportBuilder::healthText(p.health()),
            text(p.warningsText()),
    };
}

struct Tally
{
    int protectedCount = 0;
    int warning = 0;
    int unprotected = 0;
};

} // namespace

QString PostureReportBuilder::code(BackupHealth health)
{
    switch (health) {
    case BackupHealth::Protected:
        return QStringLiteral("protected");
    case BackupHealth::Warning:
        return QStringLiteral("warning");
    case BackupHealth::Unprotected:
        return QStringLiteral("unprotected");
    }
    return {};
}

QString PostureReportBuilder::code(ComplianceStanding standing)
{
    switch (standing) {
    case ComplianceStanding::NoPolicy:
        return QStringLiteral("noPolicy");
    case ComplianceStanding::NotApplicable:
        return QStringLiteral("notApplicable");
    case ComplianceStanding::NotSynced:
        return QStringLiteral("notSynced");
    case ComplianceStanding::Meets:
        return QStringLiteral("meets");
    case ComplianceStanding::Below:
        return QStringLiteral("below");
    }
    return {};
}

QString PostureReportBuilder::code(PostureWarningKind kind)
{
    switch (kind) {
    case PostureWarningKind::NoBackupOnFree:
        return QStringLiteral("noBackupOnFree");
    case PostureWarningKind::ServerlessEndOfLife:
        return QStringLiteral("serverlessEndOfLife");
    case PostureWarningKind::LegacyBackup:
        return QStringLiteral("legacyBackup");
    case PostureWarningKind::PitGaps:
        return QStringLiteral("pitGaps");
    case PostureWarningKind::FailedRecently:
        return QStringLiteral("failedRecently");
    case PostureWarningKind::Stale:
        return QStringLiteral("stale");
    case PostureWarningKind::BackupDisabled:
        return QStringLiteral("backupDisabled");
    case PostureWarningKind::BelowCompliance:
        return QStringLiteral("belowCompliance");
    }
    return {};
}

QString PostureReportBuilder::healthText(BackupHealth health)
{
    switch (health) {
    case BackupHealth::Protected:
        return tr("Protected");
    case BackupHealth::Warning:
        return tr("Warning");
    case BackupHealth::Unprotected:
        return tr("Unprotected");
    }
    return {};
}

Result<QList<ReportSection>> PostureReportBuilder::build(const ReportContext &context)
{
    const QDateTime now = context.moment();
    ReportTable grid = table(QStringLiteral("clusters"), tr("Clusters"), clusterColumns());
    ReportTable warnings = table(QStringLiteral("warnings"), tr("Warnings"),
                                 {codeColumn(QStringLiteral("projectId"), tr("Project id")),
                                  column(QStringLiteral("projectName"), tr("Project")),
                                  column(QStringLiteral("clusterName"), tr("Cluster")),
                                  codeColumn(QStringLiteral("warning"), tr("Warning code")),
                                  column(QStringLiteral("warningText"), tr("Warning")),
                                  column(QStringLiteral("explanation"), tr("What it means"))});
    ReportChart byProject = chart(QStringLiteral("healthByProject"), tr("Clusters by health and project"),
                                  ReportChart::Kind::StackedBars);
    QList<double> protectedCounts, warningCounts, unprotectedCounts;
    Tally total;
    int below = 0, pit = 0;
    const QList<const ClusterEntry *> clusters = context.clusters();
    qint64 done = 0;
    for (const ProjectEntry *project : context.projects()) {
        Tally tally;
        for (const ClusterEntry &entry : project->clusters) {
            if (context.isCancelled())
                return ReportContext::cancelledError();
            const ClusterPosture p = assessPosture(entry, project->compliance, now);
            grid.rows << clusterRow(entry, p);
            for (const PostureWarning &w : p.warnings)
                warnings.rows << QVariantList{entry.where.projectId,
                                              entry.where.projectLabel(),
                                              entry.where.cluster.name,
                                              code(w.kind),
                                              w.shortText,
                                              w.sentence};
            switch (p.health()) {
            case BackupHealth::Protected:
                ++tally.protectedCount;
                break;
            case BackupHealth::Warning:
                ++tally.warning;
                break;
            case BackupHealth::Unprotected:
                ++tally.unprotected;
                break;
            }
            below += p.belowCompliance ? 1 : 0;
            pit += p.pitEnabled ? 1 : 0;
            context.progress(++done, clusters.size());
        }
        byProject.categories << project->project.name;
        protectedCounts << tally.protectedCount;
        warningCounts << tally.warning;
        unprotectedCounts << tally.unprotected;
        total.protectedCount += tally.protectedCount;
        total.warning += tally.warning;
        total.unprotected += tally.unprotected;
    }
    byProject.series = {{tr("Protected"), protectedCounts},
                        {tr("Warning"), warningCounts},
                        {tr("Unprotected"), unprotectedCounts}};
    warnings.note = warnings.rows.isEmpty() ? tr("No cluster has a warning.") : QString();

    ReportSection summary = section(QStringLiteral("summary"), tr("Summary"),
                                    tr("The backup posture of every cluster as of %1, judged from what the "
                                       "catalog last read from Atlas.")
                                            .arg(formatUtc(now)));
    summary.figures = {
            figure(QStringLiteral("clusters"), tr("Clusters"), integer(clusters.size())),
            figure(QStringLiteral("protected"), tr("Protected"), integer(total.protectedCount)),
            figure(QStringLiteral("withWarnings"), tr("With warnings"), integer(total.warning)),
            figure(QStringLiteral("unprotected"), tr("Unprotected"), integer(total.unprotected)),
            figure(QStringLiteral("belowCompliance"), tr("Below the compliance policy"), integer(below)),
            figure(QStringLiteral("pointInTime"), tr("With point-in-time restore"), integer(pit)),
    };
    summary.charts = {byProject};
    ReportSection byCluster = section(QStringLiteral("posture"), tr("Posture by cluster"));
    byCluster.tables = {grid, warnings};
    return QList<ReportSection>{summary, byCluster};
}

} // namespace snapline
