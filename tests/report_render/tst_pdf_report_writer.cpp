#include "report/pdf_page_preview.h"
#include "report/pdf_report_writer.h"
#include "report_render_samples.h"

#include <QDir>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace snapline;

namespace {

// The output of a poppler tool, or a null string when it failed.
QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << tool << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool hasJapaneseFont()
{
    return !QFontDatabase::families(QFontDatabase::Japanese).isEmpty();
}

} // namespace

// The PDF writer, read back with poppler's pdftotext, pdfinfo and pdffonts.
class TestPdfReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageText_data();
    void pageText();
    void tableHeaderOnEveryPage();
    void dataOnlyLeftOut();
    void fontsEmbedded();
    void previewLooksLikeThePdf_data();
    void previewLooksLikeThePdf();
    void fromWorkerThread();
    void progressRisesTo100();
    void badPath_data();
    void badPath();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();

private:
    // Writes the sample as a PDF and answers its pages as pdftotext -layout shows them.
    QStringList writeAndRead(PageSize pageSize, QString *pdfPath = nullptr);

    QTemporaryDir m_dir;
    bool m_tools = false;
};

void TestPdfReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // To look at the reports: SNAPLINE_KEEP_REPORTS=1 keeps them, and says where.
    if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "reports kept in" << m_dir.path();
    }
    m_tools = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

QStringList TestPdfReportWriter::writeAndRead(PageSize pageSize, QString *pdfPath)
{
    const QString path = m_dir.filePath(pageSize == PageSize::A4 ? QStringLiteral("a4.pdf")
                                                                 : QStringLiteral("letter.pdf"));
    if (pdfPath)
        *pdfPath = path;
    const auto written = makePdfReportWriter()->write(test::sampleReport(pageSize), path, nullptr, {});
    if (!written) {
        qWarning().noquote() << written.error().message;
        return {};
    }
    if (written.value() != QStringList{path})
        return {};
    QStringList pages
            = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                      .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void TestPdfReportWriter::pageText_data()
{
    QTest::addColumn<PageSize>("pageSize");
    QTest::addColumn<QString>("sizeLine");
    QTest::newRow("A4") << PageSize::A4 << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << PageSize::Letter << QStringLiteral("612 x 792 pts (letter)");
}

void TestPdfReportWriter::pageText()
{
    if (!m_tools)
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed: apt-get install poppler-utils");
    QFETCH(PageSize, pageSize);
    QFETCH(QString, sizeLine);
    QString path;
    const QStringList pages = writeAndRead(pageSize, &path);
    QVERIFY(pages.size() >= 6);

    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+")
                                              + QRegularExpression::escape(sizeLine))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages.size()))),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Backup coverage — Payments & <Ops>")));

    // The title page: title, scope, period, generated-at and profile.
    const QString title = pages[0].simplified();
    for (const QString &expected :
         {QStringLiteral("Backup coverage — Payments & <Ops>"),
          QStringLiteral("Scope Project Payments (Snapline-Demo), équipe"),
          QStringLiteral("Period 2026-10-01 00:00 UTC – 2026-11-01 00:00 UTC"),
          QStringLiteral("Generated at 2026-11-24 12:00 UTC"), QStringLiteral("Profile sandbox-demo")})
        QVERIFY2(title.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + title));
    if (hasJapaneseFont())
        QVERIFY2(title.contains(QStringLiteral("équipe 日本")), qPrintable(title));
    else
        qWarning("no font with Japanese glyphs here: 日本 is not looked for in the PDF");

    // Every page: "Page N of M" and the generated-at footer; all but the title
    // page: the running header.
    for (int i = 0; i < pages.size(); ++i) {
        const QString footer = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(pages[i].contains(footer), qPrintable(footer));
        QVERIFY(pages[i].contains(QStringLiteral("Generated 2026-11-24 12:00 UTC")));
        if (i > 0)
            QVERIFY2(pages[i].section(u'\n', 0, 1)
                             .contains(QStringLiteral("Backup coverage — Payments & <Ops>")),
                     qPrintable(pages[i].left(300)));
    }

    // The contents: each section with the page it starts on.
    const QString &contents = pages[1];
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    const QStringList sections{QStringLiteral("Summary"), QStringLiteral("Snapshots and storage"),
                               QStringLiteral("Clusters"), QStringLiteral("Restore activity")};
    int previous = 1;
    for (const QString &section : sections) {
        const auto entry = QRegularExpression(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(section),
                                              QRegularExpression::MultilineOption)
                                   .match(contents);
        QVERIFY2(entry.hasMatch(),
                 qPrintable(section + QStringLiteral(" not in the contents:\n") + contents));
        const int page = entry.captured(1).toInt();
        QVERIFY(page > previous && page <= pages.size());
        // The section's heading is the first line of the body on that page.
        const QString body = pages[page - 1].section(u'\n', 2).trimmed();
        QVERIFY2(body.startsWith(section),
                 qPrintable(section + QStringLiteral(" on page ") + QString::number(page)));
        previous = page;
    }

    // The figures, formatted. Spaces are left out of the comparison: poppler
    // guesses spaces from gaps, and reads "1 d 2 h" (evenly spaced one-letter
    // words) as "1d2h".
    const auto squeeze = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString all = squeeze(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    for (const QString &figure :
         {QStringLiteral("12,345"), QStringLiteral("98.5 %"), QStringLiteral("1 d 2 h"),
          QStringLiteral("1.5 TB"), QStringLiteral("Compliance policy active"),
          QStringLiteral("2026-09-14 06:30 UTC"), QStringLiteral("Tom & Jérôme")})
        QVERIFY2(all.contains(squeeze(figure)), qPrintable(figure));
    // The charts' titles and legends are text too.
    for (const QString &chart : {QStringLiteral("Snapshots per day"), QStringLiteral("Storage by frequency"),
                                 QStringLiteral("missed"), QStringLiteral("weekly")})
        QVERIFY2(all.contains(squeeze(chart)), qPrintable(chart));
    QVERIFY(all.contains(squeeze(QStringLiteral("No rows."))));
    QVERIFY(all.contains(squeeze(QStringLiteral("No restore was run in the period."))));
}

