#pragma once

#include <QMainWindow>

class QLabel;

namespace snapline {

class SyncJob;

// The console's main window: navigator, cluster pages and jobs live here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Where the console's data comes from, shown until the navigator exists:
    // the built-in local sandbox starting, running (URL, certificate), or failing.
    void showConnecting(const QString &profile);
    void showConnected(const QString &profile, const QUrl &url, const QString &certificateFingerprint);
    void showConnectionFailed(const QString &profile, const QString &reason);
    // A sync running into the catalog: its progress in the status bar, then what it brought.
    void watchSync(SyncJob *job);
    // Something the user should know that needs no answer (e.g. a rebuilt catalog).
    void showNotice(const QString &text);

private:
    void createMenus();
    QLabel *m_welcome = nullptr;
    void showAbout();
};

} // namespace snapline
