#include "launch_profile.h"

#include <QCoreApplication>

namespace snapline {

LaunchProfile LaunchProfile::choose(const ProfileStore &store, const QStringList &arguments,
                                    const QString &lastShownId)
{
    LaunchProfile launch;
    std::optional<Profile> profile;
    const qsizetype at = arguments.indexOf(QStringLiteral("--profile"));
    if (at > 0) {
        const QString asked = arguments.value(at + 1);
        profile = store.profile(asked);
        if (!profile)
            profile = store.profileNamed(asked);
        if (!profile && Profile::namesLocalSandbox(asked)) {
            launch.localSandbox = true;
            launch.id = Profile::localSandboxId();
            return launch;
        }
        if (!profile) {
            QStringList names;
            for (const Profile &p : store.profiles())
                names << p.name;
            launch.error = QCoreApplication::translate("LaunchProfile",
                                                       "There is no profile named \"%1\". Profiles: %2.")
                                   .arg(asked, names.join(QStringLiteral(", ")));
            return launch;
        }
    } else {
        profile = store.profile(lastShownId);
    }
    launch.localSandbox = !profile || profile->builtIn;
    launch.id = launch.localSandbox ? Profile::localSandboxId() : profile->id;
    return launch;
}

} // namespace snapline
