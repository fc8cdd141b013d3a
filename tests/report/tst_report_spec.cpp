// The report spec's words both ways: kinds, formats, page sizes and the
// command line's scopes, with clear errors for what is not one.
#include "report/report_spec.h"

#include <QTest>

using namespace snapline;

class TestReportSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAndFormatsRoundTrip()
    {
        for (const ReportKind kind : allReportKinds())
            QCOMPARE(parseReportKind(toString(kind)), std::optional(kind));
        for (const ReportFormat format : allReportFormats())
            QCOMPARE(parseReportFormat(toString(format)), std::optional(format));
        QCOMPARE(parseReportKind(u"Restore-Activity"), std::optional(ReportKind::RestoreActivity));
        QCOMPARE(parseReportKind(u"COVERAGE"), std::optional(ReportKind::Coverage));
        QCOMPARE(parseReportKind(u"audit"), std::nullopt);
        QCOMPARE(parseReportFormat(u"xlsx"), std::nullopt);
        QCOMPARE(parsePageSize(u"Letter"), std::optional(PageSize::Letter));
        QCOMPARE(toString(PageSize::A4), QStringLiteral("a4"));
        QCOMPARE(ReportText::formatTitle(ReportFormat::Pdf), QStringLiteral("PDF"));
        for (const ReportKind kind : allReportKinds()) {
            QVERIFY(!ReportText::kindTitle(kind).isEmpty());
            QVERIFY(!ReportText::kindDescription(kind).isEmpty());
        }
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("spelling"); // toString() of the result

        const auto org = int(ReportScope::Level::Organization);
        const auto project = int(ReportScope::Level::Project);
        const auto cluster = int(ReportScope::Level::Cluster);
        QTest::newRow("org") << "org:5f00aa" << true << org << "5f00aa"
                             << ""
                             << "org:5f00aa";
        QTest::newRow("organization") << "organization:5f00aa" << true << org << "5f00aa"
                                      << ""
                                      << "org:5f00aa";
        QTest::newRow("project") << "project:5f00bb" << true << project << "5f00bb"
                                 << ""
                                 << "project:5f00bb";
        QTest::newRow("case") << "Project:5f00bb" << true << project << "5f00bb"
                              << ""
                              << "project:5f00bb";
        QTest::newRow("cluster") << "cluster:5f00bb/payments-api" << true << cluster << "5f00bb"
                                 << "payments-api"
                                 << "cluster:5f00bb/payments-api";
        QTest::newRow("no colon") << "5f00bb" << false << 0 << ""
                                  << ""
                                  << "";
        QTest::newRow("nothing after") << "project:" << false << 0 << ""
                                       << ""
                                       << "";
        QTest::newRow("unknown level") << "team:x" << false << 0 << ""
                                       << ""
                                       << "";
        QTest::newRow("cluster without name") << "cluster:5f00bb" << false << 0 << ""
                                              << ""
                                              << "";
        QTest::newRow("cluster with empty name") << "cluster:5f00bb/" << false << 0 << ""
                                                 << ""
                                                 << "";
    }

    void scopes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto scope = ReportScope::parse(text);
        QCOMPARE(scope.ok(), ok);
        if (!ok) {
            QCOMPARE(scope.error().code, QStringLiteral("report.scope"));
            QVERIFY(!scope.error().message.isEmpty());
            return;
        }
        QFETCH(int, level);
        QFETCH(QString, id);
        QFETCH(QString, cluster);
        QFETCH(QString, spelling);
        QCOMPARE(int(scope->level), level);
        QCOMPARE(scope->id, id);
        QCOMPARE(scope->clusterName, cluster);
        QCOMPARE(scope->toString(), spelling);
        QCOMPARE(ReportScope::parse(scope->toString()).value(), scope.value());
    }
};

QTEST_GUILESS_MAIN(TestReportSpec)
#include "tst_report_spec.moc"
