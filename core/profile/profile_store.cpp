#include "profile/profile_store.h"

#include "profile/profile_log.h"

#include <QSettings>

#include <algorithm>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

const QString kArray = u"profiles"_s;

void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.setValue(u"id"_s, profile.id);
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"baseUrl"_s, profile.baseUrl.toString());
    settings.setValue(u"auth"_s, authKindName(profile.authKind));
    settings.setValue(u"publicKey"_s, profile.publicKey);
    settings.setValue(u"clientId"_s, profile.clientId);
    settings.setValue(u"tokenPath"_s, profile.tokenPath);
    settings.setValue(u"orgId"_s, profile.orgId);
    settings.setValue(u"defaultProjectId"_s, profile.defaultProjectId);
    settings.setValue(u"caFile"_s, profile.caFile);
    settings.setValue(u"pinnedSha256"_s, profile.pinnedSha256);
    settings.setValue(u"builtIn"_s, profile.builtIn);
}

Profile readProfile(const QSettings &settings)
{
    Profile profile;
    profile.id = settings.value(u"id"_s).toString();
    profile.name = settings.value(u"name"_s).toString();
    profile.baseUrl = QUrl(settings.value(u"baseUrl"_s, Profile::cloudBaseUrl().toString()).toString());
    profile.authKind = authKindFromName(settings.value(u"auth"_s).toString());
    profile.publicKey = settings.value(u"publicKey"_s).toString();
    profile.clientId = settings.value(u"clientId"_s).toString();
    profile.tokenPath = settings.value(u"tokenPath"_s, Profile::defaultTokenPath()).toString();
    profile.orgId = settings.value(u"orgId"_s).toString();
    profile.defaultProjectId = settings.value(u"defaultProjectId"_s).toString();
    profile.caFile = settings.value(u"caFile"_s).toString();
    profile.pinnedSha256 = settings.value(u"pinnedSha256"_s).toString();
    profile.builtIn = settings.value(u"builtIn"_s, false).toBool();
    return profile;
}

bool sameConnection(const Profile &a, const Profile &b)
{
    return a.baseUrl == b.baseUrl && a.authKind == b.authKind && a.publicKey == b.publicKey
            && a.clientId == b.clientId && a.tokenPath == b.tokenPath && a.caFile == b.caFile
            && a.pinnedSha256 == b.pinnedSha256;
}

void builtInsFirst(QList<Profile> &profiles)
{
    std::stable_partition(profiles.begin(), profiles.end(), [](const Profile &p) { return p.builtIn; });
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    const int count = m_settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile = readProfile(*m_settings);
        if (profile.id.isEmpty() || indexOf(profile.id) >= 0) {
            qCWarning(lcProfile) << "skipping a saved profile without a unique id at index" << i;
            continue;
        }
        m_profiles.append(profile);
    }
    m_settings->endArray();
    builtInsFirst(m_profiles);
    qCDebug(lcProfile) << "loaded" << m_profiles.size() << "profiles from" << m_settings->fileName();
}

Status ProfileStore::save(const QList<Profile> &profiles)
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcProfile) << "could not write" << m_settings->fileName() << m_settings->status();
        return Status::failure(ProfileCode::NotSaved,
                               tr("The profiles could not be saved to %1.").arg(m_settings->fileName()));
    }
    return Done{};
}

Result<Profile> ProfileStore::commit(QList<Profile> profiles, const Profile &saved)
{
    builtInsFirst(profiles);
    if (const Status written = save(profiles); !written)
        return written.error();
    m_profiles = std::move(profiles);
    Q_EMIT profilesChanged();
    return saved;
}

int ProfileStore::indexOf(const QString &id) const
{
    const auto found = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                    [&](const Profile &p) { return p.id == id; });
    return found == m_profiles.cend() ? -1 : int(found - m_profiles.cbegin());
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<Profile>(m_profiles.at(index));
}

