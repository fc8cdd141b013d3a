#include "cli/exit_codes.h"
#include "cli/preflight_command.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#ifndef SNAPLINE_HEADLESS_ONLY
#include "main_window.h"
#include "service/embedded_sandbox.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#endif

#include <cstring>

namespace {

// English plural forms; other languages are loaded on top of these.
void installTranslations(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/snapline_en.qm")))
        QCoreApplication::installTranslator(english);
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"preflight")
        return snapline::PreflightCommand::run(arguments, out, err);
    if (command == u"--version" || command == u"-v") {
        out << "snapline " << SNAPLINE_VERSION << Qt::endl;
        return snapline::ExitOk;
    }
    out << QCoreApplication::translate(
            "main",
            "Usage: snapline [COMMAND]\n\n"
            "Without a command, opens the Snapline console.\n\n"
            "Commands:\n"
            "  preflight --facts FILE.json [--output json|text]\n"
            "            check a proposed backup or restore action against every Atlas rule\n\n"
            "Options:\n"
            "  --version  print the version\n"
            "  --help     print this help\n");
    return command == u"--help" || command == u"-h" || command.isEmpty() ? snapline::ExitOk
                                                                         : snapline::ExitBadInput;
}

[[maybe_unused]] bool isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *word : {"preflight", "--version", "-v", "--help", "-h"}) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return argv[1][0] != '-'; // an unknown command: print usage without a display
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Snapline"));
    QCoreApplication::setApplicationName(QStringLiteral("snapline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNAPLINE_VERSION));
#ifdef SNAPLINE_HEADLESS_ONLY
    if (argc < 2) {
        QTextStream(stderr) << "snapline: this build has no console window; try snapline --help" << Qt::endl;
        return snapline::ExitFailure;
    }
    return runHeadless(argc, argv);
#else
    if (isHeadless(argc, argv))
        return runHeadless(argc, argv);
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Snapline"));
    snapline::MainWindow window;
    window.show();

    // The built-in "Local sandbox" profile: a sandbox on its own thread, its
    // state in this user's data directory.
    const QString profile = QCoreApplication::translate("main", "Local sandbox");
    snapline::sandbox::EmbeddedSandbox sandbox;
    QObject::connect(&sandbox, &snapline::sandbox::EmbeddedSandbox::started, &window,
                     [&](const snapline::sandbox::SandboxEndpoint &endpoint) {
                         window.showConnected(profile, endpoint.url, endpoint.certificateFingerprint);
                     });
    QObject::connect(&sandbox, &snapline::sandbox::EmbeddedSandbox::failed, &window,
                     [&](const QString &reason) { window.showConnectionFailed(profile, reason); });
    snapline::sandbox::SandboxOptions options;
    options.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(QStringLiteral("local-sandbox"));
    window.showConnecting(profile);
    sandbox.start(options);
    return app.exec();
#endif
}
