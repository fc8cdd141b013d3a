#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace snapline {

// One console window per profile. The window showing a profile listens on
// a local socket named after it (in the user's runtime folder, reachable
// by that user only); a second launch for the same profile finds it, asks
// it to come to the front, and exits. A socket left by a killed console is
// noticed (nobody answers) and taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Asks the console showing `profileId` to come to the front; true when
    // one answered within `timeoutMs`.
    static bool activateRunning(const QString &profileId, int timeoutMs = 2000);

    // Serves `profileId` from now on, releasing the profile served before.
    // False when another running console already shows it.
    bool claim(const QString &profileId);
    QString profileId() const { return m_profileId; }

    // The socket's path for a profile (exposed for tests).
    static QString socketPath(const QString &profileId);

Q_SIGNALS:
    // A second launch asked for this profile: show the window.
    void activationRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
    QString m_profileId;
};

} // namespace snapline
