#include "jobs/desktop_notifier.h"

#include "jobs/job_list_model.h"
#include "restore/restore_operation_job.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace snapline {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray.data();
}

void DesktopNotifier::watch(JobListModel *jobs)
{
    connect(jobs, &JobListModel::jobFinished, this, &DesktopNotifier::jobFinished);
}

bool DesktopNotifier::usesSystemTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *DesktopNotifier::trayIcon()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon());
        m_tray->setToolTip(tr("Snapline"));
        m_tray->show();
    }
    return m_tray;
}

void DesktopNotifier::notify(const Notification &notification)
{
    m_history << notification;
    if (usesSystemTray()) {
        const auto icon = notification.level == Level::Critical ? QSystemTrayIcon::Critical
                : notification.level == Level::Warning          ? QSystemTrayIcon::Warning
                                                                : QSystemTrayIcon::Information;
        trayIcon()->showMessage(notification.title, notification.message, icon);
    }
    Q_EMIT notified(notification);
}

void DesktopNotifier::jobFinished(Job *job)
{
    auto *restore = qobject_cast<RestoreOperationJob *>(job);
    if (!restore)
        return;
    const bool reachedAtlas = restore->restoreJob().has_value();
    Notification n;
    switch (restore->state()) {
    case Job::State::Succeeded:
        n.title = tr("Restore completed");
        n.message = restore->result() ? restore->result()->value().summary : restore->title();
        break;
    case Job::State::Cancelled:
        n.title = tr("Restore cancelled");
        n.message = restore->errorMessage();
        n.level = Level::Warning;
        break;
    default:
        // A refusal before anything was sent is shown where the person asked; a restore that failed is news.
        n.title = reachedAtlas ? tr("Restore failed") : tr("Restore not sent");
        n.message = restore->errorMessage();
        n.level = Level::Critical;
        break;
    }
    if (!n.message.startsWith(restore->title()))
        n.message = restore->title() + QStringLiteral(": ") + n.message;
    notify(n);
}

} // namespace snapline
