// A whole session with real secrets, then a search of every file it wrote:
// profiles added by hand and imported from an Atlas CLI config, both synced
// with the snapline command, a restore submitted and audited, and the
// catalog read back. Runs under support/with-keyring.sh, so HOME is a fresh
// directory with a real (password-encrypted) GNOME Keyring in it; the
// secrets, the bearer tokens and anything shaped like a sandbox token must
// not appear in any file under HOME, nor in what the commands printed.
#include "atlas_test_sandbox.h"
#include "session/profile_connection.h"
#include "sync/sync_job.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestNoSecretOnDisk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QTemporaryDir m_outside; // the Atlas CLI config lives outside HOME, as a user's would
    QByteArrayList m_printed;
    QByteArrayList m_secrets;

    int snapline(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("SNAPLINE_BINARY"), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        m_printed << process.readAllStandardOutput() << process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QByteArray bearerToken(const AtlasCredentials &account)
    {
        HttpTransport transport(m_sandbox->settings());
        HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/oauth/token");
        request.headers = {{"Authorization",
                            "Basic " + (account.clientId + u':' + account.clientSecret).toUtf8().toBase64()},
                           {"Content-Type", "application/x-www-form-urlencoded"}};
        request.body = "grant_type=client_credentials";
        const auto answer = transport.send(request);
        return answer
                ? QJsonDocument::fromJson(answer->body).object().value(u"access_token").toString().toLatin1()
                : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SNAPLINE_TEST_KEYRING"),
                 "run me under tests/support/with-keyring.sh");
        m_sandbox = std::make_unique<AtlasTestSandbox>();
        QVERIFY(m_sandbox->isUp());
    }

    void aWholeSession()
    {
        const AtlasCredentials account = m_sandbox->credentials(QStringLiteral("Owner service account"));
        const AtlasCredentials key = m_sandbox->credentials(QStringLiteral("Backup manager"));
        const QString url = m_sandbox->settings().baseUrl.toString();
        const QString pin = m_sandbox->settings().pinnedSha256;
        m_secrets = {account.clientSecret.toUtf8(), key.privateKey.toUtf8()};

        // Profiles: one added by hand (service account), one imported from the Atlas CLI's config (API key).
        QCOMPARE(snapline({u"profile"_qs, u"add"_qs, u"--name"_qs, u"ops"_qs, u"--base-url"_qs, url,
                           u"--client-id"_qs, account.clientId, u"--pin-sha256"_qs, pin},
                          account.clientSecret.toUtf8() + '\n'),
                 0);
        QFile config(m_outside.filePath(u"config.toml"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[backups]\n  public_api_key = \"%1\"\n  private_api_key = \"%2\"\n"
                                    "  ops_manager_url = \"%3/\"\n  service = \"cloud\"\n")
                             .arg(key.publicKey, key.privateKey, url)
                             .toUtf8());
        config.close();
        QCOMPARE(snapline({u"profile"_qs, u"import-atlascli"_qs, u"--file"_qs, config.fileName(),
                           u"--pin-sha256"_qs, pin}),
                 0);
        QCOMPARE(snapline({u"profile"_qs, u"list"_qs}), 0);
        QVERIFY(m_printed.join().contains("backups"));

        // Both sync, each in its own process: the secrets come back from the keychain.
        for (const QString &profile : {u"ops"_qs, u"backups"_qs}) {
            QCOMPARE(snapline({u"sync"_qs, u"--profile"_qs, profile, u"--output"_qs, u"json"_qs}), 0);
            const QJsonObject report = QJsonDocument::fromJson(m_printed.at(m_printed.size() - 2)).object();
            QCOMPARE(report.value(u"projects").toInt(), 3);
            QVERIFY(report.value(u"snapshotsRead").toInt() > 300);
        }

        // A restore, submitted and audited the way the console does, with a bearer token we know.
        const QByteArray token = bearerToken(account);
        QVERIFY(token.startsWith("sl_"));
        m_secrets << token;
        Profile profile;
        profile.id = Profile::newId();
        profile.name = u"ops"_qs;
        profile.baseUrl = m_sandbox->settings().baseUrl;
        profile.authKind = Profile::AuthKind::ServiceAccount;
        profile.clientId = account.clientId;
        profile.pinnedSha256 = pin;
        auto connection = ProfileConnection::open(
                profile, account.clientSecret,
                QDir::home().filePath(u".local/share/Snapline/snapline/catalogs"_qs));
        QVERIFY(connection);
        Synchronizer synchronizer(connection.value()->api(), connection.value()->writer(), Clock::system(),
                                  {});
        QVERIFY(SyncJob::runHere(SyncTarget::everything(), synchronizer, nullptr));
        auto reader = Catalog::openReader(connection.value()->catalogPath(), Clock::system());
        const QString analytics = m_sandbox->projectId(u"Analytics"_qs);
        Cluster source;
        for (const Cluster &c : reader.value()->clusters(analytics).valueOr({})) {
            if (c.backupKind == BackupKind::Cloud && !c.isSharded() && source.name.isEmpty())
                source = c;
        }
        const auto snapshots = reader.value()->snapshots(analytics, source.name).valueOr({});
        QVERIFY(!snapshots.isEmpty());
        const auto job = connection.value()->api()->createRestoreJob(
                analytics, source.name,
                RestoreRequest{DeliveryType::Download, snapshots.last().id, {}, {}, {}});
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        AuditEntry entry;
        entry.principal = u"ops (%1)"_qs.arg(account.clientId);
        entry.action = u"restore.submit"_qs;
        entry.target = u"snapshot:"_qs + snapshots.last().id;
        entry.verdictJson = u"{\"allowed\":true}"_qs;
        entry.apiStatus = 200;
        entry.apiSummary = u"restore job "_qs + job->id;
        QVERIFY(connection.value()
                        ->writer()
                        ->post([entry](Catalog &c) {
                            return c.appendAudit(entry).ok() ? Status(Done{})
                                                             : Status(Error{u"x"_qs, u"x"_qs});
                        })
                        .result());
        connection.value().reset();
    }

    void noFileHoldsASecret()
    {
        const QRegularExpression tokenShape(u"sl_[0-9a-f]{12,}"_qs);
        int files = 0;
        QStringList leaks;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                if (bytes.contains(secret))
                    leaks << file.fileName();
            }
            if (tokenShape.match(QString::fromLatin1(bytes)).hasMatch())
                leaks << file.fileName() + u" (a bearer token)"_qs;
        }
        QVERIFY2(files >= 4,
                 qPrintable(QString::number(files))); // settings, catalogs, keyring: the search saw them
        QVERIFY(QDir(QDir::home().filePath(u".local/share/Snapline/snapline/catalogs"_qs)).count() >= 3);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void noOutputHoldsASecret()
    {
        const QByteArray printed = m_printed.join('\n');
        QVERIFY(!printed.isEmpty());
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY2(!printed.contains(secret), "a secret was printed");
        QVERIFY(!QRegularExpression(u"sl_[0-9a-f]{12,}"_qs).match(QString::fromUtf8(printed)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestNoSecretOnDisk)
#include "tst_no_secret_on_disk.moc"
