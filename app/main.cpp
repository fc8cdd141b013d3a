#include "cli/exit_codes.h"
#include "cli/live_preflight_command.h"
#include "cli/preflight_command.h"
#include "cli/profile_command.h"
#include "cli/report_command.h"
#include "cli/restore_command.h"
#include "cli/sync_command.h"
#include "i18n/ui_language.h"
#include "secrets/secret_store_factory.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#ifndef SNAPLINE_HEADLESS_ONLY
#include "console_launcher.h"
#include "desktop/single_instance.h"
#include "launch_profile.h"
#include "local_sandbox_profile.h"
#include "main_window.h"
#include "profiles/profiles_menu.h"
#include "session/console_session.h"
#include "theme/console_settings.h"
#include "theme/theme_menu.h"

#include <QApplication>
#endif

#include <cstring>
#include <memory>
#include <optional>

namespace {

// The language asked for with --lang (empty: the system's), taken off the
// command line before anything parses it.
QString g_language;

// Snapline's words and Qt's in the chosen language; a language Snapline does
// not speak is said once, on standard error.
void installTranslations(QCoreApplication &app)
{
    const snapline::UiLanguage::Choice choice = snapline::UiLanguage::install(app, g_language);
    if (!choice.notice.isEmpty())
        QTextStream(stderr) << choice.notice << Qt::endl;
}

QString defaultCatalogDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("catalogs"));
}

// The profiles the headless commands work with, built when a command first
// asks for them: secrets from the keychain (or this session's memory when
// there is none), the built-in sandbox on demand.
class CommandProfiles
{
public:
    snapline::ProfileResolver &resolver()
    {
        if (!m_resolver) {
            m_secrets = snapline::SecretStoreFactory::create();
            m_resolver = std::make_unique<snapline::ProfileResolver>(m_store, m_secrets.store);
#ifndef SNAPLINE_HEADLESS_ONLY
            m_resolver->setHook(snapline::localSandboxHook(m_sandbox, m_store, m_secrets.store));
#endif
        }
        return *m_resolver;
    }
    const snapline::SecretStoreChoice &secrets()
    {
        resolver();
        return m_secrets;
    }

private:
    snapline::ProfileStore m_store;
    snapline::SecretStoreChoice m_secrets;
#ifndef SNAPLINE_HEADLESS_ONLY
    snapline::sandbox::EmbeddedSandbox m_sandbox; // outlives the resolver, whose hook starts it
#endif
    std::unique_ptr<snapline::ProfileResolver> m_resolver;
};

