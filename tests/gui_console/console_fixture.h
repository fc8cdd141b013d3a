#pragma once

// The real console window on a real sandbox, for GUI tests: an embedded
// sandbox, a session on a profile for it with its own catalog folder, and
// the main window attached, with settings kept in a temporary folder.
#include "atlas_test_sandbox.h"
#include "main_window.h"
#include "session/console_session.h"

#include <QTemporaryDir>

#include <memory>

namespace snapline::test {

class ConsoleFixture
{
public:
    ConsoleFixture();
    ~ConsoleFixture();

    bool isUp() const { return m_sandbox.isUp(); }
    AtlasTestSandbox &sandbox() { return m_sandbox; }
    ConsoleSession &session() { return *m_session; }
    MainWindow &window() { return *m_window; }
    // A profile signing in with the sandbox's credentials of that description
    // ("Owner key", "Backup manager key", "Read-only key" …), each with its own catalog.
    Profile profile(const QString &credentials = QStringLiteral("Owner key")) const;
    QString secret(const QString &credentials = QStringLiteral("Owner key")) const;
    // Opens the owner's profile and waits until the first sync has landed in the window.
    bool openAndSync(int timeoutMs = 60000);
    // The same with the profile of other credentials (the roles they hold follow).
    bool openAs(const QString &credentials, int timeoutMs = 60000);
    // A new window on the same session (e.g. to check what it restores).
    void recreateWindow();
    // Opens a cluster in the navigator and waits until its page shows it.
    bool openCluster(const QString &projectName, const QString &clusterName, int timeoutMs = 20000);
    QString orgId() const;

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_catalogDir;
    AtlasTestSandbox m_sandbox;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace snapline::test
