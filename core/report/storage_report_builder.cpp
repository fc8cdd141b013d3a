#include "report/storage_report_builder.h"

#include "console/display_format.h"
#include "history/storage_history.h"
#include "report/report_values.h"

#include <QMap>

#include <algorithm>

namespace snapline {

using namespace ReportValues;
using Type = ReportColumn::Type;

namespace {

constexpr int kChartClusters = 20;
constexpr std::array kFrequencies{Frequency::Hourly,  Frequency::Daily,  Frequency::Weekly,
                                  Frequency::Monthly, Frequency::Yearly, Frequency::OnDemand};

QList<ReportColumn> frequencyColumns()
{
    QList<ReportColumn> out;
    for (const Frequency f : kFrequencies)
        out << column(f == Frequency::OnDemand ? QStringLiteral("onDemandBytes")
                                               : toString(f) + QStringLiteral("Bytes"),
                      formatFrequency(f), Type::Bytes);
    out << column(QStringLiteral("totalBytes"), StorageReportBuilder::tr("Total"), Type::Bytes);
    return out;
}

QVariantList frequencyCells(const std::array<qint64, kFrequencyCount> &bytes)
{
    QVariantList out;
    qint64 total = 0;
    for (const Frequency f : kFrequencies) {
        out << integer(bytes[std::size_t(f)]);
        total += bytes[std::size_t(f)];
    }
    out << integer(total);
    return out;
}

qint64 sum(const std::array<qint64, kFrequencyCount> &bytes)
{
    qint64 total = 0;
    for (const qint64 b : bytes)
        total += b;
    return total;
}

struct ClusterStorage
{
    QString name; // "project / cluster"
    std::array<qint64, kFrequencyCount> end{};
};

} // namespace

Result<QList<ReportSection>> StorageReportBuilder::build(const ReportContext &context)
{
    const ReportSpec &spec = context.spec();
    const QDate firstDay = spec.from.date();
    const QDate periodLast = spec.to.addMSecs(-1).date();
    QMap<QDate, std::array<qint64, kFrequencyCount>> scopeDays;
    for (QDate d = firstDay; d.isValid() && d <= periodLast && d <= utcDay(context.moment());
         d = d.addDays(1))
        scopeDays[d] = {};

    ReportTable perCluster
            = table(QStringLiteral("clusters"), tr("Storage by cluster"),
                    QList<ReportColumn>{codeColumn(QStringLiteral("projectId"), tr("Project id")),
                                        column(QStringLiteral("projectName"), tr("Project")),
                                        column(QStringLiteral("clusterName"), tr("Cluster")),
                                        column(QStringLiteral("startBytes"), tr("At the start"), Type::Bytes),
                                        column(QStringLiteral("peakBytes"), tr("Peak"), Type::Bytes)}
                            + frequencyColumns());
    perCluster.note = tr("The frequency columns and the total are the bytes held at the end of the period.");
    ReportTable clusterDays
            = table(QStringLiteral("days"), tr("Storage by cluster and day"),
                    QList<ReportColumn>{column(QStringLiteral("day"), tr("Day (UTC)")),
                                        codeColumn(QStringLiteral("projectId"), tr("Project id")),
                                        column(QStringLiteral("projectName"), tr("Project")),
                                        column(QStringLiteral("clusterName"), tr("Cluster"))}
                            + frequencyColumns());
    clusterDays.dataOnly = true;
    QList<ClusterStorage> ends;
    const QList<const ClusterEntry *> clusters = context.clusters();
    qint64 done = 0;
    for (const ClusterEntry *entry : clusters) {
        if (context.isCancelled())
            return ReportContext::cancelledError();
        const auto totals
                = context.catalog().snapshotDailyTotals(entry->where.projectId, entry->where.cluster.name);
        if (!totals)
            return totals.error();
        const QDate today = utcDay(context.asOf(*entry));
        const StorageHistory history = StorageHistory::fromTotals(*totals, today);
        std::array<qint64, kFrequencyCount> start{}, end{};
        qint64 peak = 0;
        bool first = true;
        for (auto it = scopeDays.begin(); it != scopeDays.end(); ++it) {
            const std::array<qint64, kFrequencyCount> held
                    = history.on(it.key()).value_or(StorageDay{}).bytes;
            for (std::size_t f = 0; f < held.size(); ++f)
                (*it)[f] += held[f];
            if (first)
                start = held;
            first = false;
            end = held;
            peak = std::max(peak, sum(held));
            if (!history.isEmpty())
                clusterDays.rows << QVariantList{it.key().toString(Qt::ISODate), entry->where.projectId,
                                                 entry->where.projectLabel(), entry->where.cluster.name}
                                + frequencyCells(held);
        }
        perCluster.rows << QVariantList{entry->where.projectId, entry->where.projectLabel(),
                                        entry->where.cluster.name, integer(sum(start)), integer(peak)}
                        + frequencyCells(end);
        ends << ClusterStorage{
                entry->where.projectLabel() + QStringLiteral(" / ") + entry->where.cluster.name, end};
        context.progress(++done, clusters.size());
    }

    ReportTable days
            = table(QStringLiteral("days"), tr("Storage by day"),
                    QList<ReportColumn>{column(QStringLiteral("day"), tr("Day (UTC)"))} + frequencyColumns());
    ReportChart byFrequency
            = chart(QStringLiteral("byFrequency"), tr("Snapshot storage by day and frequency"),
                    ReportChart::Kind::StackedBars, Type::Bytes);
    QList<QList<double>> series(kFrequencies.size());
    qint64 peak = 0;
    for (auto it = scopeDays.cbegin(); it != scopeDays.cend(); ++it) {
        days.rows << QVariantList{it.key().toString(Qt::ISODate)} + frequencyCells(*it);
        byFrequency.categories << it.key().toString(Qt::ISODate);
        for (std::size_t i = 0; i < kFrequencies.size(); ++i)
            series[qsizetype(i)] << double((*it)[std::size_t(kFrequencies[i])]);
        peak = std::max(peak, sum(*it));
    }
    for (std::size_t i = 0; i < kFrequencies.size(); ++i)
        byFrequency.series << ReportChart::Series{formatFrequency(kFrequencies[i]), series[qsizetype(i)]};

    std::stable_sort(ends.begin(), ends.end(), [](const ClusterStorage &a, const ClusterStorage &b) {
        return sum(a.end) > sum(b.end);
    });
    ReportChart largest = chart(QStringLiteral("largestClusters"),
                                tr("The %n largest clusters at the end of the period", nullptr,
                                   int(std::min<qsizetype>(kChartClusters, ends.size()))),
                                ReportChart::Kind::StackedBars, Type::Bytes);
    QList<QList<double>> bars(kFrequencies.size());
    for (const ClusterStorage &c : ends.mid(0, kChartClusters)) {
        largest.categories << c.name;
        for (std::size_t i = 0; i < kFrequencies.size(); ++i)
            bars[qsizetype(i)] << double(c.end[std::size_t(kFrequencies[i])]);
    }
    for (std::size_t i = 0; i < kFrequencies.size(); ++i)
        largest.series << ReportChart::Series{formatFrequency(kFrequencies[i]), bars[qsizetype(i)]};

    const auto endOf = [&](bool last) {
        return scopeDays.isEmpty() ? qint64(0) : sum(last ? scopeDays.last() : scopeDays.first());
    };
    ReportSection summary = section(
            QStringLiteral("summary"), tr("Summary"),
            tr("The bytes of the snapshots held at the end of each day between %1 and %2. The catalog holds "
               "only "
               "the snapshots Atlas still lists, so days long past show what those snapshots held, not "
               "everything stored then.")
                    .arg(formatUtc(spec.from), formatUtc(spec.to)));
    summary.figures = {
            figure(QStringLiteral("clusters"), tr("Clusters"), integer(clusters.size())),
            figure(QStringLiteral("startBytes"), tr("Storage at the start"), integer(endOf(false)),
                   Type::Bytes),
            figure(QStringLiteral("endBytes"), tr("Storage at the end"), integer(endOf(true)), Type::Bytes),
            figure(QStringLiteral("changeBytes"), tr("Change"), integer(endOf(true) - endOf(false)),
                   Type::Bytes),
            figure(QStringLiteral("peakBytes"), tr("Peak"), integer(peak), Type::Bytes),
    };
    summary.tables = {days};
    summary.charts = {byFrequency};
    ReportSection clusterSection = section(QStringLiteral("clusters"), tr("Storage by cluster"));
    clusterSection.tables = {perCluster};
    clusterSection.charts = {largest};
    ReportSection detail = section(QStringLiteral("clusterDays"), tr("Storage by cluster and day"));
    clusterDays.note = tr("%n row(s), one per cluster and day, in the CSV and JSON exports of this report.",
                          nullptr, int(clusterDays.rows.size()));
    detail.tables = {clusterDays};
    return QList<ReportSection>{summary, clusterSection, detail};
}

} // namespace snapline
