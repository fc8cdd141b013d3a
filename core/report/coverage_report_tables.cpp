#include "report/coverage_report_tables.h"

#include "console/display_format.h"
#include "report/coverage_report_builder.h"
#include "report/report_values.h"
#include "rules/policy_validation.h"

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

QList<ReportColumn> withCluster(const QList<ReportColumn> &rest)
{
    return QList<ReportColumn>{
                   codeColumn(QStringLiteral("projectId"), CoverageReportTables::tr("Project id")),
                   column(QStringLiteral("projectName"), CoverageReportTables::tr("Project")),
                   column(QStringLiteral("clusterName"), CoverageReportTables::tr("Cluster"))}
    + rest;
}

QVariantList clusterCells(const ClusterEntry &entry)
{
    return {entry.where.projectId, entry.where.projectLabel(), entry.where.cluster.name};
}

QString policyText(const ClusterEntry &entry)
{
    if (!entry.policy)
        return {};
    QStringList items;
    for (const PolicyItem &item : entry.policy->items)
        items << describePolicyItem(item);
    return items.join(QStringLiteral("; "));
}

} // namespace

CoverageReportTables::CoverageReportTables()
{
    schedule = table(
            QStringLiteral("clusters"), tr("Snapshots against the policy"),
            withCluster({codeColumn(QStringLiteral("backupKind"), tr("Backup kind")),
                         column(QStringLiteral("backup"), tr("Backup")),
                         column(QStringLiteral("expected"), tr("Expected"), Type::Integer),
                         column(QStringLiteral("taken"), tr("Taken"), Type::Integer),
                         column(QStringLiteral("missed"), tr("Missed"), Type::Integer),
                         column(QStringLiteral("failed"), tr("Failed"), Type::Integer),
                         column(QStringLiteral("notJudged"), tr("Not judged"), Type::Integer),
                         ReportColumn{QStringLiteral("pending"), tr("Pending"), Type::Integer, true},
                         ReportColumn{QStringLiteral("agedOut"), tr("Aged out"), Type::Integer, true},
                         ReportColumn{QStringLiteral("beforeHistory"), tr("Before the first snapshot"),
                                      Type::Integer, true},
                         column(QStringLiteral("coveragePercent"), tr("Coverage"), Type::Percent),
                         column(QStringLiteral("completed"), tr("Completed snapshots"), Type::Integer),
                         column(QStringLiteral("onDemand"), tr("On demand"), Type::Integer)}));
    schedule.note
            = tr("Coverage is taken ÷ (taken + missed). Not judged: expected moments too recent to judge "
                 "or still running, whose snapshot would have expired already, or before the "
                 "cluster's first snapshot.");
    policies = table(
            QStringLiteral("policies"), tr("Backup policies"),
            withCluster(
                    {column(QStringLiteral("policy"), tr("Policy items")),
                     column(QStringLiteral("referenceTime"), tr("Reference time (UTC)")),
                     column(QStringLiteral("restoreWindowDays"), tr("Restore window (days)"), Type::Integer),
                     column(QStringLiteral("toleranceSeconds"), tr("Tolerance"), Type::Duration)}));
    policies.note = tr("Expected snapshots are computed from the policy as the catalog holds it now; a "
                       "snapshot counts as taken when it was created within the tolerance of its moment.");
    recovery = table(
            QStringLiteral("clusters"), tr("Recovery points"),
            withCluster({column(QStringLiteral("achievedRpo"), tr("Achieved RPO"), Type::Duration),
                         column(QStringLiteral("largestGapFrom"), tr("Largest gap from"), Type::DateTime),
                         column(QStringLiteral("largestGapTo"), tr("Largest gap to"), Type::DateTime),
                         column(QStringLiteral("oldestRestorable"), tr("Oldest restorable point"),
                                Type::DateTime),
                         column(QStringLiteral("newestRestorable"), tr("Newest restorable point"),
                                Type::DateTime),
                         column(QStringLiteral("pointInTime"), tr("Point in time"), Type::Boolean),
                         column(QStringLiteral("pitWindowFrom"), tr("PIT window from"), Type::DateTime),
                         column(QStringLiteral("pitGaps"), tr("PIT gaps"), Type::Integer),
                         column(QStringLiteral("pitGapTime"), tr("PIT gap time"), Type::Duration),
                         column(QStringLiteral("asOf"), tr("Catalog read at"), Type::DateTime)}));
    recovery.note = tr("The achieved RPO is the longest stretch of the period without a restorable point "
                       "(a completed snapshot, or a restorable moment of the point-in-time history).");
    missed = table(QStringLiteral("missed"), tr("Missed snapshots"),
                   withCluster({column(QStringLiteral("expectedAt"), tr("Expected at"), Type::DateTime),
                                column(QStringLiteral("frequency"), tr("Frequency")),
                                codeColumn(QStringLiteral("reason"), tr("Reason code")),
                                column(QStringLiteral("reasonText"), tr("Reason")),
                                column(QStringLiteral("snapshotId"), tr("Snapshot"))}));
    failed = table(QStringLiteral("failed"), tr("Failed snapshots"),
                   withCluster({column(QStringLiteral("snapshotId"), tr("Snapshot")),
                                column(QStringLiteral("createdAt"), tr("Created"), Type::DateTime),
                                column(QStringLiteral("frequency"), tr("Frequency")),
                                column(QStringLiteral("origin"), tr("Origin"))}));
    pitGaps = table(QStringLiteral("pitGaps"), tr("Gaps in the point-in-time history"),
                    withCluster({column(QStringLiteral("from"), tr("From"), Type::DateTime),
                                 column(QStringLiteral("to"), tr("To"), Type::DateTime),
                                 column(QStringLiteral("duration"), tr("Duration"), Type::Duration)}));
}

