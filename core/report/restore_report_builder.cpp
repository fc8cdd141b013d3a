#include "report/restore_report_builder.h"

#include "console/display_format.h"
#include "report/report_values.h"

#include <algorithm>

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

constexpr qint64 kSubmitLeadSeconds = 86400; // a job is created right after Snapline sends it; a day is ample

ReportTable jobTable()
{
    return table(
            QStringLiteral("jobs"), RestoreReportBuilder::tr("Restore jobs"),
            {column(QStringLiteral("jobId"), RestoreReportBuilder::tr("Job")),
             column(QStringLiteral("requestedAt"), RestoreReportBuilder::tr("Requested"), Type::DateTime),
             column(QStringLiteral("requestedBy"), RestoreReportBuilder::tr("Requested by")),
             codeColumn(QStringLiteral("via"), RestoreReportBuilder::tr("Via code")),
             column(QStringLiteral("viaText"), RestoreReportBuilder::tr("Via")),
             codeColumn(QStringLiteral("sourceProjectId"), RestoreReportBuilder::tr("Source project id")),
             column(QStringLiteral("sourceProject"), RestoreReportBuilder::tr("Source project")),
             column(QStringLiteral("sourceCluster"), RestoreReportBuilder::tr("Source cluster")),
             column(QStringLiteral("snapshotId"), RestoreReportBuilder::tr("Snapshot")),
             column(QStringLiteral("restorePoint"), RestoreReportBuilder::tr("Restored to"), Type::DateTime),
             codeColumn(QStringLiteral("deliveryType"), RestoreReportBuilder::tr("Delivery code")),
             column(QStringLiteral("delivery"), RestoreReportBuilder::tr("Delivery")),
             codeColumn(QStringLiteral("targetProjectId"), RestoreReportBuilder::tr("Target project id")),
             column(QStringLiteral("targetProject"), RestoreReportBuilder::tr("Target project")),
             column(QStringLiteral("targetCluster"), RestoreReportBuilder::tr("Target cluster")),
             codeColumn(QStringLiteral("outcome"), RestoreReportBuilder::tr("Outcome code")),
             column(QStringLiteral("outcomeText"), RestoreReportBuilder::tr("Outcome")),
             column(QStringLiteral("finishedAt"), RestoreReportBuilder::tr("Finished"), Type::DateTime),
             column(QStringLiteral("duration"), RestoreReportBuilder::tr("Duration"), Type::Duration)});
}

struct Counts
{
    int jobs = 0;
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    int expired = 0;
    int inProgress = 0;
    int viaSnapline = 0;

    void add(RestoreJobState state)
    {
        ++jobs;
        switch (state) {
        case RestoreJobState::Completed:
            ++completed;
            break;
        case RestoreJobState::Failed:
            ++failed;
            break;
        case RestoreJobState::Cancelled:
            ++cancelled;
            break;
        case RestoreJobState::Expired:
            ++expired;
            break;
        case RestoreJobState::InProgress:
            ++inProgress;
            break;
        }
    }
};

// When a job was asked for: Atlas lists no creation time for the restore
// jobs of dedicated clusters, so Snapline's audit log says it for the jobs
// it sent.
QDateTime requestedAt(const RestoreJob &job, const AuditEntry *submitted)
{
    if (job.createdAt.isValid())
        return job.createdAt;
    return submitted ? submitted->at : QDateTime();
}

QVariantList jobRow(const ReportContext &context, const ClusterEntry &source, const RestoreJob &job,
                    const AuditEntry *submitted)
{
    const ProjectEntry *target = context.project(job.targetProjectId);
    const QDateTime point = job.pointInTime ? job.pointInTime->toDateTime() : job.snapshotTimestamp;
    const QDateTime requested = requestedAt(job, submitted);
    const bool timed = job.finishedAt.isValid() && requested.isValid();
    return {job.id,
            time(requested),
            submitted ? QVariant(submitted->principal) : QVariant(),
            submitted ? QStringLiteral("snapline") : QStringLiteral("outside"),
            submitted ? RestoreReportBuilder::tr("Snapline") : RestoreReportBuilder::tr("outside Snapline"),
            source.where.projectId,
            source.where.projectLabel(),
            source.where.cluster.name,
            text(job.snapshotId),
            time(point),
            toString(job.deliveryType),
            formatDelivery(job.deliveryType),
            text(job.targetProjectId),
            target ? QVariant(target->project.name) : text(job.targetProjectId),
            text(job.targetClusterName),
            toString(job.state()),
            formatRestoreState(job.state()),
            time(job.finishedAt),
            timed ? integer(requested.secsTo(job.finishedAt)) : QVariant()};
}

} // namespace

