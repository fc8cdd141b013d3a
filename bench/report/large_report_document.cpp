#include "large_report_document.h"

#include <QDateTime>

namespace snapline::bench {

namespace {

using Type = ReportColumn::Type;

constexpr int kDays = 90;
constexpr int kProjects = 40;

const QDateTime kTo = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);

QString clusterName(int i)
{
    return QStringLiteral("Project-%1 / cluster-%2")
            .arg(i % kProjects, 2, 10, QLatin1Char('0'))
            .arg(i, 4, 10, QLatin1Char('0'));
}

ReportSection summary(int clusters)
{
    ReportSection section{
            QStringLiteral("summary"),
            QStringLiteral("Summary"),
            QStringLiteral("Snapshots expected from each cluster's backup policy against those taken "
                           "in the period, the largest gap between restorable points and the "
                           "point-in-time windows."),
            {},
            {},
            {}};
    section.figures = {
            {QStringLiteral("clusters"), QStringLiteral("Clusters"), qint64(clusters), Type::Integer},
            {QStringLiteral("expected"), QStringLiteral("Snapshots expected"), qint64(clusters) * 186,
             Type::Integer},
            {QStringLiteral("taken"), QStringLiteral("Snapshots taken"), qint64(clusters) * 183,
             Type::Integer},
            {QStringLiteral("coverage"), QStringLiteral("Coverage"), 98.4, Type::Percent},
            {QStringLiteral("worstRpo"), QStringLiteral("Worst achieved RPO"), qint64(2 * 86400 + 3 * 3600),
             Type::Duration},
            {QStringLiteral("stored"), QStringLiteral("Snapshot storage"), qint64(clusters) * 412'000'000'000,
             Type::Bytes},
    };
    return section;
}

ReportSection charts(int clusters)
{
    ReportSection section{QStringLiteral("trend"), QStringLiteral("Over the period"), {}, {}, {}, {}};
    ReportChart bars{QStringLiteral("snapshotsPerDay"),
                     QStringLiteral("Snapshots per day"),
                     ReportChart::Kind::StackedBars,
                     Type::Integer,
                     {},
                     {}};
    ReportChart lines{QStringLiteral("storage"),
                      QStringLiteral("Snapshot storage by frequency"),
                      ReportChart::Kind::Lines,
                      Type::Bytes,
                      {},
                      {}};
    bars.series
            = {{QStringLiteral("taken"), {}}, {QStringLiteral("missed"), {}}, {QStringLiteral("failed"), {}}};
    lines.series = {{QStringLiteral("hourly"), {}},
                    {QStringLiteral("daily"), {}},
                    {QStringLiteral("weekly"), {}},
                    {QStringLiteral("monthly"), {}}};
    for (int d = 0; d < kDays; ++d) {
        const QString day = kTo.addDays(d - kDays).toString(QStringLiteral("MM-dd"));
        bars.categories.append(day);
        lines.categories.append(day);
        bars.series[0].values.append(clusters * 2.0 - (d % 7) * 3);
        bars.series[1].values.append((d % 7) * 2);
        bars.series[2].values.append(d % 11 == 0 ? 5 : 1);
        for (int s = 0; s < 4; ++s)
            lines.series[s].values.append(clusters * (4.0e10 / (s + 1)) * (1 + d / 300.0));
    }
    section.charts = {bars, lines};
    return section;
}

ReportTable table(const QString &key, const QString &title, const QList<ReportColumn> &columns)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columns = columns;
    return t;
}

