// The export dialog's period: each preset's first and last day as of a fixed
// "today", the end capped at now, a hand edit switching to Dates…, and a
// period that ends before it starts named as the problem.
#include "report/report_period_editor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>

using namespace snapline;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 40), Qt::UTC);

} // namespace

class TestReportPeriodEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDateTime>("to");
        const QDateTime endOfOctober(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const QDateTime endOfSeptember(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("7 days") << int(ReportPeriodEditor::Last7Days) << QDate(2026, 11, 18)
                                << QDate(2026, 11, 24) << kNow;
        QTest::newRow("30 days") << int(ReportPeriodEditor::Last30Days) << QDate(2026, 10, 26)
                                 << QDate(2026, 11, 24) << kNow;
        QTest::newRow("90 days") << int(ReportPeriodEditor::Last90Days) << QDate(2026, 8, 27)
                                 << QDate(2026, 11, 24) << kNow;
        QTest::newRow("last month") << int(ReportPeriodEditor::LastMonth) << QDate(2026, 10, 1)
                                    << QDate(2026, 10, 31) << endOfOctober;
        QTest::newRow("last quarter") << int(ReportPeriodEditor::LastQuarter) << QDate(2026, 7, 1)
                                      << QDate(2026, 9, 30) << endOfSeptember;
        QTest::newRow("year to date")
                << int(ReportPeriodEditor::YearToDate) << QDate(2026, 1, 1) << QDate(2026, 11, 24) << kNow;
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QDateTime, to);
        ReportPeriodEditor editor(std::make_shared<ManualClock>(kNow));
        editor.setPreset(ReportPeriodEditor::Preset(preset));
        QCOMPARE(editor.preset(), ReportPeriodEditor::Preset(preset));
        QCOMPARE(editor.fromEdit()->date(), first);
        QCOMPARE(editor.toEdit()->date(), last);
        QCOMPARE(editor.from(), QDateTime(first, QTime(0, 0), Qt::UTC));
        QCOMPARE(editor.to(), to);
        QVERIFY(editor.problem().isEmpty());
    }

    void lastQuarterInJanuaryIsTheYearBefore()
    {
        ReportPeriodEditor editor(
                std::make_shared<ManualClock>(QDateTime(QDate(2027, 1, 15), QTime(9, 0), Qt::UTC)));
        editor.setPreset(ReportPeriodEditor::LastQuarter);
        QCOMPARE(editor.fromEdit()->date(), QDate(2026, 10, 1));
        QCOMPARE(editor.toEdit()->date(), QDate(2026, 12, 31));
        editor.setPreset(ReportPeriodEditor::LastMonth);
        QCOMPARE(editor.fromEdit()->date(), QDate(2026, 12, 1));
        QCOMPARE(editor.toEdit()->date(), QDate(2026, 12, 31));
    }

    void editingADateSwitchesToDates()
    {
        ReportPeriodEditor editor(std::make_shared<ManualClock>(kNow));
        QSignalSpy changed(&editor, &ReportPeriodEditor::changed);
        editor.fromEdit()->setDate(QDate(2026, 11, 2));
        QCOMPARE(editor.preset(), ReportPeriodEditor::Custom);
        QCOMPARE(editor.from(), QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(changed.count() >= 1);

        editor.fromEdit()->setDate(QDate(2026, 11, 30));
        QVERIFY(editor.problem().contains(u"ends before it starts"));

        // A posture report has a moment only: the first day no longer counts.
        editor.setMomentOnly(true);
        QVERIFY(!editor.fromEdit()->isEnabled());
        QVERIFY(editor.problem().isEmpty());
    }
};

QTEST_MAIN(TestReportPeriodEditor)
#include "tst_report_period_editor.moc"
