#pragma once

#include "profile/imported_profile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <optional>

namespace snapline {

// The profile the Atlas CLI's environment variables describe
// (MONGODB_ATLAS_PUBLIC_API_KEY, …_PRIVATE_API_KEY, …_CLIENT_ID,
// …_CLIENT_SECRET, …_ORG_ID, …_PROJECT_ID, …_OPS_MANAGER_URL, …_SERVICE).
// It lives for the session: nothing is saved unless the user saves it.
class EnvironmentProfile
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentProfile)

public:
    // Nothing when no credential variable is set.
    static std::optional<ImportedProfile> fromEnvironment(const QProcessEnvironment &environment);
};

} // namespace snapline
