#include "report/coverage_report_builder.h"

#include "console/display_format.h"
#include "report/coverage_report_tables.h"
#include "report/report_values.h"
#include "report/snapshot_row_source.h"

#include <algorithm>

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

constexpr int kChartClusters = 20; // a chart of more bars than this cannot be read

struct Totals
{
    int clusters = 0;
    int scheduled = 0;
    int withoutBackup = 0;
    qint64 expected = 0;
    qint64 taken = 0;
    qint64 missed = 0;
    qint64 failed = 0;
    qint64 notJudged = 0;
    int withPitGaps = 0;
    qint64 worstRpo = -1;
    QString worstRpoCluster;
    QMap<QDate, CoverageDay> days;
    QMap<QDate, int> failedByDay;
    QList<std::pair<qint64, QString>> rpoByCluster; // seconds, "project / cluster"
};

void addUp(Totals &t, const ClusterEntry &entry, const ClusterCoverage &c)
{
    ++t.clusters;
    t.scheduled += c.scheduled ? 1 : 0;
    t.withoutBackup += entry.where.cluster.hasBackup() ? 0 : 1;
    t.expected += c.expected;
    t.taken += c.taken;
    t.missed += c.missed;
    t.failed += c.failedSnapshots.size();
    t.notJudged += c.notJudged();
    t.withPitGaps += c.pitGaps.isEmpty() ? 0 : 1;
    for (auto it = c.days.cbegin(); it != c.days.cend(); ++it) {
        CoverageDay &day = t.days[it.key()];
        day.expected += it->expected;
        day.taken += it->taken;
        day.missed += it->missed;
    }
    for (const Snapshot &s : c.failedSnapshots)
        ++t.failedByDay[s.createdAt.date()];
    if (!entry.where.cluster.hasBackup())
        return;
    const QString name = entry.where.projectLabel() + QStringLiteral(" / ") + entry.where.cluster.name;
    t.rpoByCluster.append({c.achievedRpoSeconds(), name});
    if (c.achievedRpoSeconds() > t.worstRpo) {
        t.worstRpo = c.achievedRpoSeconds();
        t.worstRpoCluster = name;
    }
}

ReportSection summarySection(const ReportContext &context, const Totals &t)
{
    const ReportSpec &spec = context.spec();
    ReportSection s = section(
            QStringLiteral("summary"), CoverageReportBuilder::tr("Summary"),
            CoverageReportBuilder::tr(
                    "Snapshots expected from each cluster's backup policy between %1 and %2, against the "
                    "snapshots Atlas lists, as the catalog last read them.")
                    .arg(formatUtc(spec.from), formatUtc(spec.to)));
    const QVariant percent = t.taken + t.missed == 0
            ? QVariant()
            : QVariant(std::round(double(t.taken) * 10000.0 / double(t.taken + t.missed)) / 100.0);
    s.figures
            = {figure(QStringLiteral("clusters"), CoverageReportBuilder::tr("Clusters"), integer(t.clusters)),
               figure(QStringLiteral("scheduledClusters"),
                      CoverageReportBuilder::tr("Clusters with a backup policy"), integer(t.scheduled)),
               figure(QStringLiteral("clustersWithoutBackup"),
                      CoverageReportBuilder::tr("Clusters without backup"), integer(t.withoutBackup)),
               figure(QStringLiteral("expected"), CoverageReportBuilder::tr("Snapshots expected"),
                      integer(t.expected)),
               figure(QStringLiteral("taken"), CoverageReportBuilder::tr("Taken"), integer(t.taken)),
               figure(QStringLiteral("missed"), CoverageReportBuilder::tr("Missed"), integer(t.missed)),
               figure(QStringLiteral("failed"), CoverageReportBuilder::tr("Failed snapshots"),
                      integer(t.failed)),
               figure(QStringLiteral("notJudged"), CoverageReportBuilder::tr("Not judged"),
                      integer(t.notJudged)),
               figure(QStringLiteral("coveragePercent"), CoverageReportBuilder::tr("Coverage"), percent,
                      Type::Percent),
               figure(QStringLiteral("worstAchievedRpo"), CoverageReportBuilder::tr("Worst achieved RPO"),
                      t.worstRpo >= 0 ? integer(t.worstRpo) : QVariant(), Type::Duration),
               figure(QStringLiteral("worstAchievedRpoCluster"),
                      CoverageReportBuilder::tr("Cluster with the worst RPO"), text(t.worstRpoCluster),
                      Type::Text),
               figure(QStringLiteral("clustersWithPitGaps"),
                      CoverageReportBuilder::tr("Clusters with point-in-time gaps"), integer(t.withPitGaps))};

    ReportTable days
            = table(QStringLiteral("days"), CoverageReportBuilder::tr("Snapshots by day"),
                    {column(QStringLiteral("day"), CoverageReportBuilder::tr("Day (UTC)")),
                     column(QStringLiteral("expected"), CoverageReportBuilder::tr("Expected"), Type::Integer),
                     column(QStringLiteral("taken"), CoverageReportBuilder::tr("Taken"), Type::Integer),
                     column(QStringLiteral("missed"), CoverageReportBuilder::tr("Missed"), Type::Integer),
                     column(QStringLiteral("failed"), CoverageReportBuilder::tr("Failed"), Type::Integer)});
    ReportChart perDay = chart(QStringLiteral("days"), CoverageReportBuilder::tr("Expected snapshots by day"),
                               ReportChart::Kind::StackedBars);
    QList<double> taken, missed;
    const QDate last = spec.to.addMSecs(-1).date();
    for (QDate day = spec.from.date(); day.isValid() && day <= last; day = day.addDays(1)) {
        const CoverageDay d = t.days.value(day);
        const QString label = day.toString(Qt::ISODate);
        days.rows << QVariantList{label, integer(d.expected), integer(d.taken), integer(d.missed),
                                  integer(t.failedByDay.value(day))};
        perDay.categories << label;
        taken << d.taken;
        missed << d.missed;
    }
    perDay.series
            = {{CoverageReportBuilder::tr("Taken"), taken}, {CoverageReportBuilder::tr("Missed"), missed}};
    s.tables = {days};
    s.charts = {perDay};
    return s;
}

