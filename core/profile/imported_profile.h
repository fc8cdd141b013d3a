#pragma once

#include "profile/profile.h"

#include <QString>
#include <QStringList>

namespace snapline {

// A profile found outside Snapline (the Atlas CLI's config file, environment
// variables) with its secret, which the caller puts into a SecretStore under
// profile.id, and what was missing or odd about it.
struct ImportedProfile
{
    Profile profile;
    QString secret; // private key or client secret; empty when the source had none
    QStringList warnings;

    // Whether it can sign in as it is: credentials complete, fields valid.
    bool isComplete() const;
};

// The settings one Atlas CLI profile consists of, by the CLI's own names
// (config.toml keys or MONGODB_ATLAS_* variables), turned into an
// ImportedProfile.
struct AtlasCliFields
{
    QString name;
    QString publicApiKey;
    QString privateApiKey;
    QString clientId;
    QString clientSecret;
    QString orgId;
    QString projectId;
    QString opsManagerUrl;
    QString service;      // "cloud" or "cloudgov"
    QString authType;     // "api_keys", "service_account" or "user_account" (newer CLIs)
    QStringList warnings; // found while reading the fields

    ImportedProfile toImportedProfile() const;
};

} // namespace snapline
