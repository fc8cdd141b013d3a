#include "bench_support.h"

#include "security/self_signed_certificate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

namespace snapline::bench {

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ...": utime and stime are the 14th and 15th fields, the 12th and 13th
    // after the command name, which may itself hold spaces.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool startSandbox(Sandbox &sandbox, const QString &binary, const QString &dataDir)
{
    const bool seeded = QFile::exists(QDir(dataDir).filePath(QStringLiteral("credentials.txt")));
    const quint16 port = freePort();
    QStringList args{QStringLiteral("--data"),  dataDir,
                     QStringLiteral("--port"),  QString::number(port),
                     QStringLiteral("--scale"), QStringLiteral("large")};
    if (!seeded)
        args << QStringLiteral("--reset");
    std::printf("sandbox: %s (%s)\n", qPrintable(dataDir),
                seeded ? "already seeded" : "seeding ~1M snapshots");
    std::fflush(stdout);
    sandbox.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.process.start(binary, args);
    if (!sandbox.process.waitForStarted(10000))
        return false;
    sandbox.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    // Ready when the credentials file names this run's address.
    const QString credentialsPath = QDir(dataDir).filePath(QStringLiteral("credentials.txt"));
    for (int i = 0; i < 1200; ++i) {
        QFile file(credentialsPath);
        if (file.open(QIODevice::ReadOnly) && file.readLine().contains(sandbox.url.toString().toUtf8()))
            break;
        if (sandbox.process.state() != QProcess::Running)
            return false;
        sandbox.process.waitForFinished(250);
    }
    QFile file(credentialsPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression owner(
            QStringLiteral(R"(# Owner key[^\n]*\npublic_api_key = (\S+)\nprivate_api_key = (\S+))"));
    const auto match = owner.match(text);
    sandbox.owner.publicKey = match.captured(1);
    sandbox.owner.privateKey = match.captured(2);
    const auto certificate = sandbox::SelfSignedCertificate::loadOrCreate(dataDir);
    if (!certificate)
        return false;
    sandbox.fingerprint = certificate->sha256Fingerprint();
    return !sandbox.owner.publicKey.isEmpty();
}

std::shared_ptr<AtlasApi> apiFor(const Sandbox &sandbox)
{
    TransportSettings settings;
    settings.baseUrl = sandbox.url;
    settings.pinnedSha256 = sandbox.fingerprint;
    auto budget = std::make_shared<RateBudget>(sandbox.url.host(), 100000, 100000);
    return std::make_shared<AtlasApi>(
            std::make_shared<AtlasClient>(std::make_shared<AtlasSession>(settings, sandbox.owner), budget));
}

} // namespace snapline::bench