int runProfileCommand(const QString &command, const QStringList &arguments, QTextStream &out,
                      QTextStream &err)
{
    CommandProfiles profiles;
    const snapline::ProfilesOnDemand onDemand
            = [&profiles]() -> snapline::ProfileResolver & { return profiles.resolver(); };
    if (command == u"preflight")
        return snapline::LivePreflightCommand::run(arguments, out, err, onDemand, defaultCatalogDir());
    if (command == u"restore")
        return snapline::RestoreCommand::run(arguments, out, err, onDemand, defaultCatalogDir());
    if (command == u"sync")
        return snapline::SyncCommand::run(arguments, out, err, profiles.resolver(), defaultCatalogDir());
    if (!profiles.secrets().usesKeychain())
        err << profiles.secrets().message << Qt::endl;
    QTextStream in(stdin);
    return snapline::ProfileCommand::run(arguments, in, out, err, profiles.resolver());
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A terminal gets results and errors in words; the modules' chatter only when asked for.
    if (qEnvironmentVariableIsEmpty("SNAPLINE_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("snapline.*.debug=false\nsnapline.*.info=false"));
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    // `preflight --facts FILE` judges a file and needs no profile; the live form opens one.
    if (command == u"preflight" && !snapline::LivePreflightCommand::wanted(arguments))
        return snapline::PreflightCommand::run(arguments, out, err);
    if (command == u"preflight" || command == u"restore" || command == u"sync" || command == u"profile")
        return runProfileCommand(command, arguments, out, err);
    if (command == u"--version" || command == u"-v") {
        out << "snapline " << SNAPLINE_VERSION << Qt::endl;
        return snapline::ExitOk;
    }
    out << QCoreApplication::translate(
            "main",
            "Usage: snapline [--profile NAME] [--lang LANG] [COMMAND]\n\n"
            "Without a command, opens the Snapline console on the profile NAME (default: the last one\n"
            "shown, or the built-in sandbox); when a console already shows it, that window comes to\n"
            "the front instead.\n\n"
            "Commands:\n"
            "  preflight --profile NAME --project ID --cluster NAME\n"
            "            (--snapshot ID | --at UTC | --oplog TS:INC)\n"
            "            (--target-project ID --target-cluster NAME | --delivery download)\n"
            "            [--output text|json] [--offline]\n"
            "            check a restore against every Atlas rule with facts fresh from Atlas (or the\n"
            "            catalog, offline) and print the verdict and the exact request\n"
            "  preflight --facts FILE.json [--output json|text]\n"
            "            check a proposed backup or restore action described in a file\n"
            "  restore   (the same arguments as preflight) --confirm NAME [--wait]\n"
            "            send the restore after an allowed verdict; NAME is the target cluster (the\n"
            "            source cluster for a download); --wait follows the job to its end\n"
            "  sync --profile NAME [--project ID] [--full] [--output json|text]\n"
            "            bring a profile's catalog up to date with Atlas (NAME: a profile, \"Local sandbox\" "
            "or env)\n"
            "  profile list | add … | import-atlascli [--file PATH] | remove NAME\n"
            "            manage connection profiles; secrets go to the system keychain\n"
            "  report --profile NAME --kind coverage|posture|compliance|restores|storage\n"
            "         [--scope org:ID|project:ID|cluster:PROJECT_ID/NAME] --from DATE [--to DATE]\n"
            "         --out PATH [--format pdf|html|csv|json] [--page a4|letter] [--sign [--key PEM]] "
            "[--sync]\n"
            "            write a backup report from the profile's catalog, with a manifest (and signature);\n"
            "            no display needed. Exit codes: 0 written, 1 failure, 2 bad arguments\n"
            "  report verify PATH [--key-fingerprint FP]\n"
            "            check a report against its manifest and signature and say what changed.\n"
            "            Exit codes: 0 intact, 5 changed, 1 no manifest, 2 bad arguments\n"
            "\nExit codes of preflight and restore: 0 allowed or done (a restore completed, or accepted\n"
            "  without --wait), 1 failure (Atlas unreachable or refusing, an uncertain submission, the\n"
            "  catalog), 2 bad arguments (nothing was sent), 3 refused by the planner (nothing was sent),\n"
            "  4 the restore ran and failed, was cancelled or expired, 130 interrupted (Ctrl+C).\n"
            "  See docs/preflight.md.\n\n"
            "Options:\n"
            "  --lang LANG  speak LANG (de, en, fr, ja) instead of the system's language\n"
            "  --version    print the version\n"
            "  --help       print this help\n");
    return command == u"--help" || command == u"-h" || command.isEmpty() ? snapline::ExitOk
                                                                         : snapline::ExitBadInput;
}

// `snapline report …`: PDF pages and charts are painted with QtGui, but
// never shown, so the platform is offscreen unless one is asked for: the
// command runs the same from cron, over ssh, or with a stale DISPLAY.
int runReport(int argc, char **argv)
{
    // Verifying only reads files.
    const bool verify = argc >= 3 && std::strcmp(argv[2], "verify") == 0;
    if (!verify && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = verify ? std::make_unique<QCoreApplication>(argc, argv)
                                                         : std::make_unique<QGuiApplication>(argc, argv);
    // Results and errors in words; no chatter for cron to mail (a missing
    // keychain shows as the error of the profile whose secret it holds).
    if (qEnvironmentVariableIsEmpty("SNAPLINE_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral(
                "snapline.*.debug=false\nsnapline.*.info=false\nsnapline.core.secrets.warning=false"));
    installTranslations(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    snapline::ProfileStore store;
    // The keychain only for a sync: a report from the catalog reads no secret.
    std::optional<snapline::SecretStoreChoice> secrets;
    std::unique_ptr<snapline::ProfileResolver> resolver;
#ifndef SNAPLINE_HEADLESS_ONLY
    snapline::sandbox::EmbeddedSandbox sandbox; // outlives the resolver, whose hook starts it
#endif
    const auto profiles = [&]() -> snapline::ProfileResolver & {
        if (!resolver) {
            secrets = snapline::SecretStoreFactory::create();
            resolver = std::make_unique<snapline::ProfileResolver>(store, secrets->store);
#ifndef SNAPLINE_HEADLESS_ONLY
            resolver->setHook(snapline::localSandboxHook(sandbox, store, secrets->store));
#endif
        }
        return *resolver;
    };
    return snapline::ReportCommand::run(QCoreApplication::arguments(), out, err, store, profiles,
                                        defaultCatalogDir());
}

[[maybe_unused]] bool isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *word : {"preflight", "restore", "sync", "profile", "--version", "-v", "--help", "-h"}) {
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
    g_language = snapline::UiLanguage::takeOverride(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0)
        return runReport(argc, argv);
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
    // Wayland names the window after this, so the shell finds the desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.snapline.Snapline"));
    snapline::ThemeMenu::applySaved(app);

    // One profile at a time: its catalog shown at once, then synced. On a
    // first start that is the built-in "Local sandbox", a living demo
    // organization served by the embedded sandbox.
    const auto clock = snapline::Clock::system();
    snapline::ProfileStore profiles;
    const snapline::LaunchProfile launch = snapline::LaunchProfile::choose(
            profiles, QCoreApplication::arguments(), snapline::ConsoleSettings::lastProfileId().value());
    if (!launch.error.isEmpty()) {
        QTextStream(stderr) << launch.error << Qt::endl;
        return snapline::ExitBadInput;
    }
    // One window per profile: a second launch brings the first to the front.
    if (snapline::SingleInstance::activateRunning(launch.id)) {
        QTextStream(stdout) << QCoreApplication::translate(
                "main", "Snapline already shows this profile; its window was brought to the front.")
                            << Qt::endl;
        return snapline::ExitOk;
    }
    snapline::SingleInstance instance;
    instance.claim(launch.id);
    const snapline::SecretStoreChoice secrets = snapline::SecretStoreFactory::create();
    snapline::ConsoleSession session(snapline::catalogDir(), clock);
    snapline::MainWindow window(clock);
    window.attach(&session);
    snapline::ThemeMenu theme(app);
    theme.addTo(window.viewMenu());
    snapline::ProfilesMenu profilesMenu(profiles, secrets.store, &window);
    profilesMenu.attach(window.profilesMenu());
    snapline::ConsoleLauncher launcher(session, profiles, secrets.store);
    QObject::connect(&launcher, &snapline::ConsoleLauncher::sandboxStarted, &window,
                     &snapline::MainWindow::showConnected);
    QObject::connect(&launcher, &snapline::ConsoleLauncher::failed, &window,
                     &snapline::MainWindow::showConnectionFailed);
    QObject::connect(&profilesMenu, &snapline::ProfilesMenu::profileChosen, &launcher,
                     [&](const snapline::Profile &profile) {
                         profilesMenu.setActiveProfile(profile.id);
                         launcher.open(profile);
                     });
    QObject::connect(&session, &snapline::ConsoleSession::opened, &profilesMenu,
                     [&](const snapline::Profile &profile) { profilesMenu.setActiveProfile(profile.id); });
    QObject::connect(
            &session, &snapline::ConsoleSession::opened, &instance, [&](const snapline::Profile &profile) {
                if (!instance.claim(profile.id))
                    window.showNotice(QCoreApplication::translate(
                                              "main", "Another Snapline window shows the profile \"%1\" too.")
                                              .arg(profile.name));
            });
    QObject::connect(&instance, &snapline::SingleInstance::activationRequested, &window,
                     &snapline::MainWindow::bringToFront);
    window.show();
    if (!secrets.usesKeychain())
        window.showNotice(secrets.message);

    const auto chosen = profiles.profile(launch.id);
    if (launch.localSandbox || !chosen)
        launcher.openLocalSandbox();
    else
        launcher.open(*chosen);
    return app.exec();
#endif
}
