// Coverage worked out by hand on a small fixed history (SmallHistory), as
// the catalog holds it at 2026-11-20 12:00 UTC; the period is 18–20 Nov.
//
// ledger (continuous, restore window 2 days): policy at 06:00, every 6 hours
// kept 2 days + daily kept 7 days, so a tolerance of 1 hour. Expected:
//   18th 00:00 hourly   no snapshot; 00:00 + 2 days <= 20th 12:00   aged out
//   18th 06:00 daily    s1 at 06:05                                   taken
//   18th 12:00 hourly   no snapshot; 12:00 + 2 days = 20th 12:00      aged out
//   18th 18:00 hourly   s2 at 18:10                                   taken
//   19th 00:00 hourly   nothing (s6 at 03:00 is on demand)            missed
//   19th 06:00 daily    s3 failed                                     missed (failed)
//   19th 12:00 hourly   s4 at 12:30                                   taken
//   19th 18:00 hourly   s5 at 18:00                                   taken
// 8 expected, 4 taken, 2 missed, 2 not judged: coverage 4/6 = 66.67 %.
// Restorable: the oplog covers 17th 12:00 – 19th 08:00 and 19th 10:00 –
// 20th 11:59, so the largest gap is the PIT gap, 7,200 s. Oldest restorable
// at 20th 12:00: s0 (15th 06:00, kept until the 22nd).
//
// archive (snapshots only): daily at 06:00 kept 7 days: a1 17th 06:00, a2
// 18th 06:00, nothing on the 19th: 2 expected, 1 taken, 1 missed (50 %).
// Largest gap: from a2 (18th 06:00) to the end of the period (20th 00:00),
// 151,200 s; the gap 17th 06:00 – 18th 06:00 (86,400 s) is smaller.
#include "report/cluster_coverage.h"
#include "report/report_builder.h"
#include "report_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

const ReportSection &sectionOf(const ReportDocument &d, const char *key)
{
    static const ReportSection none;
    const ReportSection *s = d.section(QString::fromLatin1(key));
    return s ? *s : none;
}

// The row of `table` whose `keyColumn` holds `value`, as strings by column key.
QHash<QString, QVariant> row(const ReportTable *table, const char *keyColumn, const QString &value)
{
    QHash<QString, QVariant> out;
    if (!table)
        return out;
    const int key = table->columnIndex(QString::fromLatin1(keyColumn));
    table->forEachRow([&](const QVariantList &r) {
        if (r.value(key).toString() != value)
            return true;
        for (int i = 0; i < table->columns.size(); ++i)
            out.insert(table->columns[i].key, r.value(i));
        return false;
    });
    return out;
}

} // namespace

