#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace snapline {

class Job;
class JobListModel;

// Tells the person on the desktop when a restore ends, well or badly: a
// message from the system tray where there is one. Every notification is
// also emitted (the window shows it in its status bar, tests read it).
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Critical };
    Q_ENUM(Level)

    struct Notification
    {
        QString title;
        QString message;
        Level level = Level::Information;
    };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Notifies when a restore tracked by `jobs` ends.
    void watch(JobListModel *jobs);
    void notify(const Notification &notification);

    bool usesSystemTray() const;
    const QList<Notification> &history() const { return m_history; }

Q_SIGNALS:
    void notified(const snapline::DesktopNotifier::Notification &notification);

private:
    void jobFinished(Job *job);
    QSystemTrayIcon *trayIcon();

    QPointer<QSystemTrayIcon> m_tray;
    QList<Notification> m_history;
};

} // namespace snapline

Q_DECLARE_METATYPE(snapline::DesktopNotifier::Notification)
