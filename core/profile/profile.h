#pragma once

#include "atlas/atlas_session.h"
#include "atlas/http_transport.h"

#include <QString>
#include <QUrl>

namespace snapline {

// One way into Atlas (or a sandbox): where it is, who signs in and how, and
// what to open first. The secret half of the credentials (the API private key
// or the client secret) is never part of a profile; it lives in a SecretStore
// under the profile's id.
struct Profile
{
    enum class AuthKind { ApiKey, ServiceAccount };

    static QUrl cloudBaseUrl();        // https://cloud.mongodb.com
    static QUrl cloudGovBaseUrl();     // https://cloud.mongodbgov.com
    static QString defaultTokenPath(); // /api/oauth/token
    static QString localSandboxId();   // the built-in sandbox profile's stable id
    // Whether `nameOrId` asks for the built-in sandbox: its id, or "Local
    // sandbox" in English or in the language spoken (any case).
    static bool namesLocalSandbox(const QString &nameOrId);

    QString id; // a UUID without braces; stable for the profile's life
    QString name;
    QUrl baseUrl = cloudBaseUrl();
    AuthKind authKind = AuthKind::ApiKey;
    QString publicKey;                      // API key: the public half (not secret)
    QString clientId;                       // service account: mdb_sa_id_… (not secret)
    QString tokenPath = defaultTokenPath(); // service account: a path on the base URL
    QString orgId;
    QString defaultProjectId;
    QString caFile;       // extra certificate authorities (PEM)
    QString pinnedSha256; // "AB:CD:…": trust exactly this certificate (sandbox profiles)
    bool builtIn = false;

    bool operator==(const Profile &) const = default;

    static QString newId();

    // Who signs in, for people: the public key or the client id.
    QString principal() const { return authKind == AuthKind::ApiKey ? publicKey : clientId; }
    QUrl tokenUrl() const;

    // What AtlasSession needs, given the secret read from the SecretStore.
    TransportSettings transportSettings() const;
    AtlasCredentials credentials(const QString &secret) const;

    // The built-in "Local sandbox" profile for the embedded sandbox the app
    // started: its address, certificate and generated credentials.
    static Profile localSandbox(const QUrl &baseUrl, const QString &pinnedSha256,
                                const AtlasCredentials &credentials);
};

// Stable names of the auth kinds, as stored in settings.
QString authKindName(Profile::AuthKind kind);
Profile::AuthKind authKindFromName(const QString &name, bool *ok = nullptr);

} // namespace snapline