void TestPdfReportWriter::tableHeaderOnEveryPage()
{
    if (!m_tools)
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed: apt-get install poppler-utils");
    const QStringList pages = writeAndRead(PageSize::A4);
    QVERIFY(!pages.isEmpty());
    const QRegularExpression row(QStringLiteral("^\\s*(cluster-\\d{3})\\b"),
                                 QRegularExpression::MultilineOption);
    const QRegularExpression header(
            QStringLiteral("^\\s*Cluster\\s+Tier\\s+Expected\\s+Taken\\s+Coverage\\s+Largest"
                           "\\s+gap\\s+Stored\\s+Last snapshot\\s+PIT\\s*$"),
            QRegularExpression::MultilineOption);
    QStringList seen;
    int pagesWithRows = 0;
    for (int i = 0; i < pages.size(); ++i) {
        auto matches = row.globalMatch(pages[i]);
        if (!matches.hasNext())
            continue;
        ++pagesWithRows;
        const auto headerAt = header.match(pages[i]);
        QVERIFY2(headerAt.hasMatch(),
                 qPrintable(QStringLiteral("no header row on page %1:\n%2").arg(i + 1).arg(pages[i])));
        bool first = true;
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (first) {
                QVERIFY2(headerAt.capturedStart() < match.capturedStart(),
                         "the header comes before the rows");
                first = false;
            }
            seen.append(match.captured(1));
        }
        if (pagesWithRows > 1)
            QVERIFY(pages[i].contains(QStringLiteral("Coverage by cluster (continued)")));
    }
    QVERIFY2(pagesWithRows >= 3, "300 rows span several pages");
    QCOMPARE(seen.size(), test::kClusterRows);
    for (int r = 0; r < test::kClusterRows; ++r)
        QCOMPARE(seen[r], QStringLiteral("cluster-%1").arg(r, 3, 10, QLatin1Char('0')));
}

// Data-only columns and the rows of data-only tables are for CSV and JSON:
// the page names the table, its row count and note.
void TestPdfReportWriter::dataOnlyLeftOut()
{
    if (!m_tools)
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed: apt-get install poppler-utils");
    const QString all = writeAndRead(PageSize::A4).join(u'\f').simplified();
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.contains(test::kHiddenId));
    QVERIFY(!all.contains(QStringLiteral("Project id")));
    QVERIFY(!all.contains(QStringLiteral("evidence-row-")));
    QVERIFY(!all.contains(QStringLiteral("evidence-day-")));
    for (const QString &expected :
         {QStringLiteral("Every snapshot"),
          QStringLiteral("Rows: 1,500 — listed in the CSV and JSON exports only."),
          QStringLiteral("One row per snapshot created in the period."),
          QStringLiteral("Every cluster and day"), QStringLiteral("Rows: 2 — listed")})
        QVERIFY2(all.contains(expected), qPrintable(expected));
}

