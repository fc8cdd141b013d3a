// snapline-sandbox: the local Atlas-compatible backup service.
#include "service/sandbox_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

using namespace snapline::sandbox;

namespace {

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("snapline-sandbox"));
}

int printCredentials(const QString &dataDir, QTextStream &out, QTextStream &err)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("credentials.txt")));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "snapline-sandbox: no credentials in " << dataDir << " yet; start the sandbox once."
            << Qt::endl;
        return 1;
    }
    out << file.readAll();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("snapline-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNAPLINE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A local service that speaks the MongoDB Atlas Admin API v2 for backups, with a seeded "
            "organization.\n"
            "Commands: (none) serve; credentials: print the seeded organization's credentials."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  QStringLiteral("Serve plain HTTP on loopback (for the contract proxy)."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Data directory (state, certificate, credentials)."),
                                  QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   QStringLiteral("Throw the state away and seed anew."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated organization."), QStringLiteral("N"),
                                  QStringLiteral("42"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("default, or large (~2,000 clusters)."),
                                   QStringLiteral("SCALE"), QStringLiteral("default"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
                                       QStringLiteral("Run the clock N times faster."), QStringLiteral("N"),
                                       QStringLiteral("1"));
    const QCommandLineOption faults(
            QStringLiteral("faults"),
            QStringLiteral("Faults to inject (JSON; also PUT /sandbox-admin/faults)."),
            QStringLiteral("FILE"));
    const QCommandLineOption rateLimit(
            QStringLiteral("rate-limit"),
            QStringLiteral("Rate limit per endpoint set, as REQUESTS/SECONDS (off by default)."),
            QStringLiteral("N/S"));
    parser.addOptions({port, http, data, reset, seed, scale, timeScale, faults, rateLimit});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("credentials (optional)"));
    parser.process(app);

    const QString dataDir = parser.value(data);
    if (parser.positionalArguments().value(0) == u"credentials")
        return printCredentials(dataDir, out, err);
    if (!parser.positionalArguments().isEmpty()) {
        err << "snapline-sandbox: unknown command " << parser.positionalArguments().first() << Qt::endl;
        return 2;
    }

    SandboxOptions options;
    bool portOk = false, seedOk = false, scaleOk = false;
    options.dataDir = dataDir;
    options.port = quint16(parser.value(port).toUInt(&portOk));
    options.plainHttp = parser.isSet(http);
    options.reset = parser.isSet(reset);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.scale = parser.value(scale);
    options.timeScale = parser.value(timeScale).toDouble(&scaleOk);
    options.faultsFile = parser.value(faults);
    if (parser.isSet(rateLimit)) {
        const QStringList parts = parser.value(rateLimit).split(u'/');
        options.rateLimit = parts.value(0).toInt();
        options.rateLimitPeriod = parts.value(1, QStringLiteral("60")).toInt();
        if (options.rateLimit <= 0 || options.rateLimitPeriod <= 0) {
            err << "snapline-sandbox: --rate-limit takes REQUESTS/SECONDS, e.g. 100/60" << Qt::endl;
            return 2;
        }
    }
    if (!portOk || !seedOk || !scaleOk || options.timeScale <= 0
        || (options.scale != u"default" && options.scale != u"large")) {
        err << "snapline-sandbox: bad value for --port, --seed, --scale or --time-scale" << Qt::endl;
        return 2;
    }

    out << "snapline-sandbox: opening " << dataDir << (options.reset ? " (reset)" : "") << Qt::endl;
    auto service = SandboxService::start(options);
    if (!service) {
        err << "snapline-sandbox: " << service.error().message << Qt::endl;
        return 1;
    }
    const SandboxEndpoint endpoint = (*service)->endpoint();
    out << "snapline-sandbox: listening on " << endpoint.url.toString() << Qt::endl;
    out << "port: " << endpoint.port << Qt::endl;
    if (!endpoint.certificateFingerprint.isEmpty())
        out << "certificate SHA-256: " << endpoint.certificateFingerprint << " (" << endpoint.certificatePath
            << ")" << Qt::endl;
    out << "credentials (also in " << endpoint.credentialsPath << ", readable only by you):" << Qt::endl;
    for (const auto &c : (*service)->credentials()) {
        out << "  " << c.description << ": " << (c.kind == u"apiKey" ? "public key " : "client id ") << c.id
            << "  secret " << c.secret << Qt::endl;
    }
    return app.exec();
}