void CoverageReportTables::add(const ClusterEntry &entry, const ClusterCoverage &c, const QDateTime &asOf)
{
    const Cluster &cluster = entry.where.cluster;
    const QVariantList where = clusterCells(entry);
    const auto judged = [&](int value) { return c.scheduled ? integer(value) : QVariant(); };
    schedule.rows << where
                    + QVariantList{toString(cluster.backupKind),
                                   formatBackupKind(cluster.backupKind),
                                   judged(c.expected),
                                   judged(c.taken),
                                   judged(c.missed),
                                   integer(c.failedSnapshots.size()),
                                   judged(c.notJudged()),
                                   judged(c.pending),
                                   judged(c.agedOut),
                                   judged(c.beforeHistory),
                                   number(c.coveragePercent()),
                                   integer(c.completed),
                                   integer(c.completedOnDemand)};
    if (entry.policy) {
        policies.rows << where
                        + QVariantList{
                                policyText(entry),
                                QStringLiteral("%1:%2")
                                        .arg(entry.policy->referenceHourOfDay, 2, 10, QLatin1Char('0'))
                                        .arg(entry.policy->referenceMinuteOfHour, 2, 10, QLatin1Char('0')),
                                integer(entry.policy->restoreWindowDays), integer(c.toleranceSeconds)};
    }
    const bool hasBackup = cluster.hasBackup();
    recovery.rows << where
                    + QVariantList{hasBackup ? integer(c.achievedRpoSeconds()) : QVariant(),
                                   c.largestGap ? time(c.largestGap->from) : QVariant(),
                                   c.largestGap ? time(c.largestGap->to) : QVariant(),
                                   time(c.oldestRestorable),
                                   time(c.newestRestorable),
                                   c.pitEnabled,
                                   c.pitWindow ? time(c.pitWindow->from) : QVariant(),
                                   c.pitEnabled ? integer(c.pitGaps.size()) : QVariant(),
                                   c.pitEnabled ? integer(c.pitGapSeconds()) : QVariant(),
                                   time(asOf)};
    for (const MissedSnapshot &m : c.missedSnapshots) {
        const bool failedOne = m.reason == MissedSnapshot::Reason::Failed;
        missed.rows << where
                        + QVariantList{time(m.expected.at), toString(m.expected.frequency),
                                       CoverageReportBuilder::code(m.reason),
                                       failedOne ? tr("the snapshot failed") : tr("no snapshot was taken"),
                                       text(m.snapshotId)};
    }
    for (const Snapshot &s : c.failedSnapshots)
        failed.rows << where
                        + QVariantList{s.id, time(s.createdAt), toString(s.frequency), toString(s.origin)};
    for (const TimeRange &gap : c.pitGaps)
        pitGaps.rows << where + QVariantList{time(gap.from), time(gap.to), integer(gap.seconds())};
}

} // namespace snapline
