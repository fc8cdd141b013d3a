#include "report/pdf_table_layout.h"
#include "report/report_chart_axis.h"
#include "report/report_chart_painter.h"
#include "report/report_chart_style.h"
#include "report/report_display_value.h"
#include "report_render_samples.h"

#include <QtTest>

using namespace snapline;

// What the PDF and HTML writers share: value texts, chart axes and the
// chart drawing.
class TestReportRenderParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void values_data();
    void values();
    void axis_data();
    void axis();
    void seriesReadInGrayscale();
    void chartImage_data();
    void chartImage();
    void tableColumnWidths_data();
    void tableColumnWidths();
};

void TestReportRenderParts::values_data()
{
    using Type = ReportColumn::Type;
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("text");
    const QDateTime noon = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);
    QTest::newRow("text") << QVariant(QStringLiteral("<a&b>")) << Type::Text << QStringLiteral("<a&b>");
    QTest::newRow("integer") << QVariant(qint64(1234567)) << Type::Integer << QStringLiteral("1,234,567");
    QTest::newRow("number whole") << QVariant(42.0) << Type::Number << QStringLiteral("42");
    QTest::newRow("number") << QVariant(3.14159) << Type::Number << QStringLiteral("3.14");
    QTest::newRow("percent") << QVariant(98.46) << Type::Percent << QStringLiteral("98.5 %");
    QTest::newRow("bytes") << QVariant(qint64(1'500'000'000)) << Type::Bytes << QStringLiteral("1.5 GB");
    QTest::newRow("terabytes") << QVariant(qint64(2'040'000'000'000)) << Type::Bytes
                               << QStringLiteral("2.0 TB");
    QTest::newRow("utc") << QVariant(noon) << Type::DateTime << QStringLiteral("2026-11-24 12:00 UTC");
    QTest::newRow("utc from offset") << QVariant(noon.toOffsetFromUtc(3600)) << Type::DateTime
                                     << QStringLiteral("2026-11-24 12:00 UTC");
    QTest::newRow("duration") << QVariant(qint64(4800)) << Type::Duration << QStringLiteral("1 h 20 min");
    QTest::newRow("true") << QVariant(true) << Type::Boolean << QStringLiteral("yes");
    QTest::newRow("false") << QVariant(false) << Type::Boolean << QStringLiteral("no");
    // A row source hands out text as UTF-8 bytes.
    QTest::newRow("utf-8 bytes") << QVariant(QByteArray("Z\xc3\xbcrich \xe6\x97\xa5\xe6\x9c\xac"))
                                 << Type::Text << QStringLiteral("Zürich 日本");
    QTest::newRow("no value") << QVariant() << Type::Integer << QStringLiteral("—");
    QTest::newRow("no date") << QVariant(QDateTime()) << Type::DateTime << QStringLiteral("—");
}

void TestReportRenderParts::values()
{
    QFETCH(QVariant, value);
    QFETCH(ReportColumn::Type, type);
    QFETCH(QString, text);
    QCOMPARE(formatReportValue(value, type), text);
}

void TestReportRenderParts::axis_data()
{
    using Type = ReportColumn::Type;
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<Type>("type");
    QTest::addColumn<QList<double>>("ticks");
    QTest::newRow("counts") << 0.0 << 47.0 << Type::Integer << QList<double>{0, 10, 20, 30, 40, 50};
    QTest::newRow("small counts stay whole") << 0.0 << 2.0 << Type::Integer << QList<double>{0, 1, 2};
    QTest::newRow("fractions") << 0.0 << 0.9 << Type::Number << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0};
    QTest::newRow("percent to 100") << 0.0 << 63.0 << Type::Percent << QList<double>{0, 20, 40, 60, 80, 100};
    QTest::newRow("negative") << -15.0 << 30.0 << Type::Number << QList<double>{-20, -10, 0, 10, 20, 30};
    QTest::newRow("hours") << 0.0 << 5.0 * 3600 << Type::Duration
                           << QList<double>{0, 3600, 7200, 10800, 14400, 18000};
    QTest::newRow("all zero") << 0.0 << 0.0 << Type::Integer << QList<double>{0, 1};
}

