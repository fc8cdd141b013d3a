// Profiles from elsewhere: the Atlas CLI's config.toml and its MONGODB_ATLAS_*
// environment variables, with their secrets beside them and warnings for
// what is missing.
#include "profile/atlas_cli_import.h"
#include "profile/environment_profile.h"

#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return qEnvironmentVariable("SNAPLINE_TEST_DATA") + u"/atlascli/"_s + name;
}

const ImportedProfile *named(const QList<ImportedProfile> &profiles, const QString &name)
{
    for (const ImportedProfile &p : profiles) {
        if (p.profile.name == name)
            return &p;
    }
    return nullptr;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(part); });
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliProfile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("serviceAccount");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("orgId");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("warning"); // empty: none expected
        QTest::addColumn<bool>("complete");

        const QString cloud = u"https://cloud.mongodb.com"_s;
        const QString org = u"5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("API key") << u"api_key.toml"_s << u"default"_s << false << u"qwertyui"_s
                                 << u"3f9c1e7a-52b4-4d0e-9a61-7c2f8e5d1b90"_s << cloud << org
                                 << u"6a1b2c3d4e5f6a7b8c9d0e1f"_s << QString() << true;
        QTest::newRow("service account")
                << u"service_account.toml"_s << u"ci"_s << true << u"mdb_sa_id_0123456789abcdef01234567"_s
                << u"mdb_sa_sk_Zx81kQ0pLm27Vb55Rt93Hg40Ws12Ny"_s << cloud << org << QString() << QString()
                << true;
        QTest::newRow("auth_type picks")
                << u"service_account.toml"_s << u"migrated"_s << true
                << u"mdb_sa_id_fedcba9876543210fedcba98"_s << u"mdb_sa_sk_migratedmigrated"_s << cloud
                << QString() << QString() << QString() << true;
        QTest::newRow("ops_manager_url")
                << u"ops_manager.toml"_s << u"onprem"_s << false << u"opsmgr01"_s
                << u"a7d0c4e2-1b3f-4a5d-8e9c-0f1e2d3c4b5a"_s << u"https://opsmanager.example.com:8443"_s
                << QString() << QString() << QString() << true;
        QTest::newRow("cloudgov") << u"cloudgov.toml"_s << u"gov"_s << false << u"govkey01"_s
                                  << u"c0ffee00-1234-4abc-9def-0123456789ab"_s
                                  << u"https://cloud.mongodbgov.com"_s << QString() << QString() << QString()
                                  << true;
        QTest::newRow("private key in the CLI's keychain")
                << u"incomplete.toml"_s << u"keyring"_s << false << u"kchain01"_s << QString() << cloud
                << QString() << QString() << u"the public API key kchain01 but no private API key"_s << false;
        QTest::newRow("ids only") << u"incomplete.toml"_s << u"ids_only"_s << false << QString() << QString()
                                  << cloud << org << QString()
                                  << u"neither an API key nor a service account"_s << false;
        QTest::newRow("user account") << u"incomplete.toml"_s << u"user"_s << false << QString() << QString()
                                      << cloud << org << QString() << u"atlas auth login"_s << false;
        QTest::newRow("number for a key")
                << u"incomplete.toml"_s << u"odd"_s << false << QString()
                << u"0badf00d-0000-4000-8000-000000000000"_s << cloud << QString() << QString()
                << u"public_api_key (line 14) should be text"_s << false;
        QTest::newRow("short key, odd service")
                << u"incomplete.toml"_s << u"short_key"_s << false << u"abc"_s
                << u"0badf00d-0000-4000-8000-000000000001"_s << cloud << QString() << QString()
                << u"service “moon” is unknown"_s << false;
        QTest::newRow("both: API key wins") << u"several.toml"_s << u"middle"_s << false << u"middle01"_s
                                            << u"22222222-2222-4222-8222-222222222222"_s << cloud << QString()
                                            << QString() << u"uses the API key"_s << true;
    }

    void cliProfile()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(bool, serviceAccount);
        QFETCH(QString, principal);
        QFETCH(QString, secret);
        QFETCH(QString, baseUrl);
        QFETCH(QString, orgId);
        QFETCH(QString, projectId);
        QFETCH(QString, warning);
        QFETCH(bool, complete);

        const auto imported = AtlasCliImport::fromFile(sample(file));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const ImportedProfile *entry = named(*imported, name);
        QVERIFY(entry);
        const Profile &profile = entry->profile;
        QCOMPARE(profile.authKind == Profile::AuthKind::ServiceAccount, serviceAccount);
        QCOMPARE(profile.principal(), principal);
        QCOMPARE(entry->secret, secret);
        QCOMPARE(profile.baseUrl, QUrl(baseUrl));
        QCOMPARE(profile.orgId, orgId);
        QCOMPARE(profile.defaultProjectId, projectId);
        QVERIFY(!QUuid::fromString(profile.id).isNull());
        QVERIFY(!profile.builtIn);
        if (warning.isEmpty())
            QVERIFY2(entry->warnings.isEmpty(), qPrintable(entry->warnings.join(u'\n')));
        else
            QVERIFY2(anyContains(entry->warnings, warning), qPrintable(entry->warnings.join(u'\n')));
        QCOMPARE(entry->isComplete(), complete);
        // A secret is never repeated in a warning.
        if (!secret.isEmpty())
            QVERIFY(!anyContains(entry->warnings, secret));
    }

    void shortKeyIsNamed()
    {
        const auto imported = AtlasCliImport::fromFile(sample(u"incomplete.toml"_s));
        QVERIFY(imported.ok());
        const ImportedProfile *entry = named(*imported, u"short_key"_s);
        QVERIFY(entry);
        QVERIFY2(anyContains(entry->warnings, u"exactly 8 characters"_s),
                 qPrintable(entry->warnings.join(u'\n')));
    }

    void keepsTheFileOrder()
    {
        const auto imported = AtlasCliImport::fromFile(sample(u"several.toml"_s));
        QVERIFY(imported.ok());
        QStringList names;
        for (const ImportedProfile &entry : *imported)
            names.append(entry.profile.name);
        QCOMPARE(names, (QStringList{u"zeta"_s, u"alpha"_s, u"middle"_s}));
        QCOMPARE(imported->at(1).profile.authKind, Profile::AuthKind::ServiceAccount);
        QCOMPARE(imported->at(1).profile.tokenPath, Profile::defaultTokenPath());
    }

    void topLevelSettingsAreNotProfiles()
    {
        const auto imported = AtlasCliImport::fromFile(sample(u"api_key.toml"_s));
        QVERIFY(imported.ok());
        QCOMPARE(imported->size(), 1);
    }

    void malformedFileNamesTheLine()
    {
        const auto imported = AtlasCliImport::fromFile(sample(u"malformed.toml"_s));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, ImportCode::Malformed);
        QVERIFY2(imported.error().message.contains(u"is not valid TOML (line 3, column"_s),
                 qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(u"malformed.toml"_s));
    }

    void malformedText_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("line");
        QTest::newRow("duplicate table") << QByteArray("[a]\nx = \"1\"\n[a]\ny = \"2\"\n") << 3;
        QTest::newRow("no value") << QByteArray("[a]\npublic_api_key =\n") << 2;
        QTest::newRow("bad header") << QByteArray("\n\n[a\n") << 3;
    }

    void malformedText()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, line);
        const auto imported = AtlasCliImport::fromText(toml, u"config.toml"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(u"(line %1, column"_s.arg(line)),
                 qPrintable(imported.error().message));
    }

    void missingFile()
    {
        const auto imported = AtlasCliImport::fromFile(sample(u"nonexistent.toml"_s));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, ImportCode::FileMissing);
        QVERIFY(imported.error().message.contains(u"nonexistent.toml"_s));
    }

    void emptyFile()
    {
        const auto imported = AtlasCliImport::fromText({}, u"config.toml"_s);
        QVERIFY(imported.ok());
        QVERIFY(imported->isEmpty());
    }

    void defaultPath() { QVERIFY(AtlasCliImport::defaultConfigPath().endsWith(u"/atlascli/config.toml"_s)); }

    void environment_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("serviceAccount");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("orgId");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("warning");

        const QString cloud = u"https://cloud.mongodb.com"_s;
        QTest::newRow("none") << QStringList{u"HOME=/home/me"_s,
                                             u"MONGODB_ATLAS_ORG_ID=5f1a2b3c4d5e6f7a8b9c0d1e"_s}
                              << false << false << QString() << QString() << QString() << QString()
                              << QString() << QString();
        QTest::newRow("API key")
                << QStringList{u"MONGODB_ATLAS_PUBLIC_API_KEY=envkey01"_s,
                               u"MONGODB_ATLAS_PRIVATE_API_KEY=44444444-4444-4444-8444-444444444444"_s,
                               u"MONGODB_ATLAS_ORG_ID=5f1a2b3c4d5e6f7a8b9c0d1e"_s,
                               u"MONGODB_ATLAS_PROJECT_ID=6a1b2c3d4e5f6a7b8c9d0e1f"_s}
                << true << false << u"envkey01"_s << u"44444444-4444-4444-8444-444444444444"_s << cloud
                << u"5f1a2b3c4d5e6f7a8b9c0d1e"_s << u"6a1b2c3d4e5f6a7b8c9d0e1f"_s << QString();
        QTest::newRow("service account")
                << QStringList{u"MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_0123456789abcdef01234567"_s,
                               u"MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_fromtheenvironment"_s}
                << true << true << u"mdb_sa_id_0123456789abcdef01234567"_s
                << u"mdb_sa_sk_fromtheenvironment"_s << cloud << QString() << QString() << QString();
        QTest::newRow("ops manager")
                << QStringList{u"MONGODB_ATLAS_PUBLIC_API_KEY=envkey01"_s,
                               u"MONGODB_ATLAS_PRIVATE_API_KEY=p"_s,
                               u"MONGODB_ATLAS_OPS_MANAGER_URL=https://om.example.com/"_s}
                << true << false << u"envkey01"_s << u"p"_s << u"https://om.example.com"_s << QString()
                << QString() << QString();
        QTest::newRow("no private key")
                << QStringList{u"MONGODB_ATLAS_PUBLIC_API_KEY=envkey01"_s} << true << false << u"envkey01"_s
                << QString() << cloud << QString() << QString() << u"but no private API key"_s;
        QTest::newRow("secret only") << QStringList{u"MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_x"_s} << true
                                     << true << QString() << u"mdb_sa_sk_x"_s << cloud << QString()
                                     << QString() << u"but no client id"_s;
    }

    void environment()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, found);
        QFETCH(bool, serviceAccount);
        QFETCH(QString, principal);
        QFETCH(QString, secret);
        QFETCH(QString, baseUrl);
        QFETCH(QString, orgId);
        QFETCH(QString, projectId);
        QFETCH(QString, warning);

        QProcessEnvironment environment;
        for (const QString &variable : variables)
            environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        const std::optional<ImportedProfile> imported = EnvironmentProfile::fromEnvironment(environment);
        QCOMPARE(imported.has_value(), found);
        if (!found)
            return;
        QCOMPARE(imported->profile.name, u"Environment variables"_s);
        QCOMPARE(imported->profile.authKind == Profile::AuthKind::ServiceAccount, serviceAccount);
        QCOMPARE(imported->profile.principal(), principal);
        QCOMPARE(imported->secret, secret);
        QCOMPARE(imported->profile.baseUrl, QUrl(baseUrl));
        QCOMPARE(imported->profile.orgId, orgId);
        QCOMPARE(imported->profile.defaultProjectId, projectId);
        if (warning.isEmpty())
            QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(u'\n')));
        else
            QVERIFY2(anyContains(imported->warnings, warning), qPrintable(imported->warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profile_import.moc"
