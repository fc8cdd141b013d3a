// A real coverage report: built by ReportBuilder from a catalog synced from
// the sandbox's seeded organization, exported through ReportJob as PDF and
// HTML, and read back (the PDF with pdftotext) for what an auditor looks
// for: every cluster, the summary figures, the page headers and footers —
// and nothing that is data-only (ids, the row per snapshot).
#include "atlas_test_sandbox.h"
#include "report/report_builder.h"
#include "report/report_display_value.h"
#include "report/report_job.h"
#include "report/report_verifier.h"
#include "sync/sync_job.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

namespace {

QString pdfToText(const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeeze(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestReportSandboxRender : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_catalogPath;
    std::unique_ptr<Catalog> m_reader;
    QString m_orgId;
    QDateTime m_now;
    ReportDocument m_document; // the same report, built here to know its figures

    ReportRequest request(ReportFormat format, const QString &name) const
    {
        ReportRequest r;
        r.catalogPath = m_catalogPath;
        r.spec = m_document.spec;
        r.format = format;
        r.outputPath = QDir(m_dir.filePath(name)).filePath(QStringLiteral("coverage.") + toString(format));
        QDir().mkpath(QFileInfo(r.outputPath).absolutePath());
        return r;
    }

    QList<Cluster> allClusters() const
    {
        QList<Cluster> out;
        for (const Project &p : m_reader->projects(m_orgId).valueOr({}))
            out << m_reader->clusters(p.id).value();
        return out;
    }

    // What PDF and HTML must never print: the ids of data-only columns, and
    // the snapshots of the data-only evidence table.
    QStringList hiddenValues() const
    {
        QStringList hidden;
        for (const Project &p : m_reader->projects(m_orgId).valueOr({}))
            hidden << p.id;
        const Cluster first = allClusters().first();
        for (const Snapshot &s : m_reader->snapshots(first.projectId, first.name).valueOr({}).mid(0, 5))
            hidden << s.id;
        return hidden;
    }

    // The summary's figures as both formats print them.
    QStringList figureTexts() const
    {
        QStringList texts;
        const ReportSection *summary = m_document.section(u"summary");
        if (!summary)
            return texts;
        for (const ReportFigure &figure : summary->figures)
            texts << formatReportValue(figure.value, figure.type);
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo().noquote() << "reports kept in" << m_dir.path();
        }
        m_sandbox = std::make_unique<test::AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        auto writer = std::make_shared<CatalogWriter>(Catalog::open(m_catalogPath, Clock::system()).value());
        Synchronizer synchronizer(m_sandbox->api(QStringLiteral("Owner key")), writer, Clock::system(), {});
        const auto synced = SyncJob::runHere(SyncTarget::everything(), synchronizer, nullptr);
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        m_now = Clock::system()->now().toUTC();
        m_reader = std::move(Catalog::openReader(m_catalogPath, Clock::system())).value();
        m_orgId = m_reader->organizations()->first().id;

        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.scope = ReportScope::organization(m_orgId);
        spec.from = m_now.addDays(-30);
        spec.to = m_now;
        spec.generatedAt = m_now;
        spec.profileName = QStringLiteral("Local sandbox");
        auto document = ReportBuilder::build(*m_reader, spec);
        QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
        m_document = *document;
        QCOMPARE(m_document.section(u"summary")->figure(u"clusters")->value.toInt(), 19);
    }

    void pdfReadsLikeTheCatalog()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed: apt-get install poppler-utils");
        const ReportRequest r = request(ReportFormat::Pdf, QStringLiteral("pdf"));
        const auto out = ReportJob::runHere(r, ManualClock(m_now));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));

        QStringList pages
                = pdfToText({QStringLiteral("-layout"), out->path, QStringLiteral("-")}).split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY(pages.size() >= 6);
        const QString title = QStringLiteral("Backup coverage — Snapline-Demo");
        QCOMPARE(m_document.title, title);
        QVERIFY(pages[0].contains(title));
        QVERIFY(pages[0].contains(QStringLiteral("Organization Snapline-Demo")));
        QVERIFY(pages[0].contains(QStringLiteral("Local sandbox")));
        // The running header on every page but the title page, the footer on all.
        for (int i = 0; i < pages.size(); ++i) {
            const QString firstLine = pages[i].trimmed().section(u'\n', 0, 0);
            if (i > 0) {
                QVERIFY2(firstLine.contains(title), qPrintable(firstLine));
                QVERIFY2(firstLine.contains(QStringLiteral("Organization Snapline-Demo")),
                         qPrintable(firstLine));
            }
            QVERIFY(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        }

        const QString all = squeeze(pages.join(u'\n'));
        for (const Cluster &cluster : allClusters())
            QVERIFY2(all.contains(squeeze(cluster.name)), qPrintable(cluster.name));
        for (const QString &figure : figureTexts())
            QVERIFY2(all.contains(squeeze(figure)), qPrintable(figure));
        QVERIFY(all.contains(squeeze(QStringLiteral("Snapshots expected"))));
        for (const ReportSection &section : std::as_const(m_document.sections))
            QVERIFY2(all.contains(squeeze(section.title)), qPrintable(section.title));
        const ReportTable *evidence = m_document.section(u"evidence")->table(u"snapshots");
        QVERIFY(evidence->rowCount() > 300);
        QVERIFY(all.contains(
                squeeze(QStringLiteral("Rows: %1 — listed").arg(QLocale().toString(evidence->rowCount())))));
        for (const QString &hidden : hiddenValues())
            QVERIFY2(!all.contains(hidden), qPrintable(hidden));

        // The exporter moved the PDF and its manifest into place, nothing else.
        QCOMPARE(QDir(QFileInfo(out->path).absolutePath())
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("coverage.pdf"), QStringLiteral("coverage.pdf.manifest.json")}));
        const auto verified = ReportVerifier::verify(out->path);
        QVERIFY(verified && verified->intact());
    }

    void htmlReadsLikeTheCatalog()
    {
        ReportRequest r = request(ReportFormat::Html, QStringLiteral("html"));
        r.signing = ReportSigning::snaplineKey(m_dir.filePath(QStringLiteral("key.pem")));
        const auto out = ReportJob::runHere(r, ManualClock(m_now));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
        const QString html = readText(out->path);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const Cluster &cluster : allClusters())
            QVERIFY2(html.contains(cluster.name.toHtmlEscaped()), qPrintable(cluster.name));
        for (const QString &figure : figureTexts())
            QVERIFY2(html.contains(figure.toHtmlEscaped()), qPrintable(figure));
        for (const QString &hidden : hiddenValues())
            QVERIFY2(!html.contains(hidden), qPrintable(hidden));
        QCOMPARE(QDir(QFileInfo(out->path).absolutePath())
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{QStringLiteral("coverage.html"), QStringLiteral("coverage.html.manifest.json"),
                              QStringLiteral("coverage.html.manifest.sig")}));
        const auto verified = ReportVerifier::verify(out->path);
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->signature, ReportVerification::Signature::Valid);
    }
};

QTEST_MAIN(TestReportSandboxRender)
#include "tst_report_sandbox_render.moc"
