#include "actions/action_services.h"

#include "session/profile_connection.h"

namespace snapline {

ActionServices ActionServices::from(const ProfileConnection &connection, const RoleBook &roles)
{
    return {connection.api(), connection.writer(), connection.clock(), connection.profile(), roles};
}

QString ActionServices::principal() const
{
    const QString name = profile.name.isEmpty() ? profile.id : profile.name;
    if (profile.principal().isEmpty())
        return name;
    return profile.authKind == Profile::AuthKind::ApiKey
            ? QStringLiteral("%1 (key %2)").arg(name, profile.principal())
            : QStringLiteral("%1 (service account %2)").arg(name, profile.principal());
}

} // namespace snapline
