#include "report/html_report_writer.h"
#include "report_render_samples.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace snapline;

namespace {

// What the HTML holds, read back with an XML parser: a file that parses is
// well-formed, so every tag is closed and every special character escaped.
struct ParsedHtml
{
    QString error;
    QStringList ids;
    QStringList links;            // every href and src
    QStringList elements;         // every element name, in order
    QList<QStringList> tableRows; // the cells of each <tbody> row of the "clusters" table
    QStringList headedTables;     // data-key of each table with a <thead>
    QString text;                 // all text outside <style>
    QList<QByteArray> images;     // decoded data: images
};

ParsedHtml parse(const QByteArray &html)
{
    ParsedHtml parsed;
    QXmlStreamReader reader(html);
    QString table;
    bool inBody = false;
    bool inStyle = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            parsed.elements.append(name);
            const auto attributes = reader.attributes();
            if (attributes.hasAttribute(QStringLiteral("id")))
                parsed.ids.append(attributes.value(QStringLiteral("id")).toString());
            for (const QString &attribute : {QStringLiteral("href"), QStringLiteral("src")}) {
                if (attributes.hasAttribute(attribute))
                    parsed.links.append(attributes.value(attribute).toString());
            }
            if (name == QStringLiteral("img")) {
                const QString src = attributes.value(QStringLiteral("src")).toString();
                const QString prefix = QStringLiteral("data:image/png;base64,");
                if (src.startsWith(prefix))
                    parsed.images.append(QByteArray::fromBase64(src.mid(prefix.size()).toLatin1()));
            }
            if (name == QStringLiteral("table"))
                table = attributes.value(QStringLiteral("data-key")).toString();
            if (name == QStringLiteral("thead"))
                parsed.headedTables.append(table);
            if (name == QStringLiteral("tbody"))
                inBody = true;
            if (name == QStringLiteral("tr") && inBody && table == QStringLiteral("clusters"))
                parsed.tableRows.append(QStringList());
            if (name == QStringLiteral("td") && inBody && table == QStringLiteral("clusters"))
                parsed.tableRows.last().append(
                        reader.readElementText(QXmlStreamReader::IncludeChildElements));
            inStyle = name == QStringLiteral("style");
        } else if (reader.isEndElement()) {
            if (reader.name() == QStringLiteral("tbody"))
                inBody = false;
            inStyle = false;
        } else if (reader.isCharacters() && !inStyle) {
            parsed.text += reader.text();
        }
    }
    if (reader.hasError())
        parsed.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return parsed;
}

} // namespace

// The HTML writer: one self-contained, well-formed, escaped file.
class TestHtmlReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfContained();
    void everyRowEscaped();
    void titleContentsAndFigures();
    void dataOnlyLeftOut();
    void printStyle_data();
    void printStyle();
    void badPath_data();
    void badPath();
    void cancelLeavesNoFile();

private:
    QByteArray write(PageSize pageSize = PageSize::A4);

    QTemporaryDir m_dir;
    QByteArray m_html;
    ParsedHtml m_parsed;
};

QByteArray TestHtmlReportWriter::write(PageSize pageSize)
{
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QList<int> progress;
    const auto written = makeHtmlReportWriter()->write(test::sampleReport(pageSize), path, nullptr,
                                                       [&](int percent) { progress.append(percent); });
    if (!written.ok() || written.value() != QStringList{path} || progress.isEmpty() || progress.last() != 100
        || !std::is_sorted(progress.cbegin(), progress.cend()))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestHtmlReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // To look at the reports: SNAPLINE_KEEP_REPORTS=1 keeps them, and says where.
    if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "reports kept in" << m_dir.path();
    }
    m_html = write();
    QVERIFY(!m_html.isEmpty());
    m_parsed = parse(m_html);
    QVERIFY2(m_parsed.error.isEmpty(), qPrintable(m_parsed.error));
}

void TestHtmlReportWriter::selfContained()
{
    // Nothing outside the file: links are anchors in it, images are data.
    QVERIFY(!m_parsed.links.isEmpty());
    for (const QString &link : std::as_const(m_parsed.links)) {
        if (link.startsWith(u'#'))
            QVERIFY2(m_parsed.ids.contains(link.mid(1)), qPrintable(link));
        else
            QVERIFY2(link.startsWith(QStringLiteral("data:")), qPrintable(link));
    }
    for (const QString &element : {QStringLiteral("script"), QStringLiteral("link"), QStringLiteral("iframe"),
                                   QStringLiteral("object")})
        QVERIFY2(!m_parsed.elements.contains(element), qPrintable(element));
    QVERIFY(!m_html.contains("url("));
    QVERIFY(!m_html.contains("@import"));
    // Both charts, as PNG images that decode.
    QCOMPARE(m_parsed.images.size(), 2);
    for (const QByteArray &png : std::as_const(m_parsed.images)) {
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1440, 520));
    }
    QVERIFY(m_parsed.ids.size() == QSet<QString>(m_parsed.ids.cbegin(), m_parsed.ids.cend()).size());
}