class TestReportCoverage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_reader;

    CoverageInput input(const QString &name)
    {
        const Cluster cluster = m_reader->cluster(SmallHistory::kProjectId, name).value().value();
        return {cluster,
                m_reader->backupPolicy(SmallHistory::kProjectId, name).value(),
                m_reader->snapshots(SmallHistory::kProjectId, name).value(),
                SmallHistory::from(),
                SmallHistory::to(),
                SmallHistory::now()};
    }

    ReportDocument build(const ReportScope &scope)
    {
        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.scope = scope;
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.generatedAt = SmallHistory::now();
        auto document = ReportBuilder::build(*m_reader, spec);
        if (!document)
            qWarning() << document.error().message;
        return document ? std::move(document).value() : ReportDocument{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const Status written = SmallHistory::write(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        m_reader = std::move(Catalog::openReader(path, std::make_shared<ManualClock>(SmallHistory::now())))
                           .value();
    }

    void ledgerByHand()
    {
        const ClusterCoverage c = assessCoverage(input(QStringLiteral("ledger")));
        QVERIFY(c.scheduled);
        QCOMPARE(c.toleranceSeconds, 3600);
        QCOMPARE(c.expected, 8);
        QCOMPARE(c.taken, 4);
        QCOMPARE(c.missed, 2);
        QCOMPARE(c.agedOut, 2);
        QCOMPARE(c.pending, 0);
        QCOMPARE(c.beforeHistory, 0);
        QCOMPARE(c.coveragePercent(), std::optional(66.67));
        QCOMPARE(c.missedSnapshots.size(), 2);
        QCOMPARE(c.missedSnapshots[0].expected.at, SmallHistory::at("2026-11-19T00:00:00Z"));
        QCOMPARE(toString(c.missedSnapshots[0].expected.frequency), toString(Frequency::Hourly));
        QCOMPARE(c.missedSnapshots[0].reason, MissedSnapshot::Reason::NoSnapshot);
        QCOMPARE(c.missedSnapshots[1].expected.at, SmallHistory::at("2026-11-19T06:00:00Z"));
        QCOMPARE(toString(c.missedSnapshots[1].expected.frequency), toString(Frequency::Daily));
        QCOMPARE(c.missedSnapshots[1].reason, MissedSnapshot::Reason::Failed);
        QCOMPARE(c.missedSnapshots[1].snapshotId, QStringLiteral("s3"));
        QCOMPARE(c.failedSnapshots.size(), 1);
        QCOMPARE(c.failedSnapshots[0].id, QStringLiteral("s3"));
        QCOMPARE(c.completed, 5); // s1 s2 s6 s4 s5
        QCOMPARE(c.completedOnDemand, 1);
        QCOMPARE(c.inPeriod, 6);
        QCOMPARE(c.achievedRpoSeconds(), 7200);
        QCOMPARE(c.largestGap->from, SmallHistory::at("2026-11-19T08:00:00Z"));
        QCOMPARE(c.largestGap->to, SmallHistory::at("2026-11-19T10:00:00Z"));
        QCOMPARE(c.oldestRestorable, std::optional(SmallHistory::at("2026-11-15T06:00:00Z")));
        QCOMPARE(c.newestRestorable, std::optional(SmallHistory::at("2026-11-20T11:59:00Z")));
        QVERIFY(c.pitEnabled);
        QCOMPARE(c.pitWindow->from, SmallHistory::at("2026-11-18T12:00:00Z"));
        QCOMPARE(c.pitGaps.size(), 1);
        QCOMPARE(c.pitGapSeconds(), 7200);
        QCOMPARE(c.days.value(QDate(2026, 11, 18)), (CoverageDay{4, 2, 0}));
        QCOMPARE(c.days.value(QDate(2026, 11, 19)), (CoverageDay{4, 2, 2}));
    }

    void archiveByHand()
    {
        const ClusterCoverage c = assessCoverage(input(QStringLiteral("archive")));
        QCOMPARE(c.expected, 2);
        QCOMPARE(c.taken, 1);
        QCOMPARE(c.missed, 1);
        QCOMPARE(c.notJudged(), 0);
        QCOMPARE(c.coveragePercent(), std::optional(50.0));
        QCOMPARE(c.achievedRpoSeconds(), 151200);
        QCOMPARE(c.largestGap->from, SmallHistory::at("2026-11-18T06:00:00Z"));
        QCOMPARE(c.largestGap->to, SmallHistory::to());
        QCOMPARE(c.oldestRestorable, std::optional(SmallHistory::at("2026-11-17T06:00:00Z")));
        QVERIFY(!c.pitEnabled);
        QVERIFY(c.pitGaps.isEmpty());
    }

    // The moments near the catalog's last read are not judged yet; a snapshot
    // still running is not a miss.
    void recentAndRunningAreNotJudged()
    {
        CoverageInput in = input(QStringLiteral("archive"));
        in.to = SmallHistory::at("2026-11-21T00:00:00Z");
        in.asOf = SmallHistory::at("2026-11-20T06:30:00Z"); // 30 min after the 20th's daily
        ClusterCoverage c = assessCoverage(in);
        QCOMPARE(c.expected, 3);
        QCOMPARE(c.pending, 1);
        Snapshot running = in.snapshots.first();
        running.id = QStringLiteral("a3");
        running.createdAt = SmallHistory::at("2026-11-19T06:00:00Z");
        running.status = SnapshotStatus::InProgress;
        in.snapshots << running;
        c = assessCoverage(in);
        QCOMPARE(c.missed, 0);
        QCOMPARE(c.pending, 2);
    }

    void beforeTheFirstSnapshotIsNotJudged()
    {
        CoverageInput in = input(QStringLiteral("archive"));
        in.from = SmallHistory::at("2026-11-14T00:00:00Z");
        const ClusterCoverage c = assessCoverage(in);
        // 14th, 15th, 16th: before a1 (17th); 17th and 18th taken; 19th missed.
        QCOMPARE(c.beforeHistory, 3);
        QCOMPARE(c.taken, 2);
        QCOMPARE(c.missed, 1);
    }

    void theReportCarriesTheFigures()
    {
        const ReportDocument d = build(ReportScope::project(SmallHistory::kProjectId));
        QCOMPARE(d.sections.size(), 5);
        QCOMPARE(d.scopeLabel, QStringLiteral("Project Payments (Org)"));
        const ReportSection &summary = sectionOf(d, "summary");
        const auto value = [&](const char *key) {
            const ReportFigure *f = summary.figure(QString::fromLatin1(key));
            return f ? f->value : QVariant();
        };
        QCOMPARE(value("clusters").toLongLong(), 2);
        QCOMPARE(value("expected").toLongLong(), 10);
        QCOMPARE(value("taken").toLongLong(), 5);
        QCOMPARE(value("missed").toLongLong(), 3);
        QCOMPARE(value("failed").toLongLong(), 1);
        QCOMPARE(value("notJudged").toLongLong(), 2);
        QCOMPARE(value("coveragePercent").toDouble(), 62.5);
        QCOMPARE(value("worstAchievedRpo").toLongLong(), 151200);
        QCOMPARE(value("worstAchievedRpoCluster").toString(), QStringLiteral("Payments / archive"));
        QCOMPARE(value("clustersWithPitGaps").toLongLong(), 1);

        const ReportTable *days = summary.table(u"days");
        QVERIFY(days);
        QCOMPARE(days->rows.size(), 2);
        QCOMPARE(days->rows[0], (QVariantList{QStringLiteral("2026-11-18"), 5, 3, 0, 0}));
        QCOMPARE(days->rows[1], (QVariantList{QStringLiteral("2026-11-19"), 5, 2, 3, 1}));

        const auto ledger
                = row(sectionOf(d, "schedule").table(u"clusters"), "clusterName", QStringLiteral("ledger"));
        QCOMPARE(ledger.value(QStringLiteral("expected")).toLongLong(), 8);
        QCOMPARE(ledger.value(QStringLiteral("taken")).toLongLong(), 4);
        QCOMPARE(ledger.value(QStringLiteral("missed")).toLongLong(), 2);
        QCOMPARE(ledger.value(QStringLiteral("failed")).toLongLong(), 1);
        QCOMPARE(ledger.value(QStringLiteral("agedOut")).toLongLong(), 2);
        QCOMPARE(ledger.value(QStringLiteral("coveragePercent")).toDouble(), 66.67);
        QCOMPARE(ledger.value(QStringLiteral("backupKind")).toString(), QStringLiteral("cloudContinuous"));

        const auto recovery
                = row(sectionOf(d, "recovery").table(u"clusters"), "clusterName", QStringLiteral("ledger"));
        QCOMPARE(recovery.value(QStringLiteral("achievedRpo")).toLongLong(), 7200);
        QCOMPARE(recovery.value(QStringLiteral("oldestRestorable")).toDateTime(),
                 SmallHistory::at("2026-11-15T06:00:00Z"));
        QCOMPARE(recovery.value(QStringLiteral("pitGaps")).toLongLong(), 1);
        QCOMPARE(recovery.value(QStringLiteral("pitWindowFrom")).toDateTime(),
                 SmallHistory::at("2026-11-18T12:00:00Z"));

        const ReportSection &exceptions = sectionOf(d, "exceptions");
        QCOMPARE(exceptions.table(u"missed")->rows.size(), 3);
        const auto failedMiss = row(exceptions.table(u"missed"), "snapshotId", QStringLiteral("s3"));
        QCOMPARE(failedMiss.value(QStringLiteral("reason")).toString(), QStringLiteral("failed"));
        QCOMPARE(failedMiss.value(QStringLiteral("expectedAt")).toDateTime(),
                 SmallHistory::at("2026-11-19T06:00:00Z"));
        QCOMPARE(exceptions.table(u"failed")->rows.size(), 1);
        const auto gap = row(exceptions.table(u"pitGaps"), "clusterName", QStringLiteral("ledger"));
        QCOMPARE(gap.value(QStringLiteral("duration")).toLongLong(), 7200);

        const ReportTable *evidence = sectionOf(d, "evidence").table(u"snapshots");
        QVERIFY(evidence && evidence->dataOnly && evidence->source);
        QCOMPARE(evidence->rowCount(), 7); // s1 s2 s6 s3 s4 s5 and a2
        const auto s3 = row(evidence, "snapshotId", QStringLiteral("s3"));
        QCOMPARE(s3.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(s3.value(QStringLiteral("createdAt")).toDateTime(),
                 SmallHistory::at("2026-11-19T06:00:00Z"));
        QCOMPARE(s3.value(QStringLiteral("projectName")).toString(), QStringLiteral("Payments"));
    }

    void aClusterScopeHasOnlyThatCluster()
    {
        const ReportDocument d
                = build(ReportScope::cluster(SmallHistory::kProjectId, QStringLiteral("ledger")));
        QCOMPARE(d.sections.size(), 5);
        QCOMPARE(sectionOf(d, "schedule").table(u"clusters")->rows.size(), 1);
        QCOMPARE(sectionOf(d, "summary").figure(u"expected")->value.toLongLong(), 8);
    }

    void scopesByNameAndUnknownScopes()
    {
        const ReportDocument byName = build(ReportScope::project(QStringLiteral("Payments")));
        QCOMPARE(byName.spec.scope.id, SmallHistory::kProjectId);
        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.scope = ReportScope::project(QStringLiteral("nope"));
        auto missing = ReportBuilder::build(*m_reader, spec);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("report.scope.unknown"));
        QVERIFY(missing.error().message.contains(u"nope"));
        spec.scope = ReportScope::cluster(SmallHistory::kProjectId, QStringLiteral("ghost"));
        QCOMPARE(ReportBuilder::build(*m_reader, spec).error().code, QStringLiteral("report.scope.unknown"));
        spec.scope = ReportScope::project(SmallHistory::kProjectId);
        spec.to = spec.from;
        QCOMPARE(ReportBuilder::build(*m_reader, spec).error().code, QStringLiteral("report.spec"));
    }

    void aCancelledBuildSaysSo()
    {
        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.scope = ReportScope::organization(SmallHistory::kOrgId);
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        std::atomic_bool cancel = true;
        const auto d = ReportBuilder::build(*m_reader, spec, &cancel);
        QVERIFY(!d);
        QCOMPARE(d.error().code, QStringLiteral("report.cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestReportCoverage)
#include "tst_report_coverage.moc"
