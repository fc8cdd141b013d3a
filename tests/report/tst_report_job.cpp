// The export job: from a catalog file to a verified report on a worker
// thread, with progress; and bad input that gives a clear error and leaves
// nothing behind: a folder that cannot be written, a missing folder, a
// folder that is not a report, a catalog that is not there, and cancel.
#include "report/report_job.h"
#include "report/report_verifier.h"
#include "report_test_support.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace snapline;
using namespace snapline::test;

namespace {

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestReportJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    ReportRequest request(ReportFormat format, const QString &out,
                          ReportKind kind = ReportKind::Coverage) const
    {
        ReportRequest r;
        r.catalogPath = m_catalog;
        r.spec.kind = kind;
        r.spec.scope = ReportScope::organization(SmallHistory::kOrgId);
        r.spec.from = SmallHistory::from();
        r.spec.to = SmallHistory::to();
        r.format = format;
        r.outputPath = out;
        return r;
    }

    QString folder(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(SmallHistory::write(m_catalog));
    }

    void theJobExportsOnAWorker()
    {
        const QString out = QDir(folder(QStringLiteral("job"))).filePath(QStringLiteral("coverage"));
        ReportRequest r = request(ReportFormat::Csv, out);
        r.signing = ReportSigning::snaplineKey(m_dir.filePath(QStringLiteral("key.pem")));
        ReportJob job(r, std::make_shared<ManualClock>(SmallHistory::now()));
        QSignalSpy progress(&job, &Job::progressChanged);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
        QCOMPARE(job.state(), Job::State::Succeeded);
        const ReportOutput &output = job.result()->value();
        QCOMPARE(output.path, out);
        QCOMPARE(output.files.size(), 9);
        QVERIFY(output.bytes > 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().value<JobProgress>().done, 100);
        const auto verified = ReportVerifier::verify(out);
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->signature, ReportVerification::Signature::Valid);
        // generatedAt came from the job's clock.
        QCOMPARE(verified->manifest.generatedAt, SmallHistory::now());
        QCOMPARE(entriesOf(QFileInfo(out).absolutePath()), QStringList{QStringLiteral("coverage")});
    }

    void everyKindExports_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        for (const ReportKind kind : allReportKinds()) {
            QTest::newRow(qPrintable(toString(kind) + QStringLiteral(" csv")))
                    << int(kind) << int(ReportFormat::Csv);
            QTest::newRow(qPrintable(toString(kind) + QStringLiteral(" json")))
                    << int(kind) << int(ReportFormat::Json);
        }
    }

    void everyKindExports()
    {
        QFETCH(int, kind);
        QFETCH(int, format);
        // CSV goes to a folder, JSON to a file.
        const QString name = toString(ReportKind(kind))
                + (ReportFormat(format) == ReportFormat::Csv ? QStringLiteral("-csv")
                                                             : QStringLiteral(".json"));
        const QString out = QDir(folder(QStringLiteral("kinds"))).filePath(name);
        const auto output = ReportJob::runHere(request(ReportFormat(format), out, ReportKind(kind)),
                                               ManualClock(SmallHistory::now()));
        QVERIFY2(output, qPrintable(output ? QString() : output.error().message));
        QVERIFY(ReportVerifier::verify(out)->intact());
    }

    void aFolderThatCannotBeWritten()
    {
        // /proc takes no new files, whoever runs the test (root included).
        const auto output = ReportJob::runHere(
                request(ReportFormat::Json, QStringLiteral("/proc/snapline-report.json")),
                ManualClock(SmallHistory::now()));
        QVERIFY(!output);
        QCOMPARE(output.error().code, QStringLiteral("report.write"));
        QVERIFY2(output.error().message.contains(u"/proc"), qPrintable(output.error().message));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/snapline-report.json")));

        if (::geteuid() == 0)
            return; // root writes through permissions; /proc showed the point
        const QString locked = folder(QStringLiteral("locked"));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto refused
                = ReportJob::runHere(request(ReportFormat::Csv, QDir(locked).filePath(QStringLiteral("out"))),
                                     ManualClock(SmallHistory::now()));
        QFile::setPermissions(locked,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("report.write"));
        QVERIFY(entriesOf(locked).isEmpty());
    }

    void aFolderThatIsNotThere()
    {
        const auto output = ReportJob::runHere(
                request(ReportFormat::Json, m_dir.filePath(QStringLiteral("no/such/folder/report.json"))),
                ManualClock(SmallHistory::now()));
        QVERIFY(!output);
        QCOMPARE(output.error().code, QStringLiteral("report.write"));
        QVERIFY(output.error().message.contains(u"does not exist"));
    }

    void aFolderThatIsNotAReportIsLeftAlone()
    {
        const QString mine = folder(QStringLiteral("photos"));
        QFile photo(QDir(mine).filePath(QStringLiteral("holiday.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("jpeg");
        photo.close();
        const auto output
                = ReportJob::runHere(request(ReportFormat::Csv, mine), ManualClock(SmallHistory::now()));
        QVERIFY(!output);
        QCOMPARE(output.error().code, QStringLiteral("report.write"));
        QCOMPARE(entriesOf(mine), QStringList{QStringLiteral("holiday.jpg")});
        QCOMPARE(entriesOf(m_dir.path()).filter(u".snapline-report"), QStringList());
    }

    void anEarlierReportIsReplaced()
    {
        const QString out = QDir(folder(QStringLiteral("cron"))).filePath(QStringLiteral("nightly"));
        QVERIFY(ReportJob::runHere(request(ReportFormat::Csv, out), ManualClock(SmallHistory::now())));
        QVERIFY(ReportJob::runHere(request(ReportFormat::Csv, out, ReportKind::Storage),
                                   ManualClock(SmallHistory::now())));
        const auto verified = ReportVerifier::verify(out);
        QVERIFY(verified->intact());
        QCOMPARE(toString(verified->manifest.spec.kind), toString(ReportKind::Storage));
        QCOMPARE(entriesOf(QFileInfo(out).absolutePath()), QStringList{QStringLiteral("nightly")});
    }

    void aCatalogThatIsNotThere()
    {
        ReportRequest r = request(ReportFormat::Json, m_dir.filePath(QStringLiteral("nocatalog.json")));
        r.catalogPath = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const auto output = ReportJob::runHere(r, ManualClock(SmallHistory::now()));
        QVERIFY(!output);
        QVERIFY(!output.error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nocatalog.json"))));
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("atPercent");
        QTest::newRow("csv while reading") << int(ReportFormat::Csv) << "folder" << 10;
        QTest::newRow("csv while writing") << int(ReportFormat::Csv) << "folder" << 60;
        QTest::newRow("zip while writing") << int(ReportFormat::Csv) << "archive.zip" << 60;
        QTest::newRow("json while writing") << int(ReportFormat::Json) << "report.json" << 60;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(int, atPercent);
        const QString place = folder(QStringLiteral("cancel-")
                                     + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        std::atomic_bool cancel = false;
        const auto output = ReportJob::runHere(request(ReportFormat(format), QDir(place).filePath(name)),
                                               ManualClock(SmallHistory::now()), &cancel,
                                               [&](int percent, const QString &) {
                                                   if (percent >= atPercent)
                                                       cancel = true;
                                               });
        QVERIFY(!output);
        QCOMPARE(output.error().code, QStringLiteral("report.cancelled"));
        QVERIFY2(entriesOf(place).isEmpty(), qPrintable(entriesOf(place).join(u", ")));
    }

    void aCancelledJobEndsCancelled()
    {
        const QString place = folder(QStringLiteral("cancel-job"));
        ReportJob job(request(ReportFormat::Csv, QDir(place).filePath(QStringLiteral("out"))),
                      std::make_shared<ManualClock>(SmallHistory::now()));
        job.cancel();
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QVERIFY(entriesOf(place).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportJob)
#include "tst_report_job.moc"
