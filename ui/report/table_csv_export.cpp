#include "report/table_csv_export.h"

#include "actions/message_box.h"
#include "jobs/job_list_model.h"
#include "main_window.h"
#include "pages/cluster_page.h"
#include "pages/posture_page.h"
#include "report/csv_report_writer.h"
#include "report/report_settings.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace snapline {

namespace {

const QAbstractItemModel *sourceOf(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

// "CreatedColumn" → "created": stable across languages, unlike the header.
QString columnKey(const QAbstractItemModel &model, int column)
{
    const QMetaObject *meta = sourceOf(&model)->metaObject();
    const int index = meta->indexOfEnumerator("Column");
    if (index >= 0) {
        QString key = QString::fromLatin1(meta->enumerator(index).valueToKey(column));
        if (key.endsWith(u"Column"))
            key.chop(6);
        if (!key.isEmpty()) {
            key[0] = key[0].toLower();
            return key;
        }
    }
    return QStringLiteral("column%1").arg(column + 1);
}

QString fileStem(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return text;
}

QString folderFor(const QString &stem)
{
    QString folder = ReportSettings::lastFolder().value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileStem(stem) + QStringLiteral(".csv"));
}

} // namespace

TableCsvExport::TableCsvExport(QAbstractItemView *view, JobListModel *jobs, QString title, NameHint nameHint,
                               std::shared_ptr<const Clock> clock)
    : QObject(view)
    , m_view(view)
    , m_jobs(jobs)
    , m_title(std::move(title))
    , m_nameHint(std::move(nameHint))
    , m_clock(std::move(clock))
    , m_action(new QAction(tr("Export as CSV…"), view))
{
    m_action->setObjectName(QStringLiteral("exportTableCsvAction"));
    m_action->setToolTip(tr("Save the rows this table shows as a CSV file"));
    view->addAction(m_action);
    // Another part may build its own menu for this table; it then lists the view's actions.
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_action, &QAction::triggered, this, &TableCsvExport::chooseFile);
}

void TableCsvExport::installOn(MainWindow &window)
{
    const auto clock = Clock::system();
    ClusterPage *cluster = window.clusterPage();
    PosturePage *posture = window.posturePage();
    const auto clusterStem = [cluster](const QString &what) {
        return [cluster, what]() -> QString { return cluster->clusterName() + u'-' + what; };
    };
    new TableCsvExport(
            posture->table(), window.jobs(), tr("Backup posture"), [] { return QStringLiteral("posture"); },
            clock);
    new TableCsvExport(cluster->snapshotTable(), window.jobs(), tr("Snapshots"),
                       clusterStem(QStringLiteral("snapshots")), clock);
    if (auto *restores = cluster->findChild<QTableView *>(QStringLiteral("restoreTable")))
        new TableCsvExport(restores, window.jobs(), tr("Restore history"),
                           clusterStem(QStringLiteral("restores")), clock);
}

ReportDocument TableCsvExport::document(const QAbstractItemView &view, const QString &title,
                                        const QDateTime &generatedAt)
{
    const QAbstractItemModel &model = *view.model();
    const auto *table = qobject_cast<const QTableView *>(&view);
    QList<int> shown;
    ReportTable out;
    out.key = QStringLiteral("rows");
    out.title = title;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (table && table->isColumnHidden(c))
            continue;
        shown << c;
        out.columns << ReportColumn{columnKey(model, c), model.headerData(c, Qt::Horizontal).toString(),
                                    ReportColumn::Type::Text, false};
    }
    out.rows.reserve(model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        row.reserve(shown.size());
        for (const int c : std::as_const(shown))
            row << model.index(r, c).data(Qt::DisplayRole).toString();
        out.rows << row;
    }
    ReportSection section;
    section.key = QStringLiteral("table");
    section.title = title;
    section.tables = {out};
    ReportDocument document;
    document.title = title;
    document.spec.generatedAt = generatedAt;
    document.sections = {section};
    return document;
}

void TableCsvExport::chooseFile()
{
    if (!m_view || !m_view->model())
        return;
    auto *picker = new QFileDialog(m_view->window(), tr("Export %1 as CSV").arg(m_title),
                                   folderFor(m_nameHint ? m_nameHint() : m_title), tr("CSV files (*.csv)"));
    picker->setObjectName(QStringLiteral("tableCsvPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("csv"));
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    picker->open();
}

Job *TableCsvExport::exportTo(const QString &path)
{
    if (!m_view || !m_view->model())
        return nullptr;
    // Read on the GUI thread, where the model lives; written on a worker.
    auto table = std::make_shared<const ReportDocument>(document(*m_view, m_title, m_clock->now().toUTC()));
    const qint64 rows = table->sections.first().tables.first().rowCount();
    const QString target = QFileInfo(path).absoluteFilePath();
    auto *job = new TypedJob<QStringList, Error>(
            tr("Export %1 as CSV").arg(m_title),
            [table, target](JobContext &context) {
                return CsvReportWriter().write(*table, target, context.cancelFlag(),
                                               [&context](int percent) { context.progress(percent, 100); });
            },
            this);
    QPointer<QWidget> window = m_view->window();
    connect(job, &Job::finished, this, [this, job, target, rows, window] {
        if (job->state() == Job::State::Succeeded) {
            ReportSettings::lastFolder().setValue(QFileInfo(target).absolutePath());
            if (auto *main = qobject_cast<QMainWindow *>(window.data()))
                main->statusBar()->showMessage(tr("%1: %2 rows written to %3")
                                                       .arg(m_title)
                                                       .arg(rows)
                                                       .arg(QDir::toNativeSeparators(target)),
                                               20000);
            Q_EMIT exported(target, rows);
        } else {
            if (job->state() == Job::State::Failed)
                MessageBox::warning(window, tr("Export as CSV"), job->errorMessage());
            Q_EMIT failed(job->errorMessage());
        }
    });
    if (m_jobs)
        m_jobs->track(job);
    job->start();
    return job;
}

} // namespace snapline
