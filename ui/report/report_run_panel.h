#pragma once

#include "report/report_exporter.h"
#include "report/report_verifier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QThreadPool;

namespace snapline {

class ReportJob;

// The lower part of the export dialog: a running export's progress and its
// Cancel button, then what came of it — the files written and how to check
// them, or why nothing was — and a Verify button that checks the report
// against its manifest and signature as an auditor would.
class ReportRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportRunPanel(QWidget *parent = nullptr);

    // Follows `job` (started by the caller) until it ends.
    void follow(ReportJob *job);
    bool isRunning() const;
    void setPool(QThreadPool *pool) { m_pool = pool; }

    // The last export's outcome; empty path while none succeeded.
    const ReportOutput &output() const { return m_output; }
    QString resultText() const;
    QString verifyText() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *verifyButton() const { return m_verify; }

Q_SIGNALS:
    void finished(bool succeeded);
    void verified(bool intact);

private:
    void onFinished();
    void verify();
    void showVerification(const Result<ReportVerification> &verification);

    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verification = nullptr;
    QPointer<ReportJob> m_job;
    ReportOutput m_output;
    QThreadPool *m_pool = nullptr;
};

} // namespace snapline
