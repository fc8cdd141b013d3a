// Every report kind built from a catalog synced from the sandbox's seeded
// organization (3 projects, 19 clusters), exported as CSV and JSON: the CSV
// read back and compared with the catalog, the JSON checked against its
// schema, and the export verified.
#include "atlas_test_sandbox.h"
#include "report/report_builder.h"
#include "report/report_job.h"
#include "report/report_verifier.h"
#include "report_test_support.h"
#include "sync/sync_job.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

// A CSV file as rows of column key → field.
QList<QHash<QString, QString>> readCsv(const QString &path)
{
    const CsvTable table = parseCsv(readFile(path));
    QList<QHash<QString, QString>> out;
    if (!table.ok() || table.records.isEmpty()) {
        qWarning() << path << table.error;
        return out;
    }
    const QStringList header = table.records.first();
    for (const QStringList &record : table.records.mid(1)) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], record.value(i));
        out << row;
    }
    return out;
}

} // namespace

class TestReportSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_catalogPath;
    std::unique_ptr<Catalog> m_reader;
    QString m_orgId;
    QDateTime m_now;

    ReportSpec spec(ReportKind kind) const
    {
        ReportSpec s;
        s.kind = kind;
        s.scope = ReportScope::organization(m_orgId);
        s.from = m_now.addDays(-30);
        s.to = m_now.addSecs(1);
        s.generatedAt = m_now;
        s.profileName = QStringLiteral("sandbox");
        return s;
    }

    // Exports `kind` as a CSV folder through the job and answers the folder.
    QString exportCsv(ReportKind kind)
    {
        ReportRequest r;
        r.catalogPath = m_catalogPath;
        r.spec = spec(kind);
        r.format = ReportFormat::Csv;
        r.outputPath = m_dir.filePath(toString(kind));
        const auto out = ReportJob::runHere(r, ManualClock(m_now));
        if (!out)
            qWarning() << out.error().message;
        return out ? out->path : QString();
    }

    QList<Cluster> allClusters() const
    {
        QList<Cluster> out;
        for (const Project &p : m_reader->projects(m_orgId).valueOr({}))
            out << m_reader->clusters(p.id).value();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        auto writer = std::make_shared<CatalogWriter>(Catalog::open(m_catalogPath, Clock::system()).value());
        Synchronizer synchronizer(m_sandbox->api(QStringLiteral("Owner key")), writer, Clock::system(), {});
        const auto synced = SyncJob::runHere(SyncTarget::everything(), synchronizer, nullptr);
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        m_now = Clock::system()->now();
        m_reader = std::move(Catalog::openReader(m_catalogPath, Clock::system())).value();
        m_orgId = m_reader->organizations()->first().id;
    }

    void everyKindBuildsAndFollowsTheSchema_data()
    {
        QTest::addColumn<int>("kind");
        for (const ReportKind kind : allReportKinds())
            QTest::newRow(qPrintable(toString(kind))) << int(kind);
    }

    void everyKindBuildsAndFollowsTheSchema()
    {
        QFETCH(int, kind);
        ReportRequest r;
        r.catalogPath = m_catalogPath;
        r.spec = spec(ReportKind(kind));
        r.format = ReportFormat::Json;
        r.outputPath = m_dir.filePath(toString(ReportKind(kind)) + QStringLiteral(".json"));
        r.signing = ReportSigning::snaplineKey(m_dir.filePath(QStringLiteral("key.pem")));
        const auto out = ReportJob::runHere(r, ManualClock(m_now));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
        const QJsonDocument json = QJsonDocument::fromJson(readFile(out->path));
        const QJsonObject schema
                = QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/report.schema.json"))))
                          .object();
        const QStringList problems = validateJson(json.object(), schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
        QCOMPARE(json.object().value(u"scope").toObject().value(u"label").toString(),
                 QStringLiteral("Organization Snapline-Demo"));
        const auto verified = ReportVerifier::verify(out->path);
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->signature, ReportVerification::Signature::Valid);
    }

    void postureMatchesTheCatalog()
    {
        const QString folder = exportCsv(ReportKind::Posture);
        const auto rows = readCsv(QDir(folder).filePath(QStringLiteral("posture-clusters.csv")));
        const QList<Cluster> clusters = allClusters();
        QCOMPARE(rows.size(), clusters.size());
        QCOMPARE(rows.size(), 19);
        for (const Cluster &c : clusters) {
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) {
                return r.value(QStringLiteral("projectId")) == c.projectId
                        && r.value(QStringLiteral("clusterName")) == c.name;
            });
            QVERIFY2(row != rows.cend(), qPrintable(c.name));
            QCOMPARE(row->value(QStringLiteral("backupKind")), toString(c.backupKind));
            QCOMPARE(row->value(QStringLiteral("snapshotCount")).toLongLong(),
                     m_reader->snapshotCount(c.projectId, c.name).value());
            QCOMPARE(row->value(QStringLiteral("tier")), c.tier.name());
        }
        const auto figures = readCsv(QDir(folder).filePath(QStringLiteral("summary-figures.csv")));
        QCOMPARE(figures.first().value(QStringLiteral("key")), QStringLiteral("clusters"));
        QCOMPARE(figures.first().value(QStringLiteral("value")), QStringLiteral("19"));
    }

    void coverageMatchesTheCatalog()
    {
        const QString folder = exportCsv(ReportKind::Coverage);
        const ReportSpec s = spec(ReportKind::Coverage);
        QSet<QString> inCatalog, failedInCatalog;
        for (const Cluster &c : allClusters()) {
            for (const Snapshot &snapshot : m_reader->snapshots(c.projectId, c.name).valueOr({})) {
                if (snapshot.createdAt < s.from || snapshot.createdAt >= s.to)
                    continue;
                inCatalog.insert(snapshot.id);
                if (snapshot.status == SnapshotStatus::Failed)
                    failedInCatalog.insert(snapshot.id);
            }
        }
        QVERIFY(inCatalog.size() > 300);
        QSet<QString> inReport;
        for (const auto &row : readCsv(QDir(folder).filePath(QStringLiteral("evidence-snapshots.csv"))))
            inReport.insert(row.value(QStringLiteral("snapshotId")));
        QCOMPARE(inReport, inCatalog);
        QSet<QString> failedInReport;
        for (const auto &row : readCsv(QDir(folder).filePath(QStringLiteral("exceptions-failed.csv"))))
            failedInReport.insert(row.value(QStringLiteral("snapshotId")));
        QCOMPARE(failedInReport, failedInCatalog);

        // Every expected snapshot is counted once.
        const auto schedule = readCsv(QDir(folder).filePath(QStringLiteral("schedule-clusters.csv")));
        int scheduled = 0;
        for (const auto &row : schedule) {
            if (row.value(QStringLiteral("expected")).isEmpty())
                continue;
            ++scheduled;
            QCOMPARE(row.value(QStringLiteral("expected")).toInt(),
                     row.value(QStringLiteral("taken")).toInt() + row.value(QStringLiteral("missed")).toInt()
                             + row.value(QStringLiteral("notJudged")).toInt());
        }
        QVERIFY(scheduled >= 8);
        // The sandbox's oplog ranges are not in Atlas's API, so the catalog
        // has none to find gaps in; what the table holds must add up.
        for (const auto &gap : readCsv(QDir(folder).filePath(QStringLiteral("exceptions-pitGaps.csv")))) {
            const QDateTime from = QDateTime::fromString(gap.value(QStringLiteral("from")), Qt::ISODate);
            const QDateTime to = QDateTime::fromString(gap.value(QStringLiteral("to")), Qt::ISODate);
            QCOMPARE(gap.value(QStringLiteral("duration")).toLongLong(), from.secsTo(to));
        }
    }

    void restoresMatchTheCatalog()
    {
        const QString folder = exportCsv(ReportKind::RestoreActivity);
        const ReportSpec s = spec(ReportKind::RestoreActivity);
        QSet<QString> inCatalog;
        for (const Cluster &c : allClusters()) {
            // Atlas gives these jobs no creation time: they are placed by when they finished.
            for (const RestoreJob &job : m_reader->restoreJobs(c.projectId, c.name).valueOr({})) {
                const QDateTime at = job.createdAt.isValid() ? job.createdAt : job.finishedAt;
                if ((at >= s.from && at < s.to) || (!at.isValid() && !job.isFinished()))
                    inCatalog.insert(job.id);
            }
        }
        QVERIFY(inCatalog.size() >= 5);
        const auto jobs = readCsv(QDir(folder).filePath(QStringLiteral("jobs-jobs.csv")));
        QSet<QString> inReport;
        for (const auto &row : jobs) {
            inReport.insert(row.value(QStringLiteral("jobId")));
            QVERIFY(!row.value(QStringLiteral("outcome")).isEmpty());
        }
        QCOMPARE(inReport, inCatalog);
        const auto outcomes = QSet<QString>{QStringLiteral("completed"), QStringLiteral("failed"),
                                            QStringLiteral("cancelled")};
        QSet<QString> seen;
        for (const auto &row : jobs)
            seen.insert(row.value(QStringLiteral("outcome")));
        QVERIFY(seen.contains(outcomes));
    }

    void complianceNamesThePolicy()
    {
        const QString folder = exportCsv(ReportKind::Compliance);
        const auto policies = readCsv(QDir(folder).filePath(QStringLiteral("policies-policies.csv")));
        QCOMPARE(policies.size(), 3);
        const QString payments = m_sandbox->projectId(QStringLiteral("Payments"));
        const auto bcp = m_reader->compliancePolicy(payments).value();
        QVERIFY(bcp);
        for (const auto &row : policies) {
            const bool isPayments = row.value(QStringLiteral("projectId")) == payments;
            QCOMPARE(row.value(QStringLiteral("hasPolicy")),
                     isPayments ? QStringLiteral("true") : QStringLiteral("false"));
            if (isPayments) {
                QCOMPARE(row.value(QStringLiteral("authorizedEmail")), bcp->authorizedEmail);
                QCOMPARE(row.value(QStringLiteral("state")), toString(bcp->state));
            }
        }
        const auto clusters = readCsv(QDir(folder).filePath(QStringLiteral("clusters-clusters.csv")));
        QCOMPARE(clusters.size(), 19);
    }

    void storageAddsUp()
    {
        const QString folder = exportCsv(ReportKind::Storage);
        const auto days = readCsv(QDir(folder).filePath(QStringLiteral("summary-days.csv")));
        QCOMPARE(days.size(), 31);
        const auto last = days.last();
        qint64 byFrequency = 0;
        for (const char *key :
             {"hourlyBytes", "dailyBytes", "weeklyBytes", "monthlyBytes", "yearlyBytes", "onDemandBytes"})
            byFrequency += last.value(QString::fromLatin1(key)).toLongLong();
        QCOMPARE(last.value(QStringLiteral("totalBytes")).toLongLong(), byFrequency);
        QVERIFY(byFrequency > 0);
        // The scope's day is the sum of its clusters' days.
        qint64 clusters = 0;
        for (const auto &row : readCsv(QDir(folder).filePath(QStringLiteral("clusterDays-days.csv")))) {
            if (row.value(QStringLiteral("day")) == last.value(QStringLiteral("day")))
                clusters += row.value(QStringLiteral("totalBytes")).toLongLong();
        }
        QCOMPARE(clusters, byFrequency);
    }
};

QTEST_GUILESS_MAIN(TestReportSandbox)
#include "tst_report_sandbox.moc"
