#include "profile/profile.h"

#include "profile/profile_log.h"

#include <QCoreApplication>
#include <QUuid>

namespace snapline {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfile, "snapline.core.profile")

QUrl Profile::cloudBaseUrl()
{
    return QUrl(u"https://cloud.mongodb.com"_s);
}

QUrl Profile::cloudGovBaseUrl()
{
    return QUrl(u"https://cloud.mongodbgov.com"_s);
}

QString Profile::defaultTokenPath()
{
    return u"/api/oauth/token"_s;
}

QString Profile::localSandboxId()
{
    return u"5a4d1b0e-7c3f-4e2a-9b61-0c5e8f2d3a17"_s;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl Profile::tokenUrl() const
{
    QUrl url = baseUrl;
    url.setPath(tokenPath.isEmpty() ? defaultTokenPath() : tokenPath);
    return url;
}

TransportSettings Profile::transportSettings() const
{
    TransportSettings settings;
    settings.baseUrl = baseUrl;
    settings.caFile = caFile;
    settings.pinnedSha256 = pinnedSha256;
    return settings;
}

AtlasCredentials Profile::credentials(const QString &secret) const
{
    AtlasCredentials credentials;
    if (authKind == AuthKind::ApiKey) {
        credentials.kind = AtlasCredentials::Kind::ApiKey;
        credentials.publicKey = publicKey;
        credentials.privateKey = secret;
    } else {
        credentials.kind = AtlasCredentials::Kind::ServiceAccount;
        credentials.clientId = clientId;
        credentials.clientSecret = secret;
        credentials.tokenPath = tokenPath.isEmpty() ? defaultTokenPath() : tokenPath;
    }
    return credentials;
}

bool Profile::namesLocalSandbox(const QString &nameOrId)
{
    return nameOrId == localSandboxId() || nameOrId.compare(u"Local sandbox", Qt::CaseInsensitive) == 0
            || nameOrId.compare(QCoreApplication::translate("Profile", "Local sandbox"), Qt::CaseInsensitive)
            == 0;
}

Profile Profile::localSandbox(const QUrl &baseUrl, const QString &pinnedSha256,
                              const AtlasCredentials &credentials)
{
    Profile profile;
    profile.id = localSandboxId();
    profile.name = QCoreApplication::translate("Profile", "Local sandbox");
    profile.baseUrl = baseUrl;
    profile.pinnedSha256 = pinnedSha256;
    profile.builtIn = true;
    if (credentials.kind == AtlasCredentials::Kind::ApiKey) {
        profile.authKind = AuthKind::ApiKey;
        profile.publicKey = credentials.publicKey;
    } else {
        profile.authKind = AuthKind::ServiceAccount;
        profile.clientId = credentials.clientId;
        profile.tokenPath = credentials.tokenPath;
    }
    return profile;
}

QString authKindName(Profile::AuthKind kind)
{
    return kind == Profile::AuthKind::ApiKey ? u"apiKey"_s : u"serviceAccount"_s;
}

Profile::AuthKind authKindFromName(const QString &name, bool *ok)
{
    const bool known = name == u"apiKey"_s || name == u"serviceAccount"_s;
    if (ok)
        *ok = known;
    return name == u"serviceAccount"_s ? Profile::AuthKind::ServiceAccount : Profile::AuthKind::ApiKey;
}

} // namespace snapline
