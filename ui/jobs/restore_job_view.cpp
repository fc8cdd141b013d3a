#include "jobs/restore_job_view.h"

#include "console/display_format.h"
#include "models/exact_text.h"
#include "restore/restore_operation_job.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapline {

namespace {

// "3 h 59 min 12 s": to the second, since a link's last minutes matter.
QString countdown(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = seconds % 3600 / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return RestoreJobView::tr("%1 h %2 min %3 s").arg(h).arg(m).arg(s);
    if (m > 0)
        return RestoreJobView::tr("%1 min %2 s").arg(m).arg(s);
    return RestoreJobView::tr("%1 s").arg(s);
}

} // namespace

RestoreJobView::RestoreJobView(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_summary(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_links(new QListWidget(this))
    , m_copy(new QPushButton(tr("&Copy Link"), this))
{
    setObjectName(QStringLiteral("restoreJobView"));
    setAccessibleName(tr("Restore job in Atlas"));
    m_summary->setObjectName(QStringLiteral("restoreJobSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expiry->setObjectName(QStringLiteral("restoreLinkExpiry"));
    m_expiry->setAccessibleName(tr("Download links expire"));
    m_links->setObjectName(QStringLiteral("restoreLinks"));
    m_links->setAccessibleName(tr("Download links"));
    m_links->setMaximumHeight(m_links->fontMetrics().height() * 5);
    m_copy->setObjectName(QStringLiteral("copyRestoreLinkButton"));
    m_copy->setAccessibleName(tr("Copy the download link"));
    m_copy->setToolTip(tr("Copies the selected download link, or every link when none is selected."));

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_expiry, 1);
    linkRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_links);
    layout->addLayout(linkRow);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RestoreJobView::tick);
    connect(m_copy, &QPushButton::clicked, this, &RestoreJobView::copyLinks);
    setJob(nullptr);
}

void RestoreJobView::setJob(RestoreOperationJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_shown.reset();
    setVisible(job != nullptr);
    if (!job)
        return;
    connect(job, &RestoreOperationJob::restoreJobChanged, this, &RestoreJobView::show);
    connect(job, &Job::finished, this, &RestoreJobView::tick);
    if (job->restoreJob())
        show(*job->restoreJob());
    else
        tick();
}

void RestoreJobView::show(const RestoreJob &job)
{
    m_shown = job;
    m_links->clear();
    for (const QString &url : job.deliveryUrls)
        m_links->addItem(url);
    tick();
}

QString RestoreJobView::expiryText() const
{
    if (!m_shown || m_shown->deliveryUrls.isEmpty() || !m_shown->expiresAt.isValid())
        return {};
    const qint64 left = m_clock->now().secsTo(m_shown->expiresAt);
    if (left <= 0 || m_shown->expired)
        return tr("The links expired %1.").arg(ExactText::moment(m_shown->expiresAt));
    return tr("The links expire in %1 (%2).").arg(countdown(left), ExactText::moment(m_shown->expiresAt));
}

void RestoreJobView::tick()
{
    const RestoreOperationJob *job = m_job.data();
    if (!job) {
        m_ticker.stop();
        return;
    }
    const QDateTime now = m_clock->now();
    if (!m_shown) {
        m_summary->setText(job->isFinished()
                                   ? tr("Atlas has no job for this restore: %1").arg(job->errorMessage())
                                   : tr("Not sent to Atlas yet."));
    } else {
        m_summary->setText(tr("Atlas job %1 · %2 · %3 → %4 · %5")
                                   .arg(m_shown->id, formatRestoreState(m_shown->state()),
                                        RestoreOrderText::source(job->order()),
                                        RestoreOrderText::destination(job->order()),
                                        RestoreText::jobSummary(*m_shown, now)));
    }
    const bool hasLinks = m_shown && !m_shown->deliveryUrls.isEmpty();
    const QString expiry = expiryText();
    m_links->setVisible(hasLinks);
    m_expiry->setVisible(hasLinks);
    m_copy->setVisible(hasLinks);
    m_expiry->setText(expiry);
    const bool live
            = hasLinks && m_shown->expiresAt.isValid() && now < m_shown->expiresAt && !m_shown->expired;
    m_copy->setEnabled(live);
    m_links->setEnabled(live);
    const bool ticking = live || (m_shown && !m_shown->isFinished());
    if (ticking && !m_ticker.isActive())
        m_ticker.start();
    else if (!ticking)
        m_ticker.stop();
}

void RestoreJobView::copyLinks()
{
    if (!m_shown)
        return;
    const QList<QListWidgetItem *> chosen = m_links->selectedItems();
    const QString text = chosen.isEmpty() ? m_shown->deliveryUrls.join(u'\n') : chosen.first()->text();
    QGuiApplication::clipboard()->setText(text);
}

} // namespace snapline
