#pragma once

#include "profile/profile_store.h"

#include <QString>
#include <QStringList>

namespace snapline {

// The profile a console launch shows: the one `--profile NAME` names (a
// name or an id), else the last one shown, else the built-in "Local
// sandbox". Decided before the window exists, so a second launch of the
// same profile can hand over to the first.
struct LaunchProfile
{
    QString id;
    bool localSandbox = false; // the built-in sandbox (started on demand)
    QString error;             // --profile names no profile

    static LaunchProfile choose(const ProfileStore &store, const QStringList &arguments,
                                const QString &lastShownId);
};

} // namespace snapline