std::optional<Profile> ProfileStore::profileNamed(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<ProfileIssue> ProfileStore::nameClash(const Profile &profile) const
{
    const std::optional<Profile> other = profileNamed(profile.name);
    if (!other || other->id == profile.id || profile.name.trimmed().isEmpty())
        return std::nullopt;
    return ProfileIssue{ProfileIssue::Field::Name,
                        tr("A profile named “%1” already exists; choose another name.").arg(other->name)};
}

QList<ProfileIssue> ProfileStore::check(const Profile &profile) const
{
    QList<ProfileIssue> issues = ProfileValidation::check(profile);
    if (const auto clash = nameClash(profile))
        issues.prepend(*clash);
    return issues;
}

Result<Profile> ProfileStore::create(Profile profile)
{
    profile.name = profile.name.trimmed();
    profile.builtIn = false;
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    else if (indexOf(profile.id) >= 0)
        return Result<Profile>::failure(ProfileCode::IdTaken,
                                        tr("A profile with the id %1 already exists.").arg(profile.id));
    if (const auto issues = ProfileValidation::check(profile); !issues.isEmpty())
        return Result<Profile>::failure(ProfileCode::Invalid, ProfileValidation::describe(issues));
    if (const auto clash = nameClash(profile))
        return Result<Profile>::failure(ProfileCode::NameTaken, clash->message);
    QList<Profile> profiles = m_profiles;
    profiles.append(profile);
    qCInfo(lcProfile) << "created profile" << profile.id;
    return commit(std::move(profiles), profile);
}

Result<Profile> ProfileStore::update(const Profile &changed)
{
    const int index = indexOf(changed.id);
    if (index < 0)
        return Result<Profile>::failure(ProfileCode::NotFound,
                                        tr("There is no profile with the id %1.").arg(changed.id));
    const Profile &stored = m_profiles.at(index);
    Profile profile = changed;
    profile.name = profile.name.trimmed();
    profile.builtIn = stored.builtIn;
    if (stored.builtIn && !sameConnection(stored, profile))
        return Result<Profile>::failure(ProfileCode::BuiltIn,
                                        tr("“%1” is built into Snapline: its address and credentials cannot "
                                           "be changed.")
                                                .arg(stored.name));
    if (const auto issues = ProfileValidation::check(profile); !issues.isEmpty())
        return Result<Profile>::failure(ProfileCode::Invalid, ProfileValidation::describe(issues));
    if (const auto clash = nameClash(profile))
        return Result<Profile>::failure(ProfileCode::NameTaken, clash->message);
    QList<Profile> profiles = m_profiles;
    profiles[index] = profile;
    qCInfo(lcProfile) << "updated profile" << profile.id;
    return commit(std::move(profiles), profile);
}

Status ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return Status::failure(ProfileCode::NotFound, tr("There is no profile with the id %1.").arg(id));
    if (m_profiles.at(index).builtIn)
        return Status::failure(
                ProfileCode::BuiltIn,
                tr("“%1” is built into Snapline and cannot be deleted.").arg(m_profiles.at(index).name));
    QList<Profile> profiles = m_profiles;
    profiles.removeAt(index);
    qCInfo(lcProfile) << "deleted profile" << id;
    const Result<Profile> done = commit(std::move(profiles), {});
    return done ? Status(Done{}) : Status(done.error());
}

Result<Profile> ProfileStore::registerBuiltIn(Profile profile)
{
    profile.builtIn = true;
    if (profile.id.isEmpty())
        return Result<Profile>::failure(ProfileCode::Invalid, tr("A built-in profile needs a fixed id."));
    if (const auto issues = ProfileValidation::check(profile); !issues.isEmpty())
        return Result<Profile>::failure(ProfileCode::Invalid, ProfileValidation::describe(issues));
    QList<Profile> profiles = m_profiles;
    const int index = indexOf(profile.id);
    if (index >= 0) {
        const Profile &stored = m_profiles.at(index);
        profile.name = stored.name;
        if (profile.orgId.isEmpty())
            profile.orgId = stored.orgId;
        if (profile.defaultProjectId.isEmpty())
            profile.defaultProjectId = stored.defaultProjectId;
        if (stored == profile)
            return profile;
        profiles[index] = profile;
    } else {
        profiles.prepend(profile);
    }
    qCInfo(lcProfile) << "registered built-in profile" << profile.id << profile.baseUrl.toString();
    return commit(std::move(profiles), profile);
}

} // namespace snapline