void TestHtmlReportWriter::everyRowEscaped()
{
    QCOMPARE(m_parsed.tableRows.size(), test::kClusterRows);
    for (int r = 0; r < test::kClusterRows; ++r) {
        QCOMPARE(m_parsed.tableRows[r].size(), 9);
        QCOMPARE(m_parsed.tableRows[r].first(), test::sampleClusterName(r));
    }
    QCOMPARE(m_parsed.tableRows[1].mid(2),
             (QStringList{QStringLiteral("62"), QStringLiteral("61"), QStringLiteral("98.4 %"),
                          QStringLiteral("7 h"), QStringLiteral("2.0 GB"),
                          QStringLiteral("2026-10-31 17:00 UTC"), QStringLiteral("no")}));
    // The tricky text went through as text, not as markup.
    QVERIFY(m_parsed.text.contains(test::kTrickyText));
    QVERIFY(m_html.contains("&lt;b&gt;Tom &amp; Jérôme&lt;/b&gt; &quot;quoted&quot; 日本"));
    QVERIFY(m_html.contains("cluster-007 &lt;é&amp;日本&gt;"));
    QVERIFY(!m_html.contains("<b>"));
    QCOMPARE(m_parsed.headedTables, (QStringList{QStringLiteral("clusters"), QStringLiteral("restoreJobs")}));
}

void TestHtmlReportWriter::titleContentsAndFigures()
{
    for (const QString &expected :
         {QStringLiteral("Backup coverage — Payments & <Ops>"),
          QStringLiteral("Project Payments (Snapline-Demo), équipe 日本"),
          QStringLiteral("2026-10-01 00:00 UTC – 2026-11-01 00:00 UTC"),
          QStringLiteral("2026-11-24 12:00 UTC"), QStringLiteral("sandbox-demo"), QStringLiteral("Contents"),
          QStringLiteral("12,345"), QStringLiteral("98.5 %"), QStringLiteral("1 d 2 h"),
          QStringLiteral("1.5 TB"), QStringLiteral("yes"), QStringLiteral("Snapshots per day"),
          QStringLiteral("No rows."), QStringLiteral("No restore was run in the period.")})
        QVERIFY2(m_parsed.text.contains(expected), qPrintable(expected));
    // The contents links each section, in order.
    QCOMPARE(m_parsed.links.mid(0, 4),
             (QStringList{QStringLiteral("#s1-summary"), QStringLiteral("#s2-charts"),
                          QStringLiteral("#s3-clusters"), QStringLiteral("#s4-restores")}));
}

// Data-only columns and the rows of data-only tables are for CSV and JSON:
// the page names the table, its row count and note.
void TestHtmlReportWriter::dataOnlyLeftOut()
{
    QVERIFY(!m_html.contains(test::kHiddenId.toUtf8()));
    QVERIFY(!m_html.contains("Project id"));
    QVERIFY(!m_html.contains("evidence-row-"));
    QVERIFY(!m_html.contains("evidence-day-"));
    for (const QString &expected :
         {QStringLiteral("Every snapshot"),
          QStringLiteral("Rows: 1,500 — listed in the CSV and JSON exports only."),
          QStringLiteral("One row per snapshot created in the period."),
          QStringLiteral("Every cluster and day"), QStringLiteral("Rows: 2 — listed")})
        QVERIFY2(m_parsed.text.contains(expected), qPrintable(expected));
}

void TestHtmlReportWriter::printStyle_data()
{
    QTest::addColumn<PageSize>("pageSize");
    QTest::addColumn<QByteArray>("rule");
    QTest::newRow("A4") << PageSize::A4 << QByteArray("@page { size: A4;");
    QTest::newRow("Letter") << PageSize::Letter << QByteArray("@page { size: letter;");
}

void TestHtmlReportWriter::printStyle()
{
    QFETCH(PageSize, pageSize);
    QFETCH(QByteArray, rule);
    const QByteArray html = write(pageSize);
    QVERIFY(html.contains(rule));
    QVERIFY(html.contains("thead { display: table-header-group; }"));
    QVERIFY(html.contains("section { break-before: page;"));
}

void TestHtmlReportWriter::badPath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << QStringLiteral("missing/report.html");
    QTest::newRow("under a file") << QStringLiteral("plain.txt/report.html");
    QTest::newRow("a folder") << QStringLiteral("folder");
}

void TestHtmlReportWriter::badPath()
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
    const auto written = makeHtmlReportWriter()->write(test::sampleReport(), path, nullptr, {});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("report.write"));
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestHtmlReportWriter::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    std::atomic_bool cancel = false;
    const auto written = makeHtmlReportWriter()->write(test::sampleReport(), path, &cancel, [&](int percent) {
        if (percent >= 30)
            cancel = true;
    });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("report.cancelled"));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

QTEST_MAIN(TestHtmlReportWriter)
#include "tst_html_report_writer.moc"
