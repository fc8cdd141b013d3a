#include "profile/imported_profile.h"

#include "profile/profile_validation.h"

#include <QCoreApplication>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportedProfile)
};

QUrl baseUrlOf(const AtlasCliFields &fields, QStringList &warnings)
{
    QUrl url = Profile::cloudBaseUrl();
    if (fields.service == u"cloudgov"_s)
        url = Profile::cloudGovBaseUrl();
    else if (!fields.service.isEmpty() && fields.service != u"cloud"_s)
        warnings.append(ImportText::tr("The service “%1” is unknown; the profile uses %2.")
                                .arg(fields.service, url.toString()));
    if (fields.opsManagerUrl.isEmpty())
        return url;
    QUrl override(fields.opsManagerUrl.trimmed(), QUrl::StrictMode);
    if (!override.isValid() || override.host().isEmpty()) {
        warnings.append(
                ImportText::tr("The address “%1” (ops_manager_url) is not valid; the profile uses %2.")
                        .arg(fields.opsManagerUrl, url.toString()));
        return url;
    }
    if (override.path() == u"/"_s)
        override.setPath({});
    return override;
}

// Which pair of credentials the profile signs in with: the one the CLI's
// auth_type names (when that pair is there at all), else the complete one,
// else the API key.
Profile::AuthKind chooseKind(const AtlasCliFields &fields, QStringList &warnings)
{
    const bool apiKey = !fields.publicApiKey.isEmpty() || !fields.privateApiKey.isEmpty();
    const bool serviceAccount = !fields.clientId.isEmpty() || !fields.clientSecret.isEmpty();
    if (fields.authType == u"service_account"_s && serviceAccount)
        return Profile::AuthKind::ServiceAccount;
    if (fields.authType == u"api_keys"_s && apiKey)
        return Profile::AuthKind::ApiKey;
    if (apiKey && serviceAccount) {
        const bool keyComplete = !fields.publicApiKey.isEmpty() && !fields.privateApiKey.isEmpty();
        warnings.append(keyComplete ? ImportText::tr("It has both an API key and a service account; Snapline "
                                                     "uses the API key.")
                                    : ImportText::tr("It has both an API key and a service account; Snapline "
                                                     "uses the service account."));
        return keyComplete ? Profile::AuthKind::ApiKey : Profile::AuthKind::ServiceAccount;
    }
    return serviceAccount ? Profile::AuthKind::ServiceAccount : Profile::AuthKind::ApiKey;
}

void checkPair(const QString &principal, const QString &secret, const QString &principalName,
               const QString &secretName, QStringList &warnings)
{
    if (principal.isEmpty() && secret.isEmpty()) {
        warnings.append(ImportText::tr("It has neither an API key nor a service account; add one before "
                                       "using it."));
    } else if (principal.isEmpty()) {
        warnings.append(ImportText::tr("It has a %1 but no %2; enter it before using the profile.")
                                .arg(secretName, principalName));
    } else if (secret.isEmpty()) {
        warnings.append(ImportText::tr("It has the %1 %2 but no %3 (newer Atlas CLI versions keep it in "
                                       "the system keychain); enter it before using the profile.")
                                .arg(principalName, principal, secretName));
    }
}

} // namespace

bool ImportedProfile::isComplete() const
{
    return !secret.isEmpty() && ProfileValidation::check(profile).isEmpty();
}

ImportedProfile AtlasCliFields::toImportedProfile() const
{
    ImportedProfile imported;
    imported.warnings = warnings;
    Profile &profile = imported.profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.orgId = orgId;
    profile.defaultProjectId = projectId;
    profile.baseUrl = baseUrlOf(*this, imported.warnings);
    profile.authKind = chooseKind(*this, imported.warnings);
    const bool noCredentials = publicApiKey.isEmpty() && privateApiKey.isEmpty() && clientId.isEmpty()
            && clientSecret.isEmpty();
    if (noCredentials && authType == u"user_account"_s) {
        imported.warnings.append(ImportText::tr("It signs in with an Atlas user account (atlas auth login), "
                                                "which Snapline cannot use; add an API key or a service "
                                                "account."));
    } else if (profile.authKind == Profile::AuthKind::ApiKey) {
        profile.publicKey = publicApiKey;
        imported.secret = privateApiKey;
        checkPair(publicApiKey, privateApiKey, ImportText::tr("public API key"),
                  ImportText::tr("private API key"), imported.warnings);
    } else {
        profile.clientId = clientId;
        imported.secret = clientSecret;
        checkPair(clientId, clientSecret, ImportText::tr("client id"), ImportText::tr("client secret"),
                  imported.warnings);
    }
    // Missing credentials were named above; anything else invalid is named here.
    for (const ProfileIssue &issue : ProfileValidation::check(profile)) {
        const bool missing = (issue.field == ProfileIssue::Field::PublicKey && profile.publicKey.isEmpty())
                || (issue.field == ProfileIssue::Field::ClientId && profile.clientId.isEmpty());
        if (!missing)
            imported.warnings.append(issue.message);
    }
    return imported;
}

} // namespace snapline