ReportChart rpoChart(Totals &t)
{
    std::stable_sort(t.rpoByCluster.begin(), t.rpoByCluster.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    ReportChart c = chart(QStringLiteral("worstRpo"),
                          CoverageReportBuilder::tr(
                                  "Largest gaps between restorable points (the %n worst clusters)", nullptr,
                                  int(std::min<qsizetype>(kChartClusters, t.rpoByCluster.size()))),
                          ReportChart::Kind::StackedBars, Type::Duration);
    QList<double> values;
    for (const auto &[seconds, name] : t.rpoByCluster.mid(0, kChartClusters)) {
        c.categories << name;
        values << double(seconds);
    }
    c.series = {{CoverageReportBuilder::tr("Achieved RPO"), values}};
    return c;
}

} // namespace

QString CoverageReportBuilder::code(MissedSnapshot::Reason reason)
{
    switch (reason) {
    case MissedSnapshot::Reason::NoSnapshot:
        return QStringLiteral("noSnapshot");
    case MissedSnapshot::Reason::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Result<QList<ReportSection>> CoverageReportBuilder::build(const ReportContext &context)
{
    const ReportSpec &spec = context.spec();
    CoverageReportTables tables;
    auto evidence = std::make_shared<SnapshotRowSource>();
    Totals totals;
    const QList<const ClusterEntry *> clusters = context.clusters();
    qint64 done = 0;
    for (const ClusterEntry *entry : clusters) {
        if (context.isCancelled())
            return ReportContext::cancelledError();
        const Cluster &cluster = entry->where.cluster;
        auto snapshots = context.catalog().snapshots(entry->where.projectId, cluster.name);
        if (!snapshots)
            return snapshots.error();
        const QDateTime asOf = context.asOf(*entry);
        const bool ownSchedule = cluster.backupKind == BackupKind::Cloud
                || cluster.backupKind == BackupKind::CloudContinuous;
        const ClusterCoverage coverage = assessCoverage(
                {cluster, ownSchedule ? entry->policy : std::nullopt, *snapshots, spec.from, spec.to, asOf});
        tables.add(*entry, coverage, asOf);
        addUp(totals, *entry, coverage);
        const int index
                = evidence->addCluster(entry->where.projectId, entry->where.projectLabel(), cluster.name);
        for (const Snapshot &s : std::as_const(*snapshots)) {
            if (s.createdAt.isValid() && s.createdAt >= spec.from && s.createdAt < spec.to)
                evidence->append(index, s);
        }
        context.progress(++done, clusters.size());
    }

    ReportSection schedule = section(QStringLiteral("schedule"), tr("Snapshots against the policy"));
    schedule.tables = {tables.schedule, tables.policies};
    ReportSection recovery = section(QStringLiteral("recovery"), tr("Recovery points"));
    recovery.tables = {tables.recovery};
    recovery.charts = {rpoChart(totals)};
    ReportSection exceptions = section(QStringLiteral("exceptions"), tr("Missed and failed snapshots, gaps"));
    if (tables.missed.rows.isEmpty())
        tables.missed.note = tr("No expected snapshot was missed.");
    if (tables.failed.rows.isEmpty())
        tables.failed.note = tr("No snapshot failed in the period.");
    if (tables.pitGaps.rows.isEmpty())
        tables.pitGaps.note = tr("No gap in the point-in-time history in the period.");
    exceptions.tables = {tables.missed, tables.failed, tables.pitGaps};
    ReportSection snapshots = section(QStringLiteral("evidence"), tr("Every snapshot of the period"));
    ReportTable all = table(QStringLiteral("snapshots"), tr("Snapshots"), SnapshotRowSource::columns());
    all.dataOnly = true;
    all.source = evidence;
    all.note = tr("%n snapshot(s), one row each, in the CSV and JSON exports of this report.", nullptr,
                  int(std::min<qint64>(evidence->rowCount(), std::numeric_limits<int>::max())));
    snapshots.tables = {all};
    return QList<ReportSection>{summarySection(context, totals), schedule, recovery, exceptions, snapshots};
}

} // namespace snapline
