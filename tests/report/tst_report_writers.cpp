// The CSV and JSON writers: values spelled for programs, RFC 4180 read back
// by a parser written here, the zip archive read back (and by unzip when the
// machine has it), one-table CSV files, and the JSON checked against the
// schema in docs/report.schema.json.
#include "report/csv_report_writer.h"
#include "report/json_report_writer.h"
#include "report/report_builder.h"
#include "report/report_value_format.h"
#include "report/zip_reader.h"
#include "report_test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;
using Type = ReportColumn::Type;

namespace {

// A table with every kind of value and every character CSV must quote.
ReportDocument awkwardDocument()
{
    ReportDocument d;
    d.spec.kind = ReportKind::Posture;
    d.spec.scope = ReportScope::project(QStringLiteral("p1"));
    d.spec.to = SmallHistory::now();
    d.spec.generatedAt = SmallHistory::now();
    d.title = QStringLiteral("Awkward — “quotes”");
    d.scopeLabel = QStringLiteral("Project p1");
    ReportSection s;
    s.key = QStringLiteral("things");
    s.title = QStringLiteral("Things");
    s.figures = {{QStringLiteral("count"), QStringLiteral("Count, all"), QVariant::fromValue<qint64>(3),
                  Type::Integer},
                 {QStringLiteral("share"), QStringLiteral("Share"), 62.5, Type::Percent}};
    ReportTable t;
    t.key = QStringLiteral("rows");
    t.title = QStringLiteral("Rows");
    t.columns = {{QStringLiteral("text"), QStringLiteral("Text"), Type::Text, false},
                 {QStringLiteral("count"), QStringLiteral("Count"), Type::Integer, false},
                 {QStringLiteral("ratio"), QStringLiteral("Ratio"), Type::Number, false},
                 {QStringLiteral("share"), QStringLiteral("Share"), Type::Percent, false},
                 {QStringLiteral("size"), QStringLiteral("Size"), Type::Bytes, false},
                 {QStringLiteral("at"), QStringLiteral("At"), Type::DateTime, false},
                 {QStringLiteral("took"), QStringLiteral("Took"), Type::Duration, false},
                 {QStringLiteral("ok"), QStringLiteral("OK"), Type::Boolean, true}};
    const QDateTime withMs = QDateTime::fromMSecsSinceEpoch(1'795'000'000'123, Qt::UTC);
    t.rows = {
            {QStringLiteral("plain"), QVariant::fromValue<qint64>(-5), 0.1, 66.67,
             QVariant::fromValue<qint64>(9'000'000'000'000), SmallHistory::now(),
             QVariant::fromValue<qint64>(7200), true},
            {QStringLiteral("a, b"), QVariant::fromValue<qint64>(0), 1e-7, 100.0,
             QVariant::fromValue<qint64>(0), withMs, QVariant::fromValue<qint64>(0), false},
            {QStringLiteral("say \"hi\"\r\nnext line\nand é ü 雪"), QVariant(), QVariant(), QVariant(),
             QVariant(), QVariant(), QVariant(), QVariant()},
    };
    s.tables = {t};
    d.sections = {s};
    return d;
}

const QList<QStringList> kAwkwardRecords{
        strings({"text", "count", "ratio", "share", "size", "at", "took", "ok"}),
        strings({"plain", "-5", "0.1", "66.67", "9000000000000", "2026-11-20T12:00:00Z", "7200", "true"}),
        strings({"a, b", "0", "1e-07", "100", "0", "2026-11-18T11:06:40.123Z", "0", "false"}),
        strings({"say \"hi\"\r\nnext line\nand é ü 雪", "", "", "", "", "", "", ""}),
};

QJsonObject schema()
{
    return QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/report.schema.json")))).object();
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_reader;

    ReportDocument coverage()
    {
        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.scope = ReportScope::organization(SmallHistory::kOrgId);
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.generatedAt = SmallHistory::now();
        spec.profileName = QStringLiteral("prod");
        return ReportBuilder::build(*m_reader, spec).value();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString catalog = path(QStringLiteral("catalog.sqlite"));
        QVERIFY(SmallHistory::write(catalog));
        m_reader = std::move(Catalog::openReader(catalog, std::make_shared<ManualClock>(SmallHistory::now())))
                           .value();
        QVERIFY(!schema().isEmpty());
    }

    void isoTimes_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00Z";
        QTest::newRow("leap day")
                << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch()
                << "2024-02-29T23:59:59Z";
        QTest::newRow("milliseconds") << qint64(1'795'000'000'007) << "2026-11-18T11:06:40.007Z";
        QTest::newRow("before 1970") << qint64(-1000) << "1969-12-31T23:59:59Z";
        QTest::newRow("year 2400") << QDateTime(QDate(2400, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                                   << "2400-03-01T00:00:00Z";
    }

    void isoTimes()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QByteArray out;
        ReportValueFormat::appendIsoTime(out, ms);
        QCOMPARE(QString::fromLatin1(out), text);
        QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch(), ms);
    }

