// A profile's way into Atlas against a real sandbox: API keys, and service
// accounts whose tokens are cached, renewed before expiry and refreshed once
// after a 401.
#include "atlas/atlas_session.h"
#include "service/embedded_sandbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;

class TestAtlasSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.dataDir = m_dir.path();
        const auto endpoint = m_sandbox.startAndWait(options);
        QVERIFY(endpoint.ok());
        m_settings.baseUrl = endpoint->url;
        m_settings.pinnedSha256 = endpoint->certificateFingerprint;
        for (const auto &c : m_sandbox.credentials()) {
            if (c.description.startsWith(u"Backup manager")) {
                m_apiKey.publicKey = c.id;
                m_apiKey.privateKey = c.secret;
            }
            if (c.description.startsWith(u"Owner service account")) {
                m_account.kind = AtlasCredentials::Kind::ServiceAccount;
                m_account.clientId = c.id;
                m_account.clientSecret = c.secret;
            }
        }
    }

    void apiKeys()
    {
        AtlasSession session(m_settings, m_apiKey);
        QCOMPARE(session.send(groups())->status, 200);
        QCOMPARE(session.tokensFetched(), 0);
    }

    void serviceAccountTokensAreCachedAndRenewed()
    {
        auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc());
        AtlasSession session(m_settings, m_account, clock);
        QCOMPARE(session.send(groups())->status, 200);
        QCOMPARE(session.send(groups())->status, 200);
        QCOMPARE(session.tokensFetched(), 1); // one token for both calls
        clock->advance(3600 - AtlasSession::kRefreshMarginSeconds + 1);
        QCOMPARE(session.send(groups())->status, 200);
        QCOMPARE(session.tokensFetched(), 2); // renewed shortly before it expired
    }

    void aRevokedTokenIsRefreshedOnce()
    {
        AtlasSession session(m_settings, m_account);
        QCOMPARE(session.send(groups())->status, 200);
        TransportSettings plain = m_settings;
        HttpTransport admin(plain);
        HttpRequest revoke;
        revoke.method = "DELETE";
        revoke.path = QStringLiteral("/sandbox-admin/tokens");
        QCOMPARE(admin.send(revoke)->status, 204);
        QCOMPARE(session.send(groups())->status, 200); // 401, new token, again
        QCOMPARE(session.tokensFetched(), 2);
    }

    void wrongSecretIsExplained()
    {
        AtlasCredentials wrong = m_account;
        wrong.clientSecret = QStringLiteral("mdb_sa_sk_wrong");
        AtlasSession session(m_settings, wrong);
        const auto r = session.send(groups());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY2(r.error().message.contains(u"rejected the service account"), qPrintable(r.error().message));
    }

private:
    static HttpRequest groups()
    {
        HttpRequest request;
        request.path = QStringLiteral("/api/atlas/v2/groups");
        request.headers = {{"Accept", "application/vnd.atlas.2023-01-01+json"}};
        request.what = QStringLiteral("list the projects");
        return request;
    }

    QTemporaryDir m_dir;
    EmbeddedSandbox m_sandbox;
    TransportSettings m_settings;
    AtlasCredentials m_apiKey;
    AtlasCredentials m_account;
};

QTEST_GUILESS_MAIN(TestAtlasSession)
#include "tst_atlas_session.moc"
