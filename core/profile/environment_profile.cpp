#include "profile/environment_profile.h"

#include "profile/profile_log.h"

namespace snapline {

using namespace Qt::StringLiterals;

std::optional<ImportedProfile> EnvironmentProfile::fromEnvironment(const QProcessEnvironment &environment)
{
    const auto variable = [&](const QString &name) { return environment.value(name).trimmed(); };
    AtlasCliFields fields;
    fields.name = tr("Environment variables");
    fields.publicApiKey = variable(u"MONGODB_ATLAS_PUBLIC_API_KEY"_s);
    fields.privateApiKey = variable(u"MONGODB_ATLAS_PRIVATE_API_KEY"_s);
    fields.clientId = variable(u"MONGODB_ATLAS_CLIENT_ID"_s);
    fields.clientSecret = variable(u"MONGODB_ATLAS_CLIENT_SECRET"_s);
    if (fields.publicApiKey.isEmpty() && fields.privateApiKey.isEmpty() && fields.clientId.isEmpty()
        && fields.clientSecret.isEmpty())
        return std::nullopt;
    fields.orgId = variable(u"MONGODB_ATLAS_ORG_ID"_s);
    fields.projectId = variable(u"MONGODB_ATLAS_PROJECT_ID"_s);
    fields.opsManagerUrl = variable(u"MONGODB_ATLAS_OPS_MANAGER_URL"_s);
    fields.service = variable(u"MONGODB_ATLAS_SERVICE"_s);
    ImportedProfile imported = fields.toImportedProfile();
    qCInfo(lcProfile) << "found a profile in the environment for" << imported.profile.principal();
    return imported;
}

} // namespace snapline
