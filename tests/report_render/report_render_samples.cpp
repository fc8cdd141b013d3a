#include "report_render_samples.h"

#include <QDateTime>

namespace snapline::test {

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReportSection summary()
{
    using Type = ReportColumn::Type;
    ReportSection section;
    section.key = QStringLiteral("summary");
    section.title = QStringLiteral("Summary");
    section.text = QStringLiteral("Coverage of every cluster in the period. ") + kTrickyText;
    section.figures = {
            {QStringLiteral("clusters"), QStringLiteral("Clusters"), qint64(kClusterRows), Type::Integer},
            {QStringLiteral("snapshotsTaken"), QStringLiteral("Snapshots taken"), qint64(12345),
             Type::Integer},
            {QStringLiteral("coverage"), QStringLiteral("Coverage"), 98.5, Type::Percent},
            {QStringLiteral("largestGap"), QStringLiteral("Largest gap"), qint64(93600), Type::Duration},
            {QStringLiteral("stored"), QStringLiteral("Stored"), qint64(1'500'000'000'000), Type::Bytes},
            {QStringLiteral("policyActive"), QStringLiteral("Compliance policy active"), true, Type::Boolean},
            {QStringLiteral("oldest"), QStringLiteral("Oldest restorable point"), utc("2026-09-14T06:30:00Z"),
             Type::DateTime},
    };
    return section;
}

ReportSection charts()
{
    ReportSection section;
    section.key = QStringLiteral("charts");
    section.title = QStringLiteral("Snapshots and storage");
    ReportChart bars;
    bars.key = QStringLiteral("snapshotsPerDay");
    bars.title = QStringLiteral("Snapshots per day");
    bars.kind = ReportChart::Kind::StackedBars;
    ReportChart::Series taken{QStringLiteral("taken"), {}};
    ReportChart::Series missed{QStringLiteral("missed"), {}};
    ReportChart::Series failed{QStringLiteral("failed"), {}};
    ReportChart lines;
    lines.key = QStringLiteral("storage");
    lines.title = QStringLiteral("Storage by frequency");
    lines.kind = ReportChart::Kind::Lines;
    lines.valueType = ReportColumn::Type::Bytes;
    ReportChart::Series hourly{QStringLiteral("hourly"), {}};
    ReportChart::Series daily{QStringLiteral("daily"), {}};
    ReportChart::Series weekly{QStringLiteral("weekly"), {}};
    for (int day = 0; day < 30; ++day) {
        const QString label = QStringLiteral("10-%1").arg(day + 1, 2, 10, QLatin1Char('0'));
        bars.categories.append(label);
        lines.categories.append(label);
        taken.values.append(40 + day % 7);
        missed.values.append(day % 5 == 0 ? 3 : 0);
        failed.values.append(day % 9 == 0 ? 2 : 0);
        hourly.values.append(2.0e11 + day * 1.0e9);
        daily.values.append(1.2e11 + day * 5.0e8);
        weekly.values.append(6.0e10);
    }
    bars.series = {taken, missed, failed};
    lines.series = {hourly, daily, weekly};
    section.charts = {bars, lines};
    return section;
}

ReportSection clusters()
{
    using Type = ReportColumn::Type;
    ReportSection section;
    section.key = QStringLiteral("clusters");
    section.title = QStringLiteral("Clusters");
    ReportTable table;
    table.key = QStringLiteral("clusters");
    table.title = QStringLiteral("Coverage by cluster");
    table.columns = {
            {QStringLiteral("clusterName"), QStringLiteral("Cluster"), Type::Text},
            {QStringLiteral("projectId"), QStringLiteral("Project id"), Type::Text, true},
            {QStringLiteral("tier"), QStringLiteral("Tier"), Type::Text},
            {QStringLiteral("expected"), QStringLiteral("Expected"), Type::Integer},
            {QStringLiteral("taken"), QStringLiteral("Taken"), Type::Integer},
            {QStringLiteral("coverage"), QStringLiteral("Coverage"), Type::Percent},
            {QStringLiteral("largestGap"), QStringLiteral("Largest gap"), Type::Duration},
            {QStringLiteral("stored"), QStringLiteral("Stored"), Type::Bytes},
            {QStringLiteral("lastSnapshot"), QStringLiteral("Last snapshot"), Type::DateTime},
            {QStringLiteral("pit"), QStringLiteral("PIT"), Type::Boolean},
    };
    const QDateTime last = utc("2026-10-31T18:00:00Z");
    for (int r = 0; r < kClusterRows; ++r) {
        table.rows.append(QVariantList{
                sampleClusterName(r), kHiddenId, QStringLiteral("M%1").arg(10 * (1 + r % 5)), qint64(62),
                qint64(62 - r % 3), 100.0 - (r % 3) * 1.6, qint64(3600 * (6 + r % 4)),
                qint64(1'000'000'000) * (r + 1), last.addSecs(-3600 * (r % 24)), r % 2 == 0});
    }
    table.note = QStringLiteral("Expected snapshots follow each cluster's backup policy.");
    section.tables = {table};
    return section;
}

ReportSection restores()
{
    ReportSection section;
    section.key = QStringLiteral("restores");
    section.title = QStringLiteral("Restore activity");
    ReportTable table;
    table.key = QStringLiteral("restoreJobs");
    table.title = QStringLiteral("Restore jobs");
    table.columns = {{QStringLiteral("cluster"), QStringLiteral("Cluster"), ReportColumn::Type::Text},
                     {QStringLiteral("outcome"), QStringLiteral("Outcome"), ReportColumn::Type::Text}};
    table.note = QStringLiteral("No restore was run in the period.");
    section.tables = {table};
    return section;
}

// Rows made on demand, the way a builder hands out a row per snapshot; text
// comes as UTF-8 bytes.
class EvidenceRows final : public ReportRowSource
{
public:
    qint64 rowCount() const override { return kEvidenceRows; }
    void forEachRow(const std::function<bool(const QVariantList &row)> &visit) const override
    {
        for (int r = 0; r < kEvidenceRows; ++r) {
            const QByteArray id = "evidence-row-" + QByteArray::number(r);
            if (!visit(QVariantList{QVariant(id), qint64(r)}))
                return;
        }
    }
};

ReportSection evidence()
{
    using Type = ReportColumn::Type;
    ReportSection section;
    section.key = QStringLiteral("evidence");
    section.title = QStringLiteral("Evidence");
    ReportTable snapshots;
    snapshots.key = QStringLiteral("snapshots");
    snapshots.title = QStringLiteral("Every snapshot");
    snapshots.columns = {{QStringLiteral("snapshotId"), QStringLiteral("Snapshot"), Type::Text},
                         {QStringLiteral("bytes"), QStringLiteral("Bytes"), Type::Bytes}};
    snapshots.dataOnly = true;
    snapshots.source = std::make_shared<EvidenceRows>();
    snapshots.note = QStringLiteral("One row per snapshot created in the period.");
    ReportTable days = snapshots;
    days.key = QStringLiteral("days");
    days.title = QStringLiteral("Every cluster and day");
    days.source.reset();
    days.note.clear();
    days.rows = {QVariantList{QStringLiteral("evidence-day-1"), qint64(1)},
                 QVariantList{QStringLiteral("evidence-day-2"), qint64(2)}};
    section.tables = {snapshots, days};
    return section;
}

} // namespace

QString sampleClusterName(int row)
{
    const QString name = QStringLiteral("cluster-%1").arg(row, 3, 10, QLatin1Char('0'));
    return row == 7 ? name + QStringLiteral(" <é&日本>") : name;
}

ReportDocument sampleReport(PageSize pageSize)
{
    ReportDocument document;
    document.spec.kind = ReportKind::Coverage;
    document.spec.scope = ReportScope::project(QStringLiteral("6650a1b2c3d4e5f6a7b8c9d0"));
    document.spec.from = utc("2026-10-01T00:00:00Z");
    document.spec.to = utc("2026-11-01T00:00:00Z");
    document.spec.generatedAt = utc("2026-11-24T12:00:00Z");
    document.spec.profileName = QStringLiteral("sandbox-demo");
    document.spec.pageSize = pageSize;
    document.title = QStringLiteral("Backup coverage — Payments & <Ops>");
    document.scopeLabel = QStringLiteral("Project Payments (Snapline-Demo), équipe 日本");
    document.sections = {summary(), charts(), clusters(), restores(), evidence()};
    return document;
}

} // namespace snapline::test
