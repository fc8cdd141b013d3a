#include "main_window.h"

#include "sync/sync_job.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

// The icons live in the static ui library's resources, which must be
// registered by hand (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace snapline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Snapline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/snapline.svg")));
    resize(1200, 800);

    auto *placeholder = m_welcome = new QLabel(
            tr("Snapline — MongoDB Atlas backups.\nChoose a profile to see its organizations."), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setAccessibleName(tr("Welcome"));
    setCentralWidget(placeholder);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::showConnecting(const QString &profile)
{
    m_welcome->setText(tr("Starting %1…").arg(profile));
    statusBar()->showMessage(tr("Profile: %1 — starting").arg(profile));
}

void MainWindow::showConnected(const QString &profile, const QUrl &url, const QString &certificateFingerprint)
{
    m_welcome->setText(tr("%1 is running at %2.\nCertificate SHA-256: %3")
                               .arg(profile, url.toString(), certificateFingerprint));
    m_welcome->setToolTip(certificateFingerprint);
    statusBar()->showMessage(tr("Profile: %1 — %2").arg(profile, url.toString()));
}

void MainWindow::showConnectionFailed(const QString &profile, const QString &reason)
{
    m_welcome->setText(tr("%1 could not start:\n%2").arg(profile, reason));
    statusBar()->showMessage(tr("Profile: %1 — not available").arg(profile));
}

void MainWindow::watchSync(SyncJob *job)
{
    const QString before = m_welcome->text();
    connect(job, &Job::progressChanged, this, [this, job](const JobProgress &p) {
        statusBar()->showMessage(
                p.total > 0 ? tr("%1: %2 of %3 clusters").arg(job->title()).arg(p.done).arg(p.total)
                            : tr("%1: %2").arg(job->title(), p.stage));
    });
    connect(job, &Job::finished, this, [this, job, before] {
        if (job->state() == Job::State::Succeeded) {
            const SyncReport &r = job->result()->value();
            m_welcome->setText(
                    before + u"\n\n"_s
                    + tr("Synced %1 projects, %2 clusters and %3 snapshots into the catalog in %4 s.")
                              .arg(r.projects)
                              .arg(r.clusters)
                              .arg(r.snapshotsRead)
                              .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
            statusBar()->showMessage(tr("Synced just now"));
        } else {
            m_welcome->setText(before + u"\n\n"_s + tr("The sync stopped: %1").arg(job->errorMessage()));
            statusBar()->showMessage(tr("Sync failed"));
        }
        job->deleteLater();
    });
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Snapline"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Snapline"),
            tr("<b>Snapline %1</b><p>A desktop console for MongoDB Atlas cloud backups: see, protect and "
               "restore them, with every Atlas rule checked before a request is sent.</p>")
                    .arg(QApplication::applicationVersion()));
}

} // namespace snapline
