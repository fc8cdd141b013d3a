#pragma once

#include "profile/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace snapline {

// One thing wrong with a profile, tied to the field a form should mark.
struct ProfileIssue
{
    enum class Field {
        Name,
        BaseUrl,
        PublicKey,
        ClientId,
        TokenPath,
        OrgId,
        DefaultProjectId,
        CaFile,
        PinnedSha256
    };

    Field field;
    QString message;

    bool operator==(const ProfileIssue &) const = default;
};

// The rules a profile must follow before it is saved or used (the Atlas
// contract's formats for keys and ids, a usable base URL). Name uniqueness
// needs the other profiles and is checked by ProfileStore.
class ProfileValidation
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)

public:
    static QList<ProfileIssue> check(const Profile &profile);

    // The issues as one paragraph, for an error message.
    static QString describe(const QList<ProfileIssue> &issues);

    static bool isPublicKey(const QString &text);
    static bool isClientId(const QString &text);
    static bool isAtlasId(const QString &text);
    static bool isSha256Fingerprint(const QString &text);

private:
    static QString checkBaseUrl(const QUrl &url);
};

} // namespace snapline
