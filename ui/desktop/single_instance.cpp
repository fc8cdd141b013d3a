#include "desktop/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace snapline {

namespace {

constexpr QByteArrayView kActivate = "activate\n";
constexpr QByteArrayView kPing = "ping\n";
constexpr QByteArrayView kAnswer = "ok\n";

// Sends `request` to the console serving `path`; true when it answered.
bool ask(const QString &path, QByteArrayView request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request.data(), request.size());
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kAnswer;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath(const QString &profileId)
{
    // Profile ids are free text for imported profiles: hash them into a short, safe name.
    const QByteArray digest
            = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("snapline-%1.socket").arg(QString::fromLatin1(digest)));
}

bool SingleInstance::activateRunning(const QString &profileId, int timeoutMs)
{
    return !profileId.isEmpty() && ask(socketPath(profileId), kActivate, timeoutMs);
}

bool SingleInstance::claim(const QString &profileId)
{
    if (profileId == m_profileId && m_server)
        return true;
    const QString path = socketPath(profileId);
    // A live console answers; a socket left by a killed one does not, and is replaced.
    if (ask(path, kPing, 500))
        return false;
    QLocalServer::removeServer(path);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(path)) {
        delete server;
        return false;
    }
    delete m_server; // the profile shown before is free for another console
    m_server = server;
    m_profileId = profileId;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray request = socket->readLine();
            socket->write(kAnswer.data(), kAnswer.size());
            socket->flush();
            socket->disconnectFromServer();
            if (request == kActivate)
                Q_EMIT activationRequested();
        });
    }
}

} // namespace snapline
