#pragma once

#include "report/report_document.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;

namespace snapline {

class Job;
class JobListModel;
class MainWindow;

// "Export as CSV…" in a console table's context menu (the posture grid, the
// snapshot table, restore history): the rows the table shows, in its order
// and with its filters, each cell as shown, written as one RFC 4180 file by
// the reports' CSV writer on a worker, as a job in the Jobs panel.
class TableCsvExport : public QObject
{
    Q_OBJECT

public:
    // The file name proposed, without ".csv": "payments-ledger-snapshots".
    using NameHint = std::function<QString()>;

    TableCsvExport(QAbstractItemView *view, JobListModel *jobs, QString title, NameHint nameHint,
                   std::shared_ptr<const Clock> clock = Clock::system());

    // The console's three tables get the action.
    static void installOn(MainWindow &window);
    // The table as a one-table report. Columns are keyed by the source
    // model's Column enum ("CreatedColumn" → "created"), or "columnN".
    static ReportDocument document(const QAbstractItemView &view, const QString &title,
                                   const QDateTime &generatedAt);

    QAction *action() const { return m_action; }
    // Writes the table to `path` (what choosing a file does); the job is the Jobs panel's.
    Job *exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);
    void failed(const QString &message);

private:
    void chooseFile();

    QPointer<QAbstractItemView> m_view;
    JobListModel *m_jobs;
    QString m_title;
    NameHint m_nameHint;
    std::shared_ptr<const Clock> m_clock;
    QAction *m_action;
};

} // namespace snapline
