#pragma once

#include "pages/navigator_panel.h"
#include "profile/profile.h"
#include "util/clock.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace snapline {

class ClusterActions;
class ClusterPage;
class ConsoleSession;
class ConsoleStatusBar;
class JobListModel;
class DesktopNotifier;
class Job;
class JobsPanel;
class PosturePage;
class SyncJob;
struct Inventory;

// The console's main window: the navigator on the left, the posture grid or
// a cluster page in the middle, the jobs panel below, and a status bar with
// the profile, the sync age, the API budget and the running jobs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<const Clock> clock = Clock::system(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows what `session` holds and follows it (profile switches, syncs).
    void attach(ConsoleSession *session);

    // Where the console's data comes from, while there is nothing to browse yet.
    void showConnecting(const QString &profile);
    void showConnected(const QString &profile, const QUrl &url, const QString &certificateFingerprint);
    void showConnectionFailed(const QString &profile, const QString &reason);
    // A sync running into the catalog: its progress in the status bar, then what it brought.
    void watchSync(SyncJob *job);
    // Something the user should know that needs no answer (e.g. a rebuilt catalog).
    void showNotice(const QString &text);
    // Shows the window in front of the others, restored if it was minimized.
    void bringToFront();

    NavigatorPanel *navigator() const { return m_navigator; }
    PosturePage *posturePage() const { return m_posture; }
    ClusterPage *clusterPage() const { return m_clusterPage; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    JobListModel *jobs() const { return m_jobs; }
    DesktopNotifier *notifier() const { return m_notifier; }
    ClusterActions *clusterActions() const { return m_actions; }
    ConsoleStatusBar *consoleStatusBar() const { return m_status; }
    // For the application to fill: profiles (switch, add, import …) and the theme.
    QMenu *profilesMenu() const { return m_profilesMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void showAbout();
    void onOpened(const Profile &profile);
    void onInventory(const std::shared_ptr<const Inventory> &inventory);
    void onNodeSelected(const NavigatorPanel::Node &node);
    void enterPage(const NavigatorPanel::Node &node);
    void openCluster(const QString &projectId, const QString &clusterName);
    void refresh();
    // File → Export report…: the dialog on the open profile's catalog and the navigator's selection.
    void exportReport();
    void updateActionContext();
    // A restore's Atlas job changed: the page showing its source or target follows.
    void followRestore(Job *job);
    void restoreLayout();
    void saveLayout() const;

    std::shared_ptr<const Clock> m_clock;
    ConsoleSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    NavigatorPanel *m_navigator = nullptr;
    PosturePage *m_posture = nullptr;
    ClusterPage *m_clusterPage = nullptr;
    JobListModel *m_jobs = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    ClusterActions *m_actions = nullptr;
    ConsoleStatusBar *m_status = nullptr;
    QMenu *m_clusterMenu = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    NavigatorPanel::Node m_restoredNode; // last session's selection, until it can be shown
    bool m_layoutRestored = false;
};

} // namespace snapline
