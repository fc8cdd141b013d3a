// File → Export report… and "Export as CSV…" on the real console window,
// synced from a real sandbox: the dialog proposes the navigator's selection,
// shows the first page, exports a signed PDF coverage report of the sandbox
// organization that verifies intact, cancels without leaving a file, and the
// snapshot table exports the rows it shows as RFC 4180 CSV.
#include "console_fixture.h"
#include "jobs/job_list_model.h"
#include "pages/cluster_page.h"
#include "report/export_report_dialog.h"
#include "report/report_period_editor.h"
#include "report/report_preview_pane.h"
#include "report/report_run_panel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace snapline;
using namespace snapline::test;

namespace {

// RFC 4180 as the writer promises it: CRLF after every record, quotes doubled.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// What a folder holds, but the screenshots SNAPLINE_KEEP_REPORTS asks for.
QStringList entriesOf(const QString &folder)
{
    QStringList entries
            = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    entries.removeAll(QStringLiteral("screens"));
    return entries;
}

} // namespace

class TestExportReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data; // the signing key goes here, not to the user's data folder
    QTemporaryDir m_out;
    std::unique_ptr<ConsoleFixture> m_console;

    ConsoleFixture &console() { return *m_console; }

    ExportReportDialog *openDialog()
    {
        console().window().findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        for (auto *dialog : console().window().findChildren<ExportReportDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    void keep(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS")) {
            QDir().mkpath(m_out.filePath(QStringLiteral("screens")));
            widget->grab().save(m_out.filePath(QStringLiteral("screens/") + name));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
        if (qEnvironmentVariableIsSet("SNAPLINE_KEEP_REPORTS")) {
            m_out.setAutoRemove(false);
            qInfo().noquote() << "reports kept in" << m_out.path();
        }
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(console().isUp());
        QVERIFY(console().openAndSync());
    }

    void proposesTheSelectionAndPreviewsPageOne()
    {
        const QString payments = console().sandbox().projectId(QStringLiteral("Payments"));
        QVERIFY(console().window().navigator()->select({console().orgId(), payments, {}}));
        ExportReportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("reportScope"));
        QCOMPARE(scope->currentText().trimmed(), QStringLiteral("Project Payments"));
        QCOMPARE(dialog->spec().scope, ReportScope::project(payments));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reportKind"))->currentText(),
                 QStringLiteral("Backup coverage"));
        QVERIFY(dialog->destination().endsWith(QStringLiteral(".pdf")));
        QVERIFY(dialog->destination().contains(QStringLiteral("coverage-Payments-")));
        // The last 30 days, today included, up to now.
        QCOMPARE(dialog->period()->preset(), ReportPeriodEditor::Last30Days);
        QCOMPARE(dialog->spec().from.date(),
                 console().session().inventory()->readAt.toUTC().date().addDays(-29));

        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview()->pageCount() > 0, 30000);
        const QImage page = dialog->preview()->image();
        QVERIFY(!page.isNull());
        QVERIFY(qAbs(double(page.height()) / page.width() - 842.0 / 595.0) < 0.01);
        int inked = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                inked += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(inked > 50, "the title page has text");
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("reportPreviewCaption"))->text(),
                 QStringLiteral("Page 1 of %1, as the PDF shows it").arg(dialog->preview()->pageCount()));

        // Letter changes the page's proportions; a period that ends before it starts stops the preview.
        dialog->findChild<QComboBox *>(QStringLiteral("reportPageSize"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview()->isBusy() && !dialog->preview()->image().isNull(), 30000);
        QVERIFY(qAbs(double(dialog->preview()->image().height()) / dialog->preview()->image().width()
                     - 792.0 / 612.0)
                < 0.01);
        dialog->period()->fromEdit()->setDate(dialog->period()->toEdit()->date().addDays(3));
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reportProblem"))
                        ->text()
                        .contains(u"ends before"));
        QVERIFY(dialog->preview()->image().isNull());
        keep(dialog, QStringLiteral("dialog-problem.png"));
        dialog->close();
    }

    // What a new user does: the organization's coverage as a signed PDF, then Verify.
    void exportsAPdfCoverageReportThatVerifies()
    {
        QVERIFY(console().window().navigator()->select({console().orgId(), {}, {}}));
        ExportReportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->spec().scope, ReportScope::organization(console().orgId()));
        const QString pdf = m_out.filePath(QStringLiteral("coverage.pdf"));
        dialog->setDestination(pdf);
        dialog->findChild<QCheckBox *>(QStringLiteral("reportSign"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview()->pageCount() > 0, 30000);
        keep(dialog, QStringLiteral("dialog.png"));
        QVERIFY(dialog->exportButton()->isEnabled());
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);

        ReportRunPanel *run = dialog->runPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
        QVERIFY2(!run->output().path.isEmpty(), qPrintable(run->resultText()));
        QCOMPARE(run->output().path, pdf);
        QVERIFY(run->resultText().contains(pdf));
        QVERIFY(run->resultText().contains(QStringLiteral("snapline report verify")));
        QVERIFY(run->resultText().contains(run->output().keyFingerprint));
        QCOMPARE(entriesOf(m_out.path()),
                 (QStringList{QStringLiteral("coverage.pdf"), QStringLiteral("coverage.pdf.manifest.json"),
                              QStringLiteral("coverage.pdf.manifest.sig")}));
        // The Jobs panel shows the export too.
        JobListModel *jobs = console().window().jobs();
        const int row = jobs->rowCount() - 1;
        QCOMPARE(jobs->index(row, JobListModel::Title).data().toString(),
                 QStringLiteral("Export Backup coverage as PDF"));
        QCOMPARE(jobs->job(row)->state(), Job::State::Succeeded);

        QVERIFY(run->verifyButton()->isVisible());
        QTest::mouseClick(run->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->verifyText().contains(QStringLiteral("Intact")), 30000);
        QVERIFY(run->verifyText().contains(QStringLiteral("The signature is valid, by key ")
                                           + run->output().keyFingerprint));
        keep(dialog, QStringLiteral("dialog-done.png"));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        QProcess text;
        text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(all.contains(QStringLiteral("Backup coverage — Snapline-Demo")));
        QVERIFY(all.contains(QStringLiteral("Test sandbox"))); // the profile, on the title page
        dialog->close();
    }

    // Cancel while the export waits for a worker: it ends cancelled, and nothing is written.
    void cancelLeavesNothing()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore release;
        pool.start([&release] { release.acquire(); }); // holds the only worker
        ExportReportContext context;
        context.catalogPath = console().session().connection()->catalogPath();
        context.profileName = console().session().profile().name;
        context.inventory = console().session().inventory();
        context.orgId = console().orgId();
        context.jobs = console().window().jobs();
        context.pool = &pool;
        ExportReportDialog dialog(context, &console().window());
        dialog.show();
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setDestination(pdf);
        QVERIFY(dialog.startExport());
        ReportRunPanel *run = dialog.runPanel();
        QVERIFY(run->isRunning());
        QVERIFY(run->cancelButton()->isVisible());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
        QVERIFY(run->resultText().contains(QStringLiteral("cancelled; nothing was written")));
        JobListModel *jobs = console().window().jobs();
        QCOMPARE(jobs->job(jobs->rowCount() - 1)->state(), Job::State::Cancelled);
        QVERIFY(pool.waitForDone(30000));
        QCOMPARE(entriesOf(folder.path()), QStringList());
        QVERIFY(dialog.exportButton()->isEnabled());
    }

    void snapshotTableExportsAsCsv()
    {
        QVERIFY(console().openCluster(QStringLiteral("Payments"), QStringLiteral("payments-ledger")));
        QTableView *table = console().window().clusterPage()->snapshotTable();
        QTRY_VERIFY(table->model()->rowCount() > 5);
        QAction *action = nullptr;
        for (QAction *a : table->actions()) {
            if (a->objectName() == u"exportTableCsvAction")
                action = a;
        }
        QVERIFY(action);
        // The snapshot's context menu (restore …) lists the table's entries too.
        const QRect firstRow = table->visualRect(table->model()->index(0, 0));
        Q_EMIT table->customContextMenuRequested(firstRow.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(menu->objectName(), QStringLiteral("snapshotMenu"));
        QVERIFY(menu->actions().contains(action));
        menu->close();
        action->trigger();
        QFileDialog *picker = nullptr;
        QTRY_VERIFY((picker = console().window().findChild<QFileDialog *>(QStringLiteral("tableCsvPicker"))));
        QVERIFY(picker->selectedFiles().value(0).endsWith(QStringLiteral("payments-ledger-snapshots.csv")));
        const QString csv = m_out.filePath(QStringLiteral("snapshots.csv"));
        picker->selectFile(csv);
        static_cast<QDialog *>(picker)->accept(); // QFileDialog::accept, through the public base
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(csv), 30000);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.value(0),
                 (QStringList{QStringLiteral("created"), QStringLiteral("expires"),
                              QStringLiteral("frequency"), QStringLiteral("type"), QStringLiteral("status"),
                              QStringLiteral("size"), QStringLiteral("version"),
                              QStringLiteral("description")}));
        const QAbstractItemModel *model = table->model();
        QCOMPARE(records.size(), model->rowCount() + 1);
        for (int row : {0, model->rowCount() - 1}) {
            for (int column = 0; column < model->columnCount(); ++column)
                QCOMPARE(records[row + 1][column], model->index(row, column).data().toString());
        }
        QTRY_VERIFY(console().window().statusBar()->currentMessage().contains(csv));
        QVERIFY(!QFileInfo::exists(csv
                                   + QStringLiteral(".manifest.json"))); // a table export is just the file
    }

    void postureGridAndRestoreHistoryHaveTheAction()
    {
        for (const QString &name : {QStringLiteral("postureTable"), QStringLiteral("restoreTable")}) {
            auto *table = console().window().findChild<QTableView *>(name);
            QVERIFY2(table, qPrintable(name));
            QVERIFY2(std::any_of(table->actions().cbegin(), table->actions().cend(),
                                 [](const QAction *a) { return a->objectName() == u"exportTableCsvAction"; }),
                     qPrintable(name));
            QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu); // a right click lists them
        }
    }

    void cleanupTestCase() { m_console.reset(); }
};

QTEST_MAIN(TestExportReportDialog)
#include "tst_export_report_dialog.moc"
