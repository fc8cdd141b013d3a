#include "report/report_preview_pane.h"

#include "jobs/job.h"
#include "report/report_preview.h"

#include <QFuture>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace snapline {

namespace {

constexpr int kPauseMs = 300;
constexpr int kPageWidth = 300; // pixels: an A4 page about as tall as the form beside it

} // namespace

ReportPreviewPane::ReportPreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_page(new QLabel(this))
    , m_caption(new QLabel(this))
{
    m_page->setObjectName(QStringLiteral("reportPreview"));
    m_page->setAccessibleName(tr("Preview of the report's first page"));
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setWordWrap(true);
    m_page->setFixedSize(kPageWidth + 2, qRound(kPageWidth * 842.0 / 595.0) + 2);
    m_page->setFrameShape(QFrame::Box);
    m_caption->setObjectName(QStringLiteral("reportPreviewCaption"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    layout->addWidget(m_caption);
    layout->addStretch();
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ReportPreviewPane::start);
}

ReportPreviewPane::~ReportPreviewPane()
{
    cancelRunning();
}

void ReportPreviewPane::request(const QString &catalogPath, const ReportSpec &spec)
{
    m_catalogPath = catalogPath;
    m_spec = spec;
    cancelRunning();
    m_busy = true;
    setText(tr("Preparing the preview…"));
    m_pause.start();
}

void ReportPreviewPane::showProblem(const QString &text)
{
    cancelRunning();
    m_pause.stop();
    m_busy = false;
    setText(text);
}

void ReportPreviewPane::cancelRunning()
{
    ++m_token; // whatever is running now answers for nothing
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void ReportPreviewPane::setText(const QString &text)
{
    m_image = QImage();
    m_pageCount = 0;
    m_page->setPixmap(QPixmap());
    m_page->setText(text);
    m_caption->clear();
}

void ReportPreviewPane::start()
{
    const quint64 token = m_token;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString catalogPath = m_catalogPath;
    const ReportSpec spec = m_spec;
    const int width = kPageWidth * qMax(1, qRound(devicePixelRatioF()));
    QThreadPool *pool = m_pool ? m_pool : Job::defaultPool();
    QPointer<ReportPreviewPane> self(this);
    QtConcurrent::run(pool, [=] {
        return ReportPreview::firstPage(catalogPath, spec, width, cancel.get());
    }).then(this, [self, token](const Result<PdfPagePreview::Page> &page) {
        ReportPreviewPane *pane = self.data();
        if (!pane || token != pane->m_token)
            return; // a newer request, or the dialog closed
        pane->shown(page);
    });
}

void ReportPreviewPane::shown(const Result<PdfPagePreview::Page> &page)
{
    m_busy = false;
    if (!page) {
        setText(page.error().message);
        Q_EMIT previewFailed(page.error().message);
        return;
    }
    QImage image = page->image;
    image.setDevicePixelRatio(double(image.width()) / kPageWidth);
    m_image = page->image;
    m_pageCount = page->pageCount;
    m_page->setPixmap(QPixmap::fromImage(image));
    m_caption->setText(tr("Page 1 of %1, as the PDF shows it").arg(page->pageCount));
    Q_EMIT previewShown(page->pageCount);
}
} // namespace snapline
