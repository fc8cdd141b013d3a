#pragma once

#include "report/pdf_page_preview.h"
#include "report/report_spec.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QThreadPool;

namespace snapline {

// The export dialog's preview: the first page of the report as its PDF will
// show it, built from the catalog on a worker a moment after the last
// change. A newer request cancels the one running; a late answer is dropped.
class ReportPreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreviewPane(QWidget *parent = nullptr);
    ~ReportPreviewPane() override;

    // Asks for the preview of `spec` (after a short pause, so typing does not
    // start a build per key).
    void request(const QString &catalogPath, const ReportSpec &spec);
    // Says why there is nothing to preview (a bad period …) instead.
    void showProblem(const QString &text);
    void setPool(QThreadPool *pool) { m_pool = pool; }

    bool isBusy() const { return m_busy; }
    QImage image() const { return m_image; }
    int pageCount() const { return m_pageCount; }

Q_SIGNALS:
    void previewShown(int pageCount);
    void previewFailed(const QString &message);

private:
    void start();
    void shown(const Result<PdfPagePreview::Page> &page);
    void cancelRunning();
    void setText(const QString &text);

    QLabel *m_page = nullptr;
    QLabel *m_caption = nullptr;
    QTimer m_pause;
    QString m_catalogPath;
    ReportSpec m_spec;
    quint64 m_token = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool *m_pool = nullptr;
    QImage m_image;
    int m_pageCount = 0;
    bool m_busy = false;
};

} // namespace snapline