void TestPdfReportWriter::fontsEmbedded()
{
    if (!m_tools)
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed: apt-get install poppler-utils");
    QString path;
    QVERIFY(!writeAndRead(PageSize::A4, &path).isEmpty());
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    // name type encoding emb sub uni object ID: "emb" is the fifth from the end.
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 6);
        QVERIFY2(columns[columns.size() - 5] == QStringLiteral("yes"), qPrintable(line));
        QVERIFY2(columns[columns.size() - 3] == QStringLiteral("yes"), "text maps back to Unicode");
    }
}

void TestPdfReportWriter::previewLooksLikeThePdf_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("title page") << 0;
    QTest::newRow("contents") << 1;
    QTest::newRow("a table") << 4;
}

// The export dialog's preview draws a page with the PDF's own layout: poppler's
// rendering of the written file and the preview differ only in anti-aliasing.
void TestPdfReportWriter::previewLooksLikeThePdf()
{
    if (!m_tools || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed: apt-get install poppler-utils");
    QFETCH(int, page);
    QString path;
    const QStringList pages = writeAndRead(PageSize::A4, &path);
    QVERIFY(pages.size() > page);
    const auto preview = PdfPagePreview::render(test::sampleReport(PageSize::A4), page, 595);
    QVERIFY(preview);
    QCOMPARE(preview->pageCount, pages.size());
    QCOMPARE(preview->index, page);
    QCOMPARE(preview->image.size(), QSize(595, 842));

    const QString png = m_dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1),
             QStringLiteral("-scale-to-x"), QStringLiteral("595"), QStringLiteral("-scale-to-y"),
             QStringLiteral("842"), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
             QStringLiteral("-png"), path, png});
    QVERIFY(QFileInfo::exists(png + QStringLiteral(".png")));
    if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS"))
        preview->image.save(m_dir.filePath(QStringLiteral("preview-%1.png").arg(page)));
    const QImage poppler = QImage(png + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(poppler.size(), preview->image.size());
    // Compared in blocks of 7 × 7 pixels, so a glyph's edge may fall a pixel apart.
    const QSize blocks(85, 120);
    const QImage a = poppler.scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = preview->image.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 difference = 0;
    int inked = 0;
    for (int y = 0; y < blocks.height(); ++y) {
        for (int x = 0; x < blocks.width(); ++x) {
            const int pa = a.pixelColor(x, y).value();
            const int pb = b.pixelColor(x, y).value();
            difference += std::abs(pa - pb);
            inked += pb < 240 ? 1 : 0;
        }
    }
    const double mean = double(difference) / (blocks.width() * blocks.height());
    QVERIFY2(inked > 100, "the preview shows the page's text");
    qInfo("mean difference %.2f", mean);
    QVERIFY2(mean < 4, qPrintable(QStringLiteral("mean difference %1 of 255").arg(mean)));
}

// Reports are written by a job on a worker thread.
void TestPdfReportWriter::fromWorkerThread()
{
    const QString path = m_dir.filePath(QStringLiteral("thread.pdf"));
    const ReportDocument document = test::sampleReport();
    auto future
            = QtConcurrent::run([&] { return makePdfReportWriter()->write(document, path, nullptr, {}); });
    future.waitForFinished();
    const auto written = future.result();
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);
}

void TestPdfReportWriter::progressRisesTo100()
{
    QList<int> seen;
    const auto written
            = makePdfReportWriter()->write(test::sampleReport(), m_dir.filePath(QStringLiteral("p.pdf")),
                                           nullptr, [&](int percent) { seen.append(percent); });
    QVERIFY(written.ok());
    QVERIFY(seen.size() > 10);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.first() >= 0);
}

void TestPdfReportWriter::badPath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("missing/report.pdf");
    QTest::newRow("under a file") << QStringLiteral("plain.txt/report.pdf");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestPdfReportWriter::badPath()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QStringList before
            = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const QString path = dir.filePath(relative);
    const auto written = makePdfReportWriter()->write(test::sampleReport(), path, nullptr, {});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("report.write"));
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(!QFileInfo(path).isFile());
}

void TestPdfReportWriter::cancelLeavesNoFile_data()
{
    QTest::addColumn<int>("cancelAt"); // percent; -1: cancelled before the start
    QTest::newRow("before") << -1;
    QTest::newRow("while laying out") << 10;
    QTest::newRow("while drawing") << 70;
}

void TestPdfReportWriter::cancelLeavesNoFile()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous report");
    old.close();

    std::atomic_bool cancel = cancelAt < 0;
    const auto written = makePdfReportWriter()->write(test::sampleReport(), path, &cancel, [&](int percent) {
        if (percent >= cancelAt)
            cancel = true;
    });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("report.cancelled"));
    // The file that was there is untouched, and nothing else is left.
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("report.pdf")});
}

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdf_report_writer.moc"
