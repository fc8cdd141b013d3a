#include "actions/action_environment.h"

#include "session/profile_connection.h"

namespace snapline {

ActionEnvironment ActionEnvironment::from(const ProfileConnection &connection, const RoleBook &roles,
                                          JobListModel *jobs)
{
    ActionEnvironment environment;
    environment.api = connection.api();
    environment.writer = connection.writer();
    environment.catalogPath = connection.catalogPath();
    environment.clock = connection.clock();
    environment.profile = connection.profile();
    environment.roles = roles;
    environment.jobs = jobs;
    return environment;
}

ActionServices ActionEnvironment::services() const
{
    return {api, writer, clock, profile, roles};
}

} // namespace snapline
