#include "main_window.h"

#include "actions/cluster_actions.h"
#include "jobs/desktop_notifier.h"
#include "jobs/job_list_model.h"
#include "jobs/jobs_panel.h"
#include "pages/cluster_page.h"
#include "pages/console_status_bar.h"
#include "pages/posture_page.h"
#include "report/export_report_dialog.h"
#include "report/table_csv_export.h"
#include "restore/restore_operation_job.h"
#include "session/console_session.h"
#include "sync/sync_job.h"
#include "theme/console_settings.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

// The icons live in the static ui library's resources, which must be
// registered by hand (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace snapline {

MainWindow::MainWindow(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(std::move(clock))
{
    initUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Snapline"));
    setWindowIcon(QIcon(u":/icons/snapline.svg"_s));
    resize(1280, 820);

    m_welcome = new QLabel(
            tr("Snapline — MongoDB Atlas backups.\nChoose a profile to see its organizations."), this);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setAccessibleName(tr("Welcome"));
    // Made before the pages and the jobs panel, so Tab runs navigator → page → jobs.
    m_navigator = new NavigatorPanel(this);
    m_posture = new PosturePage(m_clock, this);
    m_clusterPage = new ClusterPage(m_clock, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_posture);
    m_stack->addWidget(m_clusterPage);
    setCentralWidget(m_stack);

    m_status = new ConsoleStatusBar(m_clock, this);
    setStatusBar(m_status);
    m_status->showMessage(tr("Ready"));

    createDocks();
    createMenus();

    connect(m_navigator, &NavigatorPanel::nodeSelected, this, &MainWindow::onNodeSelected);
    connect(m_navigator, &NavigatorPanel::nodeActivated, this, &MainWindow::enterPage);
    connect(m_posture, &PosturePage::clusterActivated, this,
            [this](const QString &projectId, const QString &name) {
                m_navigator->select({m_navigator->currentNode().orgId, projectId, name});
            });
    connect(m_clusterPage, &ClusterPage::detailShown, this, &MainWindow::updateActionContext);
    connect(m_clusterPage, &ClusterPage::selectedSnapshotChanged, this, &MainWindow::updateActionContext);
    connect(m_jobs, &JobListModel::runningCountChanged, m_status, &ConsoleStatusBar::setRunningJobs);
    m_notifier = new DesktopNotifier(this);
    m_notifier->watch(m_jobs);
    connect(m_notifier, &DesktopNotifier::notified, this, [this](const DesktopNotifier::Notification &n) {
        m_status->showMessage(n.title + u": " + n.message, 60000);
    });
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    followRestore(m_jobs->job(row));
            });
    TableCsvExport::installOn(*this);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *navigatorDock = new QDockWidget(tr("Navigator"), this);
    navigatorDock->setObjectName(u"navigatorDock"_s);
    navigatorDock->setWidget(m_navigator);
    navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);
    resizeDocks({navigatorDock}, {300}, Qt::Horizontal);

    m_jobs = new JobListModel(m_clock, this);
    m_jobsPanel = new JobsPanel(m_jobs, this);
    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(u"jobsDock"_s);
    jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    resizeDocks({jobsDock}, {140}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *report = file->addAction(tr("&Export Report…"));
    report->setObjectName(u"exportReportAction"_s);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(report, &QAction::triggered, this, &MainWindow::exportReport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *refresh = view->addAction(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"));
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh); // F5
    refresh->setToolTip(tr("Sync what is selected with Atlas (F5)"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);
    QAction *find = view->addAction(tr("&Find…"));
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find); // Ctrl+F
    connect(find, &QAction::triggered, m_navigator, &NavigatorPanel::focusSearch);
    view->addSeparator();
    QAction *fit = view->addAction(tr("&Fit timeline"));
    fit->setObjectName(u"fitTimelineAction"_s);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, m_clusterPage->timeline(), &TimelineWidget::fitAll);
    view->addSeparator();
    for (auto *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    m_clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    m_clusterMenu->setObjectName(u"clusterMenu"_s);
    m_clusterMenu->setEnabled(false);

    m_profilesMenu = menuBar()->addMenu(tr("&Profiles"));
    m_profilesMenu->setObjectName(u"profilesMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Snapline"));
    about->setObjectName(u"aboutAction"_s);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::attach(ConsoleSession *session)
{
    m_session = session;
    connect(session, &ConsoleSession::opening, this, [this](const Profile &profile) {
        m_status->setProfile(profile.name);
        m_status->setLastSync(std::nullopt);
        showConnecting(profile.name);
    });
    connect(session, &ConsoleSession::opened, this, &MainWindow::onOpened);
    connect(session, &ConsoleSession::openFailed, this,
            [this](const Profile &profile, const QString &message) {
                showConnectionFailed(profile.name, message);
            });
    connect(session, &ConsoleSession::notice, this, &MainWindow::showNotice);
    connect(session, &ConsoleSession::inventoryChanged, this, &MainWindow::onInventory);
    connect(session, &ConsoleSession::rolesChanged, this, [this] {
        if (m_actions && m_session->connection())
            m_actions->setEnvironment(
                    ActionEnvironment::from(*m_session->connection(), m_session->roles(), m_jobs));
        updateActionContext();
    });
    connect(session, &ConsoleSession::syncStarted, this, &MainWindow::watchSync);
    connect(session, &ConsoleSession::syncFinished, this,
            [this](const SyncTarget &target, bool, const QString &summary) {
                m_status->showMessage(summary, 20000);
                const bool coversPage = target.kind == SyncTarget::Kind::Everything
                        || (target.kind == SyncTarget::Kind::Project
                            && target.projectId == m_clusterPage->projectId())
                        || (target.kind == SyncTarget::Kind::Cluster
                            && target.projectId == m_clusterPage->projectId()
                            && target.clusterName == m_clusterPage->clusterName());
                if (coversPage && m_stack->currentWidget() == m_clusterPage && m_session->connection())
                    m_clusterPage->load(m_session->connection()->catalogPath(), m_clusterPage->projectId(),
                                        m_clusterPage->clusterName());
            });
    if (session->isOpen()) { // attached to a session already open: show what it holds
        onOpened(session->profile());
        onInventory(session->inventory());
    }
}

void MainWindow::onOpened(const Profile &profile)
{
    m_status->setProfile(profile.name);
    m_status->setRateBudget(m_session->connection()->api()->client().sharedBudget());
    const ActionEnvironment environment
            = ActionEnvironment::from(*m_session->connection(), m_session->roles(), m_jobs);
    if (m_actions) {
        m_actions->setEnvironment(environment);
    } else {
        m_actions = new ClusterActions(environment, this);
        QToolBar *bar = m_clusterPage->actionBar();
        const QList<QAction *> all = m_actions->actions();
        for (int i = 0; i < all.size(); ++i) {
            m_clusterMenu->addAction(all.at(i));
            m_clusterPage->addActionButton(m_actions->createButton(ClusterActions::Id(i), bar));
        }
        m_actions->installSnapshotMenu(m_clusterPage->snapshotTable());
        connect(m_clusterPage, &ClusterPage::restoreToMomentRequested, m_actions,
                &ClusterActions::restoreToMoment);
        connect(m_actions, &ClusterActions::clusterChanged, this,
                [this](const QString &projectId, const QString &name) {
                    if (!m_session || !m_session->connection())
                        return;
                    m_session->reloadInventory();
                    if (m_clusterPage->projectId() == projectId && m_clusterPage->clusterName() == name)
                        m_clusterPage->load(m_session->connection()->catalogPath(), projectId, name);
                });
    }
    updateActionContext();
}

void MainWindow::followRestore(Job *job)
{
    auto *restore = qobject_cast<RestoreOperationJob *>(job);
    if (!restore)
        return;
    const auto reload = [this, restore] {
        const RestoreOrder &order = restore->order();
        const bool shown = m_stack->currentWidget() == m_clusterPage && m_session && m_session->connection();
        const auto isShown = [this](const QString &projectId, const QString &name) {
            return m_clusterPage->projectId() == projectId && m_clusterPage->clusterName() == name;
        };
        if (shown
            && (isShown(order.projectId, order.clusterName)
                || (order.hasTarget() && isShown(order.targetProjectId, order.targetClusterName))))
            m_clusterPage->load(m_session->connection()->catalogPath(), m_clusterPage->projectId(),
                                m_clusterPage->clusterName());
    };
    connect(restore, &RestoreOperationJob::restoreJobChanged, this, reload);
    connect(restore, &Job::finished, this, reload);
}

void MainWindow::onInventory(const std::shared_ptr<const Inventory> &inventory)
{
    m_navigator->setInventory(inventory);
    m_posture->setInventory(inventory);
    if (!inventory) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    std::optional<QDateTime> newest;
    for (const auto &org : inventory->organizations)
        if (org.sync && org.sync->lastSync.isValid() && (!newest || org.sync->lastSync > *newest))
            newest = org.sync->lastSync;
    m_status->setLastSync(newest);
    if (inventory->organizations.isEmpty()) {
        m_welcome->setText(tr("Reading the organization from Atlas…"));
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        NavigatorPanel::Node first = m_restoredNode;
        if (!m_navigator->select(first))
            m_navigator->select({inventory->organizations.first().organization.id, {}, {}});
    } else if (m_stack->currentWidget() == m_welcome) {
        m_navigator->select({inventory->organizations.first().organization.id, {}, {}});
    }
}

void MainWindow::onNodeSelected(const NavigatorPanel::Node &node)
{
    if (node.isCluster()) {
        openCluster(node.projectId, node.clusterName);
        return;
    }
    m_clusterMenu->setEnabled(false);
    m_posture->showScope(node.orgId, node.projectId,
                         m_session && m_session->connection() ? m_session->connection()->catalogPath()
                                                              : QString());
    m_stack->setCurrentWidget(m_posture);
}

void MainWindow::enterPage(const NavigatorPanel::Node &node)
{
    // Enter on a node: the keyboard goes where the work is, the timeline or the posture grid.
    if (node.isCluster())
        m_clusterPage->timeline()->setFocus(Qt::OtherFocusReason);
    else
        m_posture->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openCluster(const QString &projectId, const QString &clusterName)
{
    if (!m_session || !m_session->connection())
        return;
    m_clusterMenu->setEnabled(true);
    m_stack->setCurrentWidget(m_clusterPage);
    m_clusterPage->load(m_session->connection()->catalogPath(), projectId, clusterName);
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    const NavigatorPanel::Node node = m_navigator->currentNode();
    if (node.isCluster())
        m_session->sync(SyncTarget::cluster(node.projectId, node.clusterName));
    else if (node.isProject())
        m_session->sync(SyncTarget::project(node.projectId));
    else
        m_session->sync(SyncTarget::everything());
}

void MainWindow::exportReport()
{
    ExportReportContext context;
    if (m_session && m_session->connection()) {
        context.catalogPath = m_session->connection()->catalogPath();
        context.profileName = m_session->profile().name;
        context.inventory = m_session->inventory();
    }
    const NavigatorPanel::Node node = m_navigator->currentNode();
    context.orgId = node.orgId;
    context.projectId = node.projectId;
    context.clusterName = node.clusterName;
    context.jobs = m_jobs;
    context.clock = m_clock;
    auto *dialog = new ExportReportDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateActionContext()
{
    if (!m_actions || !m_session)
        return;
    m_actions->setContext(m_clusterPage->detail(), m_session->roles(), m_clusterPage->selectedSnapshotId(),
                          m_clock->now());
}

void MainWindow::showConnecting(const QString &profile)
{
    m_welcome->setText(tr("Opening %1…").arg(profile));
    m_stack->setCurrentWidget(m_welcome);
    m_status->showMessage(tr("Profile: %1 — opening").arg(profile));
}

void MainWindow::showConnected(const QString &profile, const QUrl &url, const QString &certificateFingerprint)
{
    if (m_stack->currentWidget() == m_welcome)
        m_welcome->setText(tr("%1 is running at %2.\nCertificate SHA-256: %3")
                                   .arg(profile, url.toString(), certificateFingerprint));
    m_welcome->setToolTip(certificateFingerprint);
    m_status->showMessage(tr("Profile: %1 — %2").arg(profile, url.toString()), 10000);
}

void MainWindow::showConnectionFailed(const QString &profile, const QString &reason)
{
    m_welcome->setText(tr("%1 could not be opened:\n%2").arg(profile, reason));
    m_stack->setCurrentWidget(m_welcome);
    m_status->showMessage(tr("Profile: %1 — not available").arg(profile));
}

void MainWindow::watchSync(SyncJob *job)
{
    m_jobs->track(job);
    const QString before = m_welcome->text();
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &p) {
        const QString text = p.total > 0
                ? tr("%1: %2 of %3 clusters").arg(job->title()).arg(p.done).arg(p.total)
                : tr("%1: %2").arg(job->title(), p.stage);
        m_status->setSyncActivity(text);
        m_status->showMessage(text);
    });
    connect(job, &Job::finished, this, [this, job, before] {
        m_status->setSyncActivity({});
        if (job->state() == Job::State::Succeeded) {
            const SyncReport &r = job->result()->value();
            if (m_stack->currentWidget() == m_welcome)
                m_welcome->setText(
                        before + u"\n\n"_s
                        + tr("Synced %1 projects, %2 clusters and %3 snapshots into the catalog in %4 s.")
                                  .arg(r.projects)
                                  .arg(r.clusters)
                                  .arg(r.snapshotsRead)
                                  .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
            m_status->setLastSync(m_clock->now());
            m_status->showMessage(tr("Synced just now"));
        } else {
            if (m_stack->currentWidget() == m_welcome)
                m_welcome->setText(before + u"\n\n"_s + tr("The sync stopped: %1").arg(job->errorMessage()));
            m_status->showMessage(tr("Sync failed"));
        }
    });
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    // Window-modal without a nested event loop, like every other box of the console.
    auto *box = new QMessageBox(
            QMessageBox::Information, tr("About Snapline"),
            tr("<b>Snapline %1</b><p>A desktop console for MongoDB Atlas cloud backups: see, "
               "protect and restore them, with every Atlas rule checked before a request is "
               "sent.</p>")
                    .arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
    box->setObjectName(u"aboutBox"_s);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(ConsoleSettings::windowGeometry().value());
    restoreState(ConsoleSettings::windowState().value());
    const QStringList last = ConsoleSettings::lastSelection().value();
    m_restoredNode = {last.value(0), last.value(1), last.value(2)};
}

void MainWindow::saveLayout() const
{
    ConsoleSettings::windowGeometry().setValue(saveGeometry());
    ConsoleSettings::windowState().setValue(saveState());
    const NavigatorPanel::Node node = m_navigator->currentNode();
    ConsoleSettings::lastSelection().setValue({node.orgId, node.projectId, node.clusterName});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace snapline