QList<ReportSection> clusterSections(int clusters)
{
    ReportTable byCluster
            = table(QStringLiteral("clusters"), QStringLiteral("Coverage by cluster"),
                    {{QStringLiteral("cluster"), QStringLiteral("Cluster"), Type::Text},
                     {QStringLiteral("tier"), QStringLiteral("Tier"), Type::Text},
                     {QStringLiteral("expected"), QStringLiteral("Expected"), Type::Integer},
                     {QStringLiteral("taken"), QStringLiteral("Taken"), Type::Integer},
                     {QStringLiteral("missed"), QStringLiteral("Missed"), Type::Integer},
                     {QStringLiteral("failed"), QStringLiteral("Failed"), Type::Integer},
                     {QStringLiteral("coverage"), QStringLiteral("Coverage"), Type::Percent},
                     {QStringLiteral("rpo"), QStringLiteral("Achieved RPO"), Type::Duration},
                     {QStringLiteral("oldest"), QStringLiteral("Oldest restorable"), Type::DateTime},
                     {QStringLiteral("pit"), QStringLiteral("PIT"), Type::Boolean}});
    ReportTable missed
            = table(QStringLiteral("missedSnapshots"), QStringLiteral("Missed and failed snapshots"),
                    {{QStringLiteral("cluster"), QStringLiteral("Cluster"), Type::Text},
                     {QStringLiteral("due"), QStringLiteral("Due"), Type::DateTime},
                     {QStringLiteral("frequency"), QStringLiteral("Frequency"), Type::Text},
                     {QStringLiteral("outcome"), QStringLiteral("Outcome"), Type::Text},
                     {QStringLiteral("size"), QStringLiteral("Last size"), Type::Bytes}});
    ReportTable pit = table(QStringLiteral("pitWindows"), QStringLiteral("Point-in-time windows"),
                            {{QStringLiteral("cluster"), QStringLiteral("Cluster"), Type::Text},
                             {QStringLiteral("from"), QStringLiteral("Restorable from"), Type::DateTime},
                             {QStringLiteral("to"), QStringLiteral("Restorable to"), Type::DateTime},
                             {QStringLiteral("gaps"), QStringLiteral("Gaps"), Type::Integer},
                             {QStringLiteral("longestGap"), QStringLiteral("Longest gap"), Type::Duration}});
    static const QStringList kFrequencies{QStringLiteral("hourly"), QStringLiteral("daily"),
                                          QStringLiteral("weekly"), QStringLiteral("monthly")};
    for (int i = 0; i < clusters; ++i) {
        const QString name = clusterName(i);
        const int lost = i % 4;
        byCluster.rows.append({name, QStringLiteral("M%1").arg(10 * (1 + i % 6)), qint64(186),
                               qint64(186 - lost), qint64(lost / 2), qint64(lost - lost / 2),
                               100.0 * (186 - lost) / 186, qint64(3600 * (1 + i % 30)),
                               kTo.addDays(-35 - i % 20), i % 3 != 0});
        missed.rows.append(
                {name, kTo.addSecs(-3600 * (1 + i % 2000)), kFrequencies[i % 4],
                 i % 5 == 0 ? QStringLiteral("failed: snapshot timed out") : QStringLiteral("missed"),
                 qint64(1'000'000) * (1000 + i * 37)});
        pit.rows.append(
                {name, kTo.addDays(-7), kTo.addSecs(-60 * (i % 90)), qint64(i % 3), qint64(60 * (i % 45))});
    }
    QList<ReportSection> sections;
    for (const ReportTable &t : {byCluster, missed, pit})
        sections.append({t.key, t.title, {}, {}, {t}, {}});
    return sections;
}

} // namespace

ReportDocument largeCoverageReport(int clusters)
{
    ReportDocument document;
    document.spec.kind = ReportKind::Coverage;
    document.spec.scope = ReportScope::organization(QStringLiteral("6650a0000000000000000001"));
    document.spec.from = kTo.addDays(-kDays);
    document.spec.to = kTo;
    document.spec.generatedAt = kTo.addDays(1);
    document.spec.profileName = QStringLiteral("bench");
    document.title = QStringLiteral("Backup coverage — Snapline-Demo (large)");
    document.scopeLabel = QStringLiteral("Organization Snapline-Demo (large)");
    document.sections = {summary(clusters), charts(clusters)};
    document.sections += clusterSections(clusters);
    return document;
}

} // namespace snapline::bench
