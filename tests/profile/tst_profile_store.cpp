// Saved profiles: create, edit, delete, list, the built-in sandbox profile
// first, validation in plain words, and a settings file free of secrets.
#include "profile/atlas_cli_import.h"
#include "profile/profile_store.h"
#include "secrets/memory_secret_store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

const QString kOrg = u"5f1a2b3c4d5e6f7a8b9c0d1e"_s;
const QString kFingerprint = u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                             "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;

Profile apiKeyProfile(const QString &name, const QString &publicKey = u"abcdefgh"_s)
{
    Profile profile;
    profile.name = name;
    profile.publicKey = publicKey;
    return profile;
}

Profile serviceAccountProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.authKind = Profile::AuthKind::ServiceAccount;
    profile.clientId = u"mdb_sa_id_0123456789abcdef01234567"_s;
    return profile;
}

Profile sandboxProfile(int port)
{
    AtlasCredentials credentials;
    credentials.publicKey = u"sandbox1"_s;
    credentials.privateKey = u"sandbox-private-key"_s;
    return Profile::localSandbox(QUrl(u"https://127.0.0.1:%1"_s.arg(port)), kFingerprint, credentials);
}

// Sets one field by name, for the data-driven validation cases.
void setField(Profile &profile, const QString &field, const QString &value)
{
    if (field == u"name")
        profile.name = value;
    else if (field == u"baseUrl")
        profile.baseUrl = QUrl(value);
    else if (field == u"publicKey")
        profile.publicKey = value;
    else if (field == u"clientId") {
        profile.authKind = Profile::AuthKind::ServiceAccount;
        profile.clientId = value;
    } else if (field == u"tokenPath") {
        profile = serviceAccountProfile(profile.name);
        profile.tokenPath = value;
    } else if (field == u"orgId")
        profile.orgId = value;
    else if (field == u"defaultProjectId")
        profile.defaultProjectId = value;
    else if (field == u"caFile")
        profile.caFile = value;
    else if (field == u"pinnedSha256")
        profile.pinnedSha256 = value;
    else
        QFAIL("unknown field");
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(u"profiles.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void startsEmpty()
    {
        const ProfileStore store(settingsFile());
        QVERIFY(store.profiles().isEmpty());
    }

    void createListAndReload()
    {
        ProfileStore store(settingsFile());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        Profile first = apiKeyProfile(u"  Production  "_s);
        first.orgId = kOrg;
        first.defaultProjectId = u"6a1b2c3d4e5f6a7b8c9d0e1f"_s;
        const auto created = store.create(first);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->name, u"Production"_s); // trimmed
        QVERIFY(!QUuid::fromString(created->id).isNull());
        const auto second = store.create(serviceAccountProfile(u"CI"_s));
        QVERIFY(second.ok());
        QCOMPARE(changed.count(), 2);

        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(0), *created);
        QCOMPARE(store.profiles().at(1), *second);
        QCOMPARE(store.profile(second->id), std::optional<Profile>(*second));
        QCOMPARE(store.profileNamed(u"production"_s)->id, created->id);

        const ProfileStore reloaded(settingsFile());
        QCOMPARE(reloaded.profiles(), store.profiles());
        QCOMPARE(reloaded.profiles().at(1).tokenPath, Profile::defaultTokenPath());
    }

    void createKeepsAGivenIdOnce()
    {
        ProfileStore store(settingsFile());
        Profile profile = apiKeyProfile(u"One"_s);
        profile.id = u"11111111-2222-3333-4444-555555555555"_s;
        QVERIFY(store.create(profile).ok());
        profile.name = u"Two"_s;
        const auto again = store.create(profile);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ProfileCode::IdTaken);
    }

    void editAndDelete()
    {
        ProfileStore store(settingsFile());
        Profile profile = *store.create(apiKeyProfile(u"Staging"_s));
        profile.name = u"Staging EU"_s;
        profile.baseUrl = QUrl(u"https://cloud.mongodbgov.com"_s);
        QVERIFY(store.update(profile).ok());
        QCOMPARE(ProfileStore(settingsFile()).profile(profile.id)->name, u"Staging EU"_s);

        QVERIFY(store.remove(profile.id).ok());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(ProfileStore(settingsFile()).profiles().isEmpty());

        QCOMPARE(store.update(profile).error().code, ProfileCode::NotFound);
        QCOMPARE(store.remove(profile.id).error().code, ProfileCode::NotFound);
    }

    void namesAreUnique()
    {
        ProfileStore store(settingsFile());
        const Profile production = *store.create(apiKeyProfile(u"Production"_s));
        Profile other = *store.create(apiKeyProfile(u"Other"_s));

        const auto clash = store.create(apiKeyProfile(u" production "_s));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, ProfileCode::NameTaken);
        QVERIFY2(clash.error().message.contains(u"“Production” already exists"_s),
                 qPrintable(clash.error().message));

        other.name = u"PRODUCTION"_s;
        QCOMPARE(store.update(other).error().code, ProfileCode::NameTaken);
        QCOMPARE(store.check(other).first().field, ProfileIssue::Field::Name);

        Profile same = production; // keeping its own name is fine
        same.orgId = kOrg;
        QVERIFY(store.update(same).ok());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("says");
        using F = ProfileIssue::Field;
        QTest::newRow("empty name") << u"name"_s << u"   "_s << int(F::Name) << u"Give the profile a name"_s;
        QTest::newRow("not a URL") << u"baseUrl"_s << u"cloud mongodb com"_s << int(F::BaseUrl)
                                   << u"is not a valid address"_s;
        QTest::newRow("no scheme") << u"baseUrl"_s << u"cloud.mongodb.com"_s << int(F::BaseUrl)
                                   << u"is not a valid address"_s;
        QTest::newRow("plain http") << u"baseUrl"_s << u"http://cloud.mongodb.com"_s << int(F::BaseUrl)
                                    << u"must start with https://"_s;
        QTest::newRow("ftp") << u"baseUrl"_s << u"ftp://cloud.mongodb.com"_s << int(F::BaseUrl)
                             << u"must start with https://"_s;
        QTest::newRow("with a path") << u"baseUrl"_s << u"https://cloud.mongodb.com/api/atlas/v2"_s
                                     << int(F::BaseUrl) << u"without a path"_s;
        QTest::newRow("with a password") << u"baseUrl"_s << u"https://me:pw@cloud.mongodb.com"_s
                                         << int(F::BaseUrl) << u"must not contain a user name"_s;
        QTest::newRow("empty public key")
                << u"publicKey"_s << QString() << int(F::PublicKey) << u"Enter the API key's public key"_s;
        QTest::newRow("public key 7") << u"publicKey"_s << u"abcdefg"_s << int(F::PublicKey)
                                      << u"exactly 8 characters without spaces; “abcdefg” is 7"_s;
        QTest::newRow("public key 9")
                << u"publicKey"_s << u"abcdefghi"_s << int(F::PublicKey) << u"exactly 8 characters"_s;
        QTest::newRow("public key space")
                << u"publicKey"_s << u"abcd efg"_s << int(F::PublicKey) << u"without spaces"_s;
        QTest::newRow("client id prefix") << u"clientId"_s << u"mdb_sa_xx_0123456789abcdef01234567"_s
                                          << int(F::ClientId) << u"mdb_sa_id_ followed by 24"_s;
        QTest::newRow("client id short") << u"clientId"_s << u"mdb_sa_id_0123456789abcdef0123456"_s
                                         << int(F::ClientId) << u"is not a service account client id"_s;
        QTest::newRow("client id not hex") << u"clientId"_s << u"mdb_sa_id_0123456789abcdef0123456z"_s
                                           << int(F::ClientId) << u"hexadecimal"_s;
        QTest::newRow("empty client id") << u"clientId"_s << QString() << int(F::ClientId)
                                         << u"Enter the service account's client id"_s;
        QTest::newRow("token URL") << u"tokenPath"_s << u"https://elsewhere/token"_s << int(F::TokenPath)
                                   << u"must be a path on the base URL"_s;
        QTest::newRow("org id") << u"orgId"_s << u"5F1A2B3C4D5E6F7A8B9C0D1E"_s << int(F::OrgId)
                                << u"24 lowercase hexadecimal"_s;
        QTest::newRow("project id") << u"defaultProjectId"_s << u"123"_s << int(F::DefaultProjectId)
                                    << u"default project id"_s;
        QTest::newRow("CA file") << u"caFile"_s << u"/nonexistent/ca.pem"_s << int(F::CaFile)
                                 << u"cannot be read"_s;
        QTest::newRow("fingerprint") << u"pinnedSha256"_s << u"AB:CD"_s << int(F::PinnedSha256)
                                     << u"SHA-256 fingerprint"_s;
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, expected);
        QFETCH(QString, says);
        ProfileStore store(settingsFile());
        Profile profile = apiKeyProfile(u"Checked"_s);
        setField(profile, field, value);

        const QList<ProfileIssue> issues = store.check(profile);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().field), expected);
        QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));

        const auto created = store.create(profile);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ProfileCode::Invalid);
        QVERIFY(created.error().message.contains(says));
        QVERIFY(store.profiles().isEmpty());
    }

    void validProfiles_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("Atlas") << u"baseUrl"_s << u"https://cloud.mongodb.com"_s;
        QTest::newRow("trailing slash") << u"baseUrl"_s << u"https://cloud.mongodbgov.com/"_s;
        QTest::newRow("sandbox") << u"baseUrl"_s << u"https://127.0.0.1:8443"_s;
        QTest::newRow("local http") << u"baseUrl"_s << u"http://localhost:9000"_s;
        QTest::newRow("local http v6") << u"baseUrl"_s << u"http://[::1]:9000"_s;
        QTest::newRow("client id upper hex") << u"clientId"_s << u"mdb_sa_id_0123456789ABCDEF01234567"_s;
        QTest::newRow("token path") << u"tokenPath"_s << u"/oauth/custom"_s;
        QTest::newRow("fingerprint") << u"pinnedSha256"_s << kFingerprint.toLower();
        QTest::newRow("org id") << u"orgId"_s << kOrg;
    }

    void validProfiles()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Profile profile = apiKeyProfile(u"Fine"_s);
        setField(profile, field, value);
        const QList<ProfileIssue> issues = ProfileValidation::check(profile);
        QVERIFY2(issues.isEmpty(), qPrintable(ProfileValidation::describe(issues)));
    }

    void builtInComesFirst()
    {
        ProfileStore store(settingsFile());
        QVERIFY(store.create(apiKeyProfile(u"Production"_s)).ok());
        QVERIFY(store.create(apiKeyProfile(u"Staging"_s)).ok());

        const auto sandbox = store.registerBuiltIn(sandboxProfile(8443));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.ok() ? QString() : sandbox.error().message));
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.profiles().first().id, Profile::localSandboxId());
        QCOMPARE(store.profiles().first().name, u"Local sandbox"_s);
        QVERIFY(store.profiles().first().builtIn);
        QCOMPARE(store.profiles().at(1).name, u"Production"_s);

        const ProfileStore reloaded(settingsFile());
        QCOMPARE(reloaded.profiles().first().id, Profile::localSandboxId());
        QCOMPARE(reloaded.profiles().first().pinnedSha256, kFingerprint);
    }

    void builtInOnAFreshStart()
    {
        ProfileStore store(settingsFile());
        QVERIFY(store.registerBuiltIn(sandboxProfile(8443)).ok());
        QVERIFY(store.create(apiKeyProfile(u"Production"_s)).ok());
        QCOMPARE(store.profiles().first().id, Profile::localSandboxId());
        QCOMPARE(ProfileStore(settingsFile()).profiles().first().id, Profile::localSandboxId());
    }

    void builtInIsRefreshedAndProtected()
    {
        ProfileStore store(settingsFile());
        Profile sandbox = *store.registerBuiltIn(sandboxProfile(8443));

        // The user's choices for the built-in profile survive the next start.
        sandbox.defaultProjectId = u"6a1b2c3d4e5f6a7b8c9d0e1f"_s;
        sandbox.orgId = kOrg;
        QVERIFY(store.update(sandbox).ok());
        const auto refreshed = store.registerBuiltIn(sandboxProfile(9443));
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->baseUrl, QUrl(u"https://127.0.0.1:9443"_s));
        QCOMPARE(refreshed->defaultProjectId, u"6a1b2c3d4e5f6a7b8c9d0e1f"_s);
        QCOMPARE(refreshed->orgId, kOrg);
        QCOMPARE(store.profiles().size(), 1);

        Profile changed = *refreshed;
        changed.baseUrl = QUrl(u"https://cloud.mongodb.com"_s);
        QCOMPARE(store.update(changed).error().code, ProfileCode::BuiltIn);
        QCOMPARE(store.remove(changed.id).error().code, ProfileCode::BuiltIn);

        // Nobody else can take its name.
        QCOMPARE(store.create(apiKeyProfile(u"local SANDBOX"_s)).error().code, ProfileCode::NameTaken);
    }

    void settingsFileHoldsNoSecret()
    {
        ProfileStore store(settingsFile());
        MemorySecretStore secrets;
        const QString privateKey = u"3f9c1e7a-52b4-4d0e-9a61-7c2f8e5d1b90"_s;
        const QString clientSecret = u"mdb_sa_sk_Zx81kQ0pLm27Vb55Rt93Hg40Ws12Ny"_s;

        const Profile apiKey = *store.create(apiKeyProfile(u"Keyed"_s, u"qwertyui"_s));
        QVERIFY(secrets.write(apiKey.id, privateKey).ok());
        const Profile account = *store.create(serviceAccountProfile(u"Account"_s));
        QVERIFY(secrets.write(account.id, clientSecret).ok());
        AtlasCredentials sandboxCredentials;
        sandboxCredentials.publicKey = u"sandbox1"_s;
        sandboxCredentials.privateKey = u"sandbox-generated-private-key"_s;
        const Profile sandbox = *store.registerBuiltIn(
                Profile::localSandbox(QUrl(u"https://127.0.0.1:8443"_s), kFingerprint, sandboxCredentials));
        QVERIFY(secrets.write(sandbox.id, sandboxCredentials.privateKey).ok());
        // Imported profiles too: their secrets go to the secret store, not the file.
        const auto imported = AtlasCliImport::fromFile(qEnvironmentVariable("SNAPLINE_TEST_DATA")
                                                       + u"/atlascli/several.toml"_s);
        QVERIFY(imported.ok());
        for (const ImportedProfile &entry : *imported) {
            QVERIFY(store.create(entry.profile).ok());
            QVERIFY(secrets.write(entry.profile.id, entry.secret).ok());
        }

        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("qwertyui")); // it is the right file
        QVERIFY(written.contains("zetakey1"));
        QList<std::pair<QString, QString>> kept{{apiKey.id, privateKey},
                                                {account.id, clientSecret},
                                                {sandbox.id, sandboxCredentials.privateKey}};
        for (const ImportedProfile &entry : *imported)
            kept.append({entry.profile.id, entry.secret});
        for (const auto &[id, secret] : kept) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!written.contains(secret.toUtf8()), "the settings file holds a secret");
            QCOMPARE(secrets.read(id).valueOr({}), secret);
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