    void csvReadsBackExactly()
    {
        const QString folder = path(QStringLiteral("awkward"));
        const auto files = CsvReportWriter().write(awkwardDocument(), folder, nullptr, {});
        QVERIFY2(files, qPrintable(files ? QString() : files.error().message));
        QCOMPARE(*files,
                 (QStringList{QDir(folder).filePath(QStringLiteral("things-figures.csv")),
                              QDir(folder).filePath(QStringLiteral("things-rows.csv"))}));
        const QByteArray bytes = readFile(files->at(1));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
        QVERIFY(bytes.endsWith("\r\n"));
        const CsvTable table = parseCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.records, kAwkwardRecords);
        const CsvTable figures = parseCsv(readFile(files->at(0)));
        QCOMPARE(figures.records,
                 (QList<QStringList>{strings({"key", "label", "type", "value"}),
                                     strings({"count", "Count, all", "integer", "3"}),
                                     strings({"share", "Share", "percent", "62.5"})}));
    }

    void csvOfTheCoverageMatchesTheCatalog()
    {
        const QString folder = path(QStringLiteral("coverage"));
        const auto files = CsvReportWriter().write(coverage(), folder, nullptr, {});
        QVERIFY(files);
        QStringList names;
        for (const QString &f : *files)
            names << QFileInfo(f).fileName();
        QCOMPARE(names,
                 strings({"summary-figures.csv", "summary-days.csv", "schedule-clusters.csv",
                          "schedule-policies.csv", "recovery-clusters.csv", "exceptions-missed.csv",
                          "exceptions-failed.csv", "exceptions-pitGaps.csv", "evidence-snapshots.csv"}));
        const CsvTable snapshots
                = parseCsv(readFile(QDir(folder).filePath(QStringLiteral("evidence-snapshots.csv"))));
        QVERIFY2(snapshots.ok(), qPrintable(snapshots.error));
        const QStringList header = snapshots.records.first();
        QCOMPARE(header,
                 strings({"projectId", "projectName", "clusterName", "snapshotId", "createdAt", "expiresAt",
                          "frequency", "origin", "status", "storageBytes"}));
        // Every snapshot the catalog holds for the period, field by field.
        QHash<QString, QStringList> byId;
        for (const QStringList &r : snapshots.records.mid(1))
            byId.insert(r[3], r);
        int inPeriod = 0;
        for (const QString &cluster : {QStringLiteral("archive"), QStringLiteral("ledger")}) {
            for (const Snapshot &s : m_reader->snapshots(SmallHistory::kProjectId, cluster).valueOr({})) {
                if (s.createdAt < SmallHistory::from() || s.createdAt >= SmallHistory::to()) {
                    QVERIFY(!byId.contains(s.id));
                    continue;
                }
                ++inPeriod;
                const QStringList r = byId.value(s.id);
                QCOMPARE(r.value(0), SmallHistory::kProjectId);
                QCOMPARE(r.value(1), QStringLiteral("Payments"));
                QCOMPARE(r.value(2), cluster);
                QCOMPARE(QDateTime::fromString(r.value(4), Qt::ISODateWithMs), s.createdAt);
                QCOMPARE(QDateTime::fromString(r.value(5), Qt::ISODateWithMs), s.expiresAt);
                QCOMPARE(r.value(6), toString(s.frequency));
                QCOMPARE(r.value(7), toString(s.origin));
                QCOMPARE(r.value(8), toString(s.status));
                QCOMPARE(r.value(9).toLongLong(), s.storageSizeBytes);
            }
        }
        QCOMPARE(snapshots.records.size() - 1, inPeriod);
        const CsvTable schedule
                = parseCsv(readFile(QDir(folder).filePath(QStringLiteral("schedule-clusters.csv"))));
        QCOMPARE(schedule.records.size(), 3);
        QCOMPARE(schedule.records[2].mid(2, 5),
                 strings({"ledger", "cloudContinuous", "Continuous Cloud Backup", "8", "4"}));
    }

    void theZipHoldsTheSameFiles()
    {
        const ReportDocument d = coverage();
        const QString folder = path(QStringLiteral("same"));
        const QString zipPath = path(QStringLiteral("same.zip"));
        QVERIFY(CsvReportWriter().write(d, folder, nullptr, {}));
        const auto written = CsvReportWriter().write(d, zipPath, nullptr, {});
        QVERIFY(written);
        QCOMPARE(*written, QStringList{zipPath});
        const auto zip = ZipReader::open(zipPath);
        QVERIFY2(zip, qPrintable(zip ? QString() : zip.error().message));
        QCOMPARE(zip->entries().size(), 9);
        for (const ZipReader::Entry &e : zip->entries())
            QCOMPARE(zip->readAll(e.name).value(), readFile(QDir(folder).filePath(e.name)));
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            return;
        QProcess test;
        test.start(unzip, {QStringLiteral("-tq"), zipPath});
        QVERIFY(test.waitForFinished(30000));
        QVERIFY2(test.exitCode() == 0, test.readAllStandardOutput().constData());
    }

    void aSingleTableGoesToOneCsvFile()
    {
        ReportDocument d = awkwardDocument();
        d.sections.first().figures.clear();
        const QString file = path(QStringLiteral("one.csv"));
        QCOMPARE(CsvReportWriter().write(d, file, nullptr, {}).value(), QStringList{file});
        QCOMPARE(parseCsv(readFile(file)).records, kAwkwardRecords);
        const auto many = CsvReportWriter().write(coverage(), path(QStringLiteral("many.csv")), nullptr, {});
        QVERIFY(!many);
        QCOMPARE(many.error().code, QStringLiteral("report.csv.tables"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("many.csv"))));
    }

    // Long enough for the writers to look at the cancel flag half way.
    void aCancelledWriteLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("folder") << "cancelled";
        QTest::newRow("zip") << "cancelled.zip";
        QTest::newRow("json") << "cancelled.json";
    }

    void aCancelledWriteLeavesNothing()
    {
        QFETCH(QString, name);
        ReportDocument d = awkwardDocument();
        ReportTable &t = d.sections.first().tables.first();
        const QVariantList first = t.rows.first();
        for (int i = 0; i < 20000; ++i)
            t.rows << first;
        const QString place = path(QStringLiteral("cancel-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(place));
        std::atomic_bool cancel = false;
        int calls = 0;
        const auto progress = [&](int) {
            if (++calls == 2)
                cancel = true;
        };
        std::unique_ptr<ReportWriter> writer
                = ReportWriter::forFormat(name.endsWith(u".json") ? ReportFormat::Json : ReportFormat::Csv);
        const auto written = writer->write(d, QDir(place).filePath(name), &cancel, progress);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("report.cancelled"));
        QCOMPARE(QDir(place).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void jsonFollowsItsSchema_data()
    {
        QTest::addColumn<int>("kind");
        for (const ReportKind kind : allReportKinds())
            QTest::newRow(qPrintable(toString(kind))) << int(kind);
    }

    void jsonFollowsItsSchema()
    {
        QFETCH(int, kind);
        ReportSpec spec;
        spec.kind = ReportKind(kind);
        spec.scope = ReportScope::project(SmallHistory::kProjectId);
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.generatedAt = SmallHistory::now();
        const ReportDocument d = ReportBuilder::build(*m_reader, spec).value();
        const QString file = path(toString(spec.kind) + QStringLiteral(".json"));
        QVERIFY(JsonReportWriter().write(d, file, nullptr, {}));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(readFile(file), &error);
        QVERIFY2(json.isObject(), qPrintable(error.errorString()));
        const QStringList problems = validateJson(json.object(), schema());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // What the schema cannot say: every row has exactly its table's columns.
        const QJsonArray sections = json.object().value(u"sections").toArray();
        QCOMPARE(sections.size(), d.sections.size());
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const QJsonArray tables = sections[s].toObject().value(u"tables").toArray();
            QCOMPARE(tables.size(), d.sections[s].tables.size());
            for (qsizetype t = 0; t < tables.size(); ++t) {
                const ReportTable &table = d.sections[s].tables[t];
                QStringList keys;
                for (const ReportColumn &c : table.columns)
                    keys << c.key;
                keys.sort();
                const QJsonArray rows = tables[t].toObject().value(u"rows").toArray();
                QCOMPARE(rows.size(), table.rowCount());
                QCOMPARE(tables[t].toObject().value(u"rowCount").toInteger(), table.rowCount());
                for (const QJsonValue &r : rows)
                    QCOMPARE(r.toObject().keys(), keys);
            }
        }
    }

    void jsonCarriesTheValues()
    {
        const QString file = path(QStringLiteral("awkward.json"));
        QVERIFY(JsonReportWriter().write(awkwardDocument(), file, nullptr, {}));
        const QJsonObject root = QJsonDocument::fromJson(readFile(file)).object();
        QVERIFY(validateJson(root, schema()).isEmpty());
        QCOMPARE(root.value(u"title").toString(), QStringLiteral("Awkward — “quotes”"));
        QVERIFY(root.value(u"period").toObject().value(u"from").isNull());
        const QJsonObject table
                = root.value(u"sections").toArray()[0].toObject().value(u"tables").toArray()[0].toObject();
        const QJsonArray rows = table.value(u"rows").toArray();
        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value(u"count").toInteger(), -5);
        QCOMPARE(first.value(u"ratio").toDouble(), 0.1);
        QCOMPARE(first.value(u"share").toDouble(), 66.67);
        QCOMPARE(first.value(u"size").toInteger(), 9'000'000'000'000);
        QCOMPARE(first.value(u"at").toString(), QStringLiteral("2026-11-20T12:00:00Z"));
        QCOMPARE(first.value(u"ok").toBool(), true);
        QCOMPARE(rows[2].toObject().value(u"text").toString(),
                 QStringLiteral("say \"hi\"\r\nnext line\nand é ü 雪"));
        QVERIFY(rows[2].toObject().value(u"count").isNull());
        QCOMPARE(table.value(u"columns").toArray()[7].toObject().value(u"dataOnly").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_report_writers.moc"
