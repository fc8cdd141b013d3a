#include "profile/profile_validation.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression expression(pattern);
    return expression.match(text).hasMatch();
}

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool ProfileValidation::isPublicKey(const QString &text)
{
    // The contract: an API key's publicKey is exactly 8 characters.
    return matches(u"^\\S{8}$"_s, text);
}

bool ProfileValidation::isClientId(const QString &text)
{
    return matches(u"^mdb_sa_id_[a-fA-F\\d]{24}$"_s, text);
}

bool ProfileValidation::isAtlasId(const QString &text)
{
    return matches(u"^[a-f0-9]{24}$"_s, text);
}

bool ProfileValidation::isSha256Fingerprint(const QString &text)
{
    return matches(u"^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$"_s, text);
}

QString ProfileValidation::checkBaseUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid address: write it as https://host, for example "
                  "https://cloud.mongodb.com.")
                .arg(shown);
    const bool https = url.scheme() == u"https"_s;
    const bool localHttp = url.scheme() == u"http"_s && isLoopback(url.host());
    if (!https && !localHttp)
        return tr("“%1” must start with https:// (plain http:// is allowed only for a sandbox on this "
                  "computer).")
                .arg(shown);
    if (!url.userInfo().isEmpty())
        return tr("“%1” must not contain a user name or password; they belong in the profile's "
                  "credentials.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"_s))
        return tr("“%1” must be the server's address only, without a path (Snapline adds /api/atlas/v2 "
                  "itself).")
                .arg(shown);
    return {};
}

QList<ProfileIssue> ProfileValidation::check(const Profile &profile)
{
    using Field = ProfileIssue::Field;
    QList<ProfileIssue> issues;
    if (profile.name.trimmed().isEmpty())
        issues.append({Field::Name, tr("Give the profile a name.")});
    if (const QString problem = checkBaseUrl(profile.baseUrl); !problem.isEmpty())
        issues.append({Field::BaseUrl, problem});

    if (profile.authKind == Profile::AuthKind::ApiKey) {
        if (profile.publicKey.isEmpty())
            issues.append({Field::PublicKey, tr("Enter the API key's public key.")});
        else if (!isPublicKey(profile.publicKey))
            issues.append({Field::PublicKey,
                           tr("An API public key is exactly 8 characters without spaces; “%1” is %2 "
                              "characters long.")
                                   .arg(profile.publicKey)
                                   .arg(profile.publicKey.size())});
    } else {
        if (profile.clientId.isEmpty())
            issues.append({Field::ClientId, tr("Enter the service account's client id.")});
        else if (!isClientId(profile.clientId))
            issues.append({Field::ClientId,
                           tr("“%1” is not a service account client id: it is mdb_sa_id_ followed by 24 "
                              "hexadecimal digits.")
                                   .arg(profile.clientId)});
        if (!profile.tokenPath.startsWith(u'/') || profile.tokenPath.contains(u' '))
            issues.append({Field::TokenPath,
                           tr("The token path must be a path on the base URL, such as %1.")
                                   .arg(Profile::defaultTokenPath())});
    }

    if (!profile.orgId.isEmpty() && !isAtlasId(profile.orgId))
        issues.append({Field::OrgId,
                       tr("The organization id must be 24 lowercase hexadecimal characters; "
                          "“%1” is not.")
                               .arg(profile.orgId)});
    if (!profile.defaultProjectId.isEmpty() && !isAtlasId(profile.defaultProjectId))
        issues.append({Field::DefaultProjectId,
                       tr("The default project id must be 24 lowercase hexadecimal "
                          "characters; “%1” is not.")
                               .arg(profile.defaultProjectId)});
    if (!profile.caFile.isEmpty() && !QFileInfo(profile.caFile).isReadable())
        issues.append({Field::CaFile, tr("The CA file “%1” cannot be read.").arg(profile.caFile)});
    if (!profile.pinnedSha256.isEmpty() && !isSha256Fingerprint(profile.pinnedSha256))
        issues.append({Field::PinnedSha256,
                       tr("The pinned certificate must be a SHA-256 fingerprint: 32 pairs of hexadecimal "
                          "digits separated by colons (AB:CD:…).")});
    return issues;
}

QString ProfileValidation::describe(const QList<ProfileIssue> &issues)
{
    QStringList messages;
    for (const ProfileIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(u' ');
}

} // namespace snapline