void TestReportRenderParts::axis()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(ReportColumn::Type, type);
    QFETCH(QList<double>, ticks);
    const QList<double> actual = ReportChartAxis::forRange(low, high, type).ticks();
    QCOMPARE(actual.size(), ticks.size());
    for (int i = 0; i < ticks.size(); ++i)
        QVERIFY2(qFuzzyCompare(1 + actual[i], 1 + ticks[i]), qPrintable(QString::number(actual[i])));
}

// Neighbouring series differ in lightness, or carry a pattern, so a
// grayscale print tells them apart.
void TestReportRenderParts::seriesReadInGrayscale()
{
    for (int i = 0; i < 6; ++i) {
        const ReportSeriesStyle a = ReportSeriesStyle::forSeries(i);
        const ReportSeriesStyle b = ReportSeriesStyle::forSeries((i + 1) % 6);
        const int contrast = std::abs(qGray(a.color.rgb()) - qGray(b.color.rgb()));
        QVERIFY2(contrast >= 40 || a.hatch != b.hatch, qPrintable(QString::number(i)));
        QVERIFY(a.dash != b.dash || a.marker != b.marker);
    }
}

void TestReportRenderParts::chartImage_data()
{
    QTest::addColumn<int>("index"); // into the sample's "charts" section
    QTest::newRow("stacked bars") << 0;
    QTest::newRow("lines") << 1;
}

void TestReportRenderParts::chartImage()
{
    QFETCH(int, index);
    const ReportChart chart = test::sampleReport().sections[1].charts[index];
    const QImage image = ReportChartPainter::toImage(chart, QSizeF(400, 200), 2);
    QCOMPARE(image.size(), QSize(800, 400));
    // Each series' colour shows up in the plot, so every series was drawn.
    for (int s = 0; s < chart.series.size(); ++s) {
        const QRgb color = ReportSeriesStyle::forSeries(s).color.rgb();
        int hits = 0;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                hits += qAbs(qRed(line[x]) - qRed(color)) + qAbs(qGreen(line[x]) - qGreen(color))
                                + qAbs(qBlue(line[x]) - qBlue(color))
                        < 30;
        }
        QVERIFY2(hits > 20, qPrintable(chart.series[s].name));
    }
    // An empty chart still draws (its title and "no data") without failing.
    ReportChart empty;
    empty.title = QStringLiteral("Nothing yet");
    QVERIFY(!ReportChartPainter::toPng(empty, QSizeF(200, 100)).isEmpty());
}

void TestReportRenderParts::tableColumnWidths_data()
{
    QTest::addColumn<qreal>("width"); // points
    QTest::addColumn<bool>("nameWraps");
    QTest::newRow("roomy") << 500.0 << false;
    QTest::newRow("tight") << 240.0 << true;
}

// Columns get what their cells need when the page allows; when it does not,
// only the widest column gives way (and wraps), the date keeps its line.
void TestReportRenderParts::tableColumnWidths()
{
    QFETCH(qreal, width);
    QFETCH(bool, nameWraps);
    using Type = ReportColumn::Type;
    ReportTable table;
    table.columns = {{QStringLiteral("n"), QStringLiteral("Count"), Type::Integer},
                     {QStringLiteral("name"), QStringLiteral("Name"), Type::Text},
                     {QStringLiteral("at"), QStringLiteral("Last snapshot"), Type::DateTime}};
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);
    table.rows = {{qint64(7), QStringLiteral("a rather long cluster description that needs room"), at},
                  {qint64(12), QStringLiteral("short"), at}};
    QImage device(10, 10, QImage::Format_RGB32);
    device.setDotsPerMeterX(2835); // 72 dpi: one unit is one point
    device.setDotsPerMeterY(2835);
    const PdfFonts fonts(&device);
    const PdfTableLayout layout(table, fonts, 1, width);
    const QList<qreal> widths = layout.columnWidths();
    QCOMPARE(widths.size(), 3);
    QVERIFY(qAbs(widths[0] + widths[1] + widths[2] - width) < 0.5);
    const qreal dateWidth = fonts.width(PdfFonts::TableCell, QStringLiteral("2026-11-24 12:00 UTC"));
    QVERIFY(widths[2] > dateWidth);
    const qreal nameWidth = fonts.width(PdfFonts::TableCell, table.rows[0][1].toString());
    QCOMPARE(widths[1] < nameWidth, nameWraps);
}

QTEST_MAIN(TestReportRenderParts)
#include "tst_report_render_parts.moc"