QDateTime RestoreReportBuilder::placedAt(const RestoreJob &job, const AuditEntry *submitted)
{
    const QDateTime requested = requestedAt(job, submitted);
    return requested.isValid() ? requested : job.finishedAt;
}

QHash<QString, AuditEntry> RestoreReportBuilder::submissionsByJob(const QList<AuditEntry> &entries)
{
    QHash<QString, AuditEntry> out;
    for (const AuditEntry &entry : entries) {
        if (entry.action != u"restore.submit" || !entry.apiSummary.startsWith(u"job "))
            continue;
        const QString id = entry.apiSummary.mid(4).section(u' ', 0, 0);
        if (!id.isEmpty())
            out.insert(id, entry);
    }
    return out;
}

Result<QList<ReportSection>> RestoreReportBuilder::build(const ReportContext &context)
{
    const ReportSpec &spec = context.spec();
    AuditFilter filter;
    filter.action = QStringLiteral("restore.submit");
    filter.since = spec.from.addSecs(-kSubmitLeadSeconds);
    filter.limit = -1;
    const auto audit = context.catalog().auditLog(filter);
    if (!audit)
        return audit.error();
    const QHash<QString, AuditEntry> submissions = submissionsByJob(*audit);

    ReportTable jobs = jobTable();
    QList<std::pair<QDateTime, QVariantList>> jobRows; // by when they were asked for
    ReportTable drills
            = table(QStringLiteral("clusters"), tr("Restore drills by cluster"),
                    {codeColumn(QStringLiteral("projectId"), tr("Project id")),
                     column(QStringLiteral("projectName"), tr("Project")),
                     column(QStringLiteral("clusterName"), tr("Cluster")),
                     column(QStringLiteral("jobs"), tr("Restore jobs"), Type::Integer),
                     column(QStringLiteral("completed"), tr("Completed"), Type::Integer),
                     column(QStringLiteral("failed"), tr("Failed"), Type::Integer),
                     column(QStringLiteral("lastCompletedAt"), tr("Last completed restore"), Type::DateTime),
                     column(QStringLiteral("tested"), tr("Restore tested"), Type::Boolean)});
    ReportChart byCluster
            = chart(QStringLiteral("outcomesByCluster"), tr("Restore jobs by source cluster and outcome"),
                    ReportChart::Kind::StackedBars);
    QList<double> completedSeries, failedSeries, otherSeries;
    Counts total;
    QList<qint64> durations;
    int tested = 0, backedUp = 0;
    const QList<const ClusterEntry *> clusters = context.clusters();
    qint64 done = 0;
    for (const ClusterEntry *entry : clusters) {
        if (context.isCancelled())
            return ReportContext::cancelledError();
        auto all = context.catalog().restoreJobs(entry->where.projectId, entry->where.cluster.name);
        if (!all)
            return all.error();
        // Jobs Atlas gives no time for at all are still running: they belong
        // to a period that reaches the moment the report looks from.
        const bool periodReachesNow = spec.to >= context.moment();
        QList<std::pair<QDateTime, RestoreJob>> inPeriod;
        for (const RestoreJob &job : std::as_const(*all)) {
            const auto found = submissions.constFind(job.id);
            const QDateTime at = placedAt(job, found == submissions.cend() ? nullptr : &*found);
            if (at.isValid() ? context.inPeriod(at) : (periodReachesNow && !job.isFinished()))
                inPeriod.append({at, job});
        }
        std::stable_sort(inPeriod.begin(), inPeriod.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Counts counts;
        std::optional<QDateTime> lastCompleted;
        for (const auto &[at, job] : std::as_const(inPeriod)) {
            const auto found = submissions.constFind(job.id);
            const AuditEntry *submitted = found == submissions.cend() ? nullptr : &*found;
            jobRows.append({at, jobRow(context, *entry, job, submitted)});
            counts.add(job.state());
            counts.viaSnapline += submitted ? 1 : 0;
            if (job.state() == RestoreJobState::Completed)
                lastCompleted = job.finishedAt;
            const QDateTime requested = requestedAt(job, submitted);
            if (job.finishedAt.isValid() && requested.isValid())
                durations << requested.secsTo(job.finishedAt);
        }
        if (entry->where.cluster.hasBackup()) {
            ++backedUp;
            tested += lastCompleted ? 1 : 0;
            drills.rows << QVariantList{entry->where.projectId,    entry->where.projectLabel(),
                                        entry->where.cluster.name, integer(counts.jobs),
                                        integer(counts.completed), integer(counts.failed),
                                        time(lastCompleted),       lastCompleted.has_value()};
        }
        if (counts.jobs > 0) {
            byCluster.categories << entry->where.cluster.name;
            completedSeries << counts.completed;
            failedSeries << counts.failed;
            otherSeries << counts.jobs - counts.completed - counts.failed;
        }
        total.jobs += counts.jobs;
        total.completed += counts.completed;
        total.failed += counts.failed;
        total.cancelled += counts.cancelled;
        total.expired += counts.expired;
        total.inProgress += counts.inProgress;
        total.viaSnapline += counts.viaSnapline;
        context.progress(++done, clusters.size());
    }
    std::stable_sort(jobRows.begin(), jobRows.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[at, row] : std::as_const(jobRows))
        jobs.rows << row;
    byCluster.series = {{tr("Completed"), completedSeries},
                        {tr("Failed"), failedSeries},
                        {tr("Cancelled, expired or running"), otherSeries}};
    jobs.note = jobs.rows.isEmpty()
            ? tr("No restore job was started in the period.")
            : tr("\"Requested by\" is known for restores Snapline sent (from its audit log); "
                 "restores started in the Atlas UI, API or CLI show only what Atlas lists, "
                 "which has no request time for them: they are placed in the period by the "
                 "time they finished.");
    std::sort(durations.begin(), durations.end());

    ReportSection summary = section(QStringLiteral("summary"), tr("Summary"),
                                    tr("Every restore job created between %1 and %2 from a cluster in scope.")
                                            .arg(formatUtc(spec.from), formatUtc(spec.to)));
    summary.figures = {
            figure(QStringLiteral("jobs"), tr("Restore jobs"), integer(total.jobs)),
            figure(QStringLiteral("completed"), tr("Completed"), integer(total.completed)),
            figure(QStringLiteral("failed"), tr("Failed"), integer(total.failed)),
            figure(QStringLiteral("cancelled"), tr("Cancelled"), integer(total.cancelled)),
            figure(QStringLiteral("expired"), tr("Expired"), integer(total.expired)),
            figure(QStringLiteral("inProgress"), tr("Still running"), integer(total.inProgress)),
            figure(QStringLiteral("viaSnapline"), tr("Sent by Snapline"), integer(total.viaSnapline)),
            figure(QStringLiteral("clustersTested"), tr("Clusters with a completed restore"),
                   integer(tested)),
            figure(QStringLiteral("clustersUntested"), tr("Backed-up clusters without one"),
                   integer(backedUp - tested)),
            figure(QStringLiteral("medianDuration"), tr("Median duration"),
                   durations.isEmpty() ? QVariant() : integer(durations[durations.size() / 2]),
                   Type::Duration),
            figure(QStringLiteral("longestDuration"), tr("Longest duration"),
                   durations.isEmpty() ? QVariant() : integer(durations.last()), Type::Duration),
    };
    summary.charts = {byCluster};
    ReportSection jobSection = section(QStringLiteral("jobs"), tr("Restore jobs"));
    jobSection.tables = {jobs};
    ReportSection drillSection = section(QStringLiteral("drills"), tr("Restore drills by cluster"));
    drillSection.tables = {drills};
    return QList<ReportSection>{summary, jobSection, drillSection};
}

} // namespace snapline
