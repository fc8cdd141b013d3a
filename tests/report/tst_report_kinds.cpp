// The posture, compliance, restore activity and storage reports of the
// small fixed history (SmallHistory), figure by figure.
#include "report/report_builder.h"
#include "report_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

constexpr qint64 kGB = 1'000'000'000;

// Every row of a table as column key → value.
QList<QHash<QString, QVariant>> rowsOf(const ReportTable *table)
{
    QList<QHash<QString, QVariant>> out;
    if (!table)
        return out;
    table->forEachRow([&](const QVariantList &r) {
        QHash<QString, QVariant> row;
        for (int i = 0; i < table->columns.size(); ++i)
            row.insert(table->columns[i].key, r.value(i));
        out << row;
        return true;
    });
    return out;
}

QVariant figureOf(const ReportDocument &d, const char *key)
{
    const ReportFigure *f = d.section(u"summary")->figure(QString::fromLatin1(key));
    return f ? f->value : QVariant();
}

} // namespace

class TestReportKinds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_reader;

    ReportDocument build(ReportKind kind)
    {
        ReportSpec spec;
        spec.kind = kind;
        spec.scope = ReportScope::project(SmallHistory::kProjectId);
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.generatedAt = SmallHistory::now();
        auto d = ReportBuilder::build(*m_reader, spec);
        if (!d)
            qWarning() << d.error().message;
        return d ? std::move(d).value() : ReportDocument{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(SmallHistory::write(path));
        m_reader = std::move(Catalog::openReader(path, std::make_shared<ManualClock>(SmallHistory::now())))
                           .value();
    }

    void posture()
    {
        const ReportDocument d = build(ReportKind::Posture);
        QCOMPARE(d.title, QStringLiteral("Backup posture — Payments"));
        QCOMPARE(figureOf(d, "clusters").toLongLong(), 2);
        QCOMPARE(figureOf(d, "belowCompliance").toLongLong(), 1);
        QCOMPARE(figureOf(d, "pointInTime").toLongLong(), 1);
        const auto clusters = rowsOf(d.section(u"posture")->table(u"clusters"));
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0].value(QStringLiteral("clusterName")).toString(), QStringLiteral("archive"));
        QCOMPARE(clusters[0].value(QStringLiteral("compliance")).toString(), QStringLiteral("below"));
        QCOMPARE(clusters[1].value(QStringLiteral("compliance")).toString(), QStringLiteral("meets"));
        QCOMPARE(clusters[1].value(QStringLiteral("pitWindow")).toLongLong(), 2 * 86400);
        QCOMPARE(clusters[1].value(QStringLiteral("snapshotCount")).toLongLong(), 8);
        QCOMPARE(clusters[1].value(QStringLiteral("storageBytes")).toLongLong(), 8 * kGB);
        const auto warnings = rowsOf(d.section(u"posture")->table(u"warnings"));
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const auto &w) {
            return w.value(QStringLiteral("clusterName")).toString() == u"archive"
                    && w.value(QStringLiteral("warning")).toString() == u"belowCompliance";
        }));
        const ReportChart &chart = d.section(u"summary")->charts.first();
        QCOMPARE(chart.categories, QStringList{QStringLiteral("Payments")});
        QCOMPARE(chart.series.size(), 3);
    }

    void compliance()
    {
        const ReportDocument d = build(ReportKind::Compliance);
        const auto policies = rowsOf(d.section(u"policies")->table(u"policies"));
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies[0].value(QStringLiteral("hasPolicy")).toBool(), true);
        QCOMPARE(policies[0].value(QStringLiteral("state")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(policies[0].value(QStringLiteral("authorizedBy")).toString(),
                 QStringLiteral("Grace Hopper"));
        QCOMPARE(policies[0].value(QStringLiteral("updatedBy")).toString(),
                 QStringLiteral("grace@example.com"));
        QCOMPARE(policies[0].value(QStringLiteral("updatedAt")).toDateTime(),
                 SmallHistory::at("2026-10-01T09:30:00Z"));
        QCOMPARE(rowsOf(d.section(u"policies")->table(u"requirements")).size(), 2);
        const auto clusters = rowsOf(d.section(u"clusters")->table(u"clusters"));
        QCOMPARE(clusters[0].value(QStringLiteral("standing")).toString(), QStringLiteral("below"));
        QVERIFY(!clusters[0].value(QStringLiteral("fallsShortOf")).toString().isEmpty());
        QCOMPARE(clusters[1].value(QStringLiteral("standing")).toString(), QStringLiteral("meets"));
        const auto refused = rowsOf(d.section(u"refusals")->table(u"refusedActions"));
        QCOMPARE(refused.size(), 1); // the other project's refusal is outside the scope
        QCOMPARE(refused[0].value(QStringLiteral("principal")).toString(), QStringLiteral("ops (key 4f2a)"));
        QCOMPARE(refused[0].value(QStringLiteral("action")).toString(), QStringLiteral("snapshot.delete"));
        QCOMPARE(refused[0].value(QStringLiteral("codes")).toString(), QStringLiteral("BCP_DELETE"));
        QCOMPARE(refused[0].value(QStringLiteral("at")).toDateTime(),
                 SmallHistory::at("2026-11-19T10:00:00Z"));
        QCOMPARE(figureOf(d, "clustersBelow").toLongLong(), 1);
        QCOMPARE(figureOf(d, "clustersMeeting").toLongLong(), 1);
        QCOMPARE(figureOf(d, "refusedActions").toLongLong(), 1);
    }

    void restores()
    {
        const ReportDocument d = build(ReportKind::RestoreActivity);
        const auto jobs = rowsOf(d.section(u"jobs")->table(u"jobs"));
        QCOMPARE(jobs.size(), 2); // r0 finished before the period
        // r2: started outside Snapline, so placed by its end and nobody named.
        QCOMPARE(jobs[0].value(QStringLiteral("jobId")).toString(), QStringLiteral("r2"));
        QVERIFY(!jobs[0].value(QStringLiteral("requestedAt")).isValid());
        QVERIFY(!jobs[0].value(QStringLiteral("requestedBy")).isValid());
        QCOMPARE(jobs[0].value(QStringLiteral("via")).toString(), QStringLiteral("outside"));
        QCOMPARE(jobs[0].value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(jobs[0].value(QStringLiteral("deliveryType")).toString(), QStringLiteral("download"));
        QVERIFY(!jobs[0].value(QStringLiteral("duration")).isValid());
        // r1: the restore drill Snapline sent; its audit entry says who and when.
        QCOMPARE(jobs[1].value(QStringLiteral("jobId")).toString(), QStringLiteral("r1"));
        QCOMPARE(jobs[1].value(QStringLiteral("requestedAt")).toDateTime(),
                 SmallHistory::at("2026-11-19T12:59:58Z"));
        QCOMPARE(jobs[1].value(QStringLiteral("requestedBy")).toString(), QStringLiteral("ops (key 4f2a)"));
        QCOMPARE(jobs[1].value(QStringLiteral("via")).toString(), QStringLiteral("snapline"));
        QCOMPARE(jobs[1].value(QStringLiteral("sourceCluster")).toString(), QStringLiteral("ledger"));
        QCOMPARE(jobs[1].value(QStringLiteral("snapshotId")).toString(), QStringLiteral("s4"));
        QCOMPARE(jobs[1].value(QStringLiteral("restorePoint")).toDateTime(),
                 SmallHistory::at("2026-11-19T12:30:00Z"));
        QCOMPARE(jobs[1].value(QStringLiteral("targetProject")).toString(), QStringLiteral("Payments"));
        QCOMPARE(jobs[1].value(QStringLiteral("targetCluster")).toString(), QStringLiteral("archive"));
        QCOMPARE(jobs[1].value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(jobs[1].value(QStringLiteral("duration")).toLongLong(), 2402);
        QCOMPARE(figureOf(d, "jobs").toLongLong(), 2);
        QCOMPARE(figureOf(d, "completed").toLongLong(), 1);
        QCOMPARE(figureOf(d, "failed").toLongLong(), 1);
        QCOMPARE(figureOf(d, "viaSnapline").toLongLong(), 1);
        QCOMPARE(figureOf(d, "clustersTested").toLongLong(), 1);
        QCOMPARE(figureOf(d, "clustersUntested").toLongLong(), 1);
        QCOMPARE(figureOf(d, "longestDuration").toLongLong(), 2402);
        const auto drills = rowsOf(d.section(u"drills")->table(u"clusters"));
        QCOMPARE(drills[1].value(QStringLiteral("tested")).toBool(), true);
        QCOMPARE(drills[1].value(QStringLiteral("lastCompletedAt")).toDateTime(),
                 SmallHistory::at("2026-11-19T13:40:00Z"));
        QCOMPARE(drills[0].value(QStringLiteral("tested")).toBool(), false);
    }

    // Bytes held at the end of each day (1 GB a snapshot; failed ones hold nothing):
    // 18th: ledger s0 s1 daily + s2 hourly, archive a1 a2 daily = 4 GB daily + 1 GB hourly;
    // 19th: + s4 s5 hourly and s6 on demand (s3 failed) = 4 GB daily, 3 GB hourly, 1 GB on demand.
    void storage()
    {
        const ReportDocument d = build(ReportKind::Storage);
        const auto days = rowsOf(d.section(u"summary")->table(u"days"));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-18"));
        QCOMPARE(days[0].value(QStringLiteral("dailyBytes")).toLongLong(), 4 * kGB);
        QCOMPARE(days[0].value(QStringLiteral("hourlyBytes")).toLongLong(), 1 * kGB);
        QCOMPARE(days[0].value(QStringLiteral("totalBytes")).toLongLong(), 5 * kGB);
        QCOMPARE(days[1].value(QStringLiteral("hourlyBytes")).toLongLong(), 3 * kGB);
        QCOMPARE(days[1].value(QStringLiteral("onDemandBytes")).toLongLong(), 1 * kGB);
        QCOMPARE(days[1].value(QStringLiteral("totalBytes")).toLongLong(), 8 * kGB);
        QCOMPARE(figureOf(d, "startBytes").toLongLong(), 5 * kGB);
        QCOMPARE(figureOf(d, "endBytes").toLongLong(), 8 * kGB);
        QCOMPARE(figureOf(d, "changeBytes").toLongLong(), 3 * kGB);
        QCOMPARE(figureOf(d, "peakBytes").toLongLong(), 8 * kGB);
        const auto clusters = rowsOf(d.section(u"clusters")->table(u"clusters"));
        QCOMPARE(clusters[1].value(QStringLiteral("clusterName")).toString(), QStringLiteral("ledger"));
        QCOMPARE(clusters[1].value(QStringLiteral("startBytes")).toLongLong(), 3 * kGB);
        QCOMPARE(clusters[1].value(QStringLiteral("totalBytes")).toLongLong(), 6 * kGB);
        const ReportTable *perDay = d.section(u"clusterDays")->table(u"days");
        QVERIFY(perDay->dataOnly);
        QCOMPARE(perDay->rowCount(), 4);
        const ReportChart &chart = d.section(u"summary")->charts.first();
        QCOMPARE(chart.categories, (QStringList{QStringLiteral("2026-11-18"), QStringLiteral("2026-11-19")}));
        QCOMPARE(chart.series.size(), 6);
        QCOMPARE(chart.series[0].values, (QList<double>{1.0 * kGB, 3.0 * kGB})); // hourly
    }
};

QTEST_GUILESS_MAIN(TestReportKinds)
#include "tst_report_kinds.moc"
