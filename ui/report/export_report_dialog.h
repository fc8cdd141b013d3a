#pragma once

#include "console/inventory.h"
#include "report/report_exporter.h"
#include "report/report_scope_choices.h"
#include "report/report_spec.h"
#include "util/clock.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThreadPool;

namespace snapline {

class JobListModel;
class ReportPeriodEditor;
class ReportPreviewPane;
class ReportRunPanel;

// What the Export report dialog works from: the open profile's catalog and
// inventory, the navigator's selection (the scope it proposes), and where
// jobs go.
struct ExportReportContext
{
    QString catalogPath;
    QString profileName;
    std::shared_ptr<const Inventory> inventory;
    QString orgId; // the navigator's selection; an empty projectId is the organization
    QString projectId;
    QString clusterName;
    JobListModel *jobs = nullptr; // the Jobs panel's model; the export shows there too
    std::shared_ptr<const Clock> clock = Clock::system();
    QThreadPool *pool = nullptr; // the exports' and previews' workers (default: the job pool)
};

// File → Export report…: kind, scope, period, format, page size, signing
// and destination, with a preview of the first page; the export runs as a
// ReportJob (in the Jobs panel too) with progress and cancel, and ends with
// the files written and a Verify button.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportReportDialog(ExportReportContext context, QWidget *parent = nullptr);

    // What the fields say now (generatedAt stamped from the clock).
    ReportSpec spec() const;
    ReportFormat format() const;
    ReportSigning signing() const;
    QString destination() const;

    void setKind(ReportKind kind);
    void setFormat(ReportFormat format);
    void setDestination(const QString &path);

    ReportPreviewPane *preview() const { return m_preview; }
    ReportRunPanel *runPanel() const { return m_run; }
    ReportPeriodEditor *period() const { return m_period; }
    QPushButton *exportButton() const { return m_export; }

    // Starts the export (what the Export button does), after asking before
    // replacing a file; false when a field is wrong.
    bool startExport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintProblem();
    void run();
    void buildForm();
    void fieldsChanged();
    void formatChanged();
    void browse();
    QString suggestedFileName() const;
    QString problem() const;
    void setRunning(bool running);

    ExportReportContext m_context;
    QList<ReportScopeChoice> m_scopes;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindAbout = nullptr;
    QComboBox *m_scope = nullptr;
    ReportPeriodEditor *m_period = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_sign = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
    ReportPreviewPane *m_preview = nullptr;
    ReportRunPanel *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_form = nullptr;
    bool m_destinationTyped = false; // the user chose a destination: suggestions stop replacing it
};

} // namespace snapline
