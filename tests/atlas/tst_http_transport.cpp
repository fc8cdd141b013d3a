// The libcurl transport against a real sandbox over HTTPS: Digest and Bearer
// auth, certificate pinning, CA files, timeouts, resets, cancel, typed errors.
#include "atlas/http_transport.h"
#include "service/embedded_sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;

class TestHttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.dataDir = m_dir.path();
        const auto endpoint = m_sandbox.startAndWait(options);
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
        m_endpoint = *endpoint;
        for (const auto &c : m_sandbox.credentials()) {
            if (c.description.startsWith(u"Backup manager"))
                m_key = c;
            if (c.description.startsWith(u"Owner service account"))
                m_account = c;
        }
    }

    void digestWithAPinnedCertificate()
    {
        HttpTransport transport(settings());
        const auto r = transport.send(get(u"/api/atlas/v2"_qs));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, 200);
        const QJsonObject key = QJsonDocument::fromJson(r->body).object().value(u"apiKey").toObject();
        QCOMPARE(key.value(u"publicKey").toString(), m_key.id);
        QVERIFY(r->header("Content-Type").startsWith("application/vnd.atlas.2023-01-01+json"));
        // The same transport again: the connection is reused.
        QCOMPARE(transport.send(get(u"/api/atlas/v2/groups"_qs))->status, 200);
    }

    void rejectedCredentialsAreExplained()
    {
        TransportSettings s = settings();
        s.secret = QStringLiteral("not-the-secret");
        HttpTransport transport(s);
        const auto r = transport.send(get(u"/api/atlas/v2/groups"_qs));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 401);
        const AtlasError error
                = AtlasError::fromResponse(r->status, r->body, QStringLiteral("list the projects"));
        QCOMPARE(error.errorCode, u"UNAUTHORIZED"_qs);
        QVERIFY2(error.message.contains(u"rejected the credentials while trying to list the projects"),
                 qPrintable(error.message));
    }

    void aWrongPinSendsNothing()
    {
        TransportSettings s = settings();
        s.pinnedSha256 = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:"
                                        "66:77:88:99:AA:BB:CC:DD:EE:FF");
        HttpTransport transport(s);
        const auto r = transport.send(get(u"/api/atlas/v2/groups?marker=pinned"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AtlasError::Kind::Tls);
        QVERIFY2(r.error().message.contains(m_endpoint.certificateFingerprint),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"nothing was sent"));
        // The sandbox never saw that request.
        HttpTransport admin(settings());
        const auto log = admin.send(get(u"/sandbox-admin/requests"_qs));
        QVERIFY(!log->body.contains("marker=pinned"));
    }

    void untrustedWithoutPinOrCa()
    {
        TransportSettings s = settings();
        s.pinnedSha256.clear();
        HttpTransport transport(s);
        const auto r = transport.send(get(u"/api/atlas/v2"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AtlasError::Kind::Tls);
        QVERIFY2(r.error().message.contains(u"not trusted"), qPrintable(r.error().message));

        s.caFile = m_endpoint.certificatePath; // trusting it as a CA works too
        HttpTransport trusted(s);
        QCOMPARE(trusted.send(get(u"/api/atlas/v2"_qs))->status, 200);
    }

    void bearerTokens()
    {
        TransportSettings s = settings();
        s.auth = TransportSettings::Auth::None;
        HttpTransport transport(s);
        HttpRequest token;
        token.method = "POST";
        token.path = QStringLiteral("/api/oauth/token");
        token.headers
                = {{"Authorization", "Basic " + (m_account.id + u':' + m_account.secret).toUtf8().toBase64()},
                   {"Content-Type", "application/x-www-form-urlencoded"}};
        token.body = "grant_type=client_credentials";
        const auto issued = transport.send(token);
        QCOMPARE(issued->status, 200);
        s.auth = TransportSettings::Auth::Bearer;
        s.bearerToken
                = QJsonDocument::fromJson(issued->body).object().value(u"access_token").toString().toLatin1();
        HttpTransport bearer(s);
        QCOMPARE(bearer.send(get(u"/api/atlas/v2/groups"_qs))->status, 200);
    }

    void timeoutsResetsAndCancel()
    {
        // The admin endpoint takes no credentials (and with Digest, curl sends a
        // body only after the challenge, which this endpoint never makes).
        TransportSettings plain = settings();
        plain.auth = TransportSettings::Auth::None;
        HttpTransport admin(plain);
        HttpRequest faults;
        faults.method = "PUT";
        faults.path = QStringLiteral("/sandbox-admin/faults");
        faults.body = R"([{"path": "/orgs$", "kind": "delay", "delayMs": 3000, "times": 1},
                          {"path": "/groups$", "kind": "reset", "times": 1}])";
        const auto set = admin.send(faults);
        QVERIFY2(set->status == 200, set->body.constData());

        TransportSettings s = settings();
        s.totalTimeoutMs = 500;
        HttpTransport impatient(s);
        const auto slow = impatient.send(get(u"/api/atlas/v2/orgs"_qs));
        QVERIFY(!slow.ok());
        QCOMPARE(slow.error().kind, AtlasError::Kind::Timeout);

        HttpTransport transport(settings());
        const auto reset = transport.send(get(u"/api/atlas/v2/groups"_qs));
        QVERIFY(!reset.ok());
        QCOMPARE(reset.error().kind, AtlasError::Kind::Protocol);

        std::atomic_bool cancel = true;
        const auto cancelled = transport.send(get(u"/api/atlas/v2"_qs), &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, AtlasError::Kind::Cancelled);
    }

    void refusedConnection()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 closed = probe.serverPort();
        probe.close();
        TransportSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(closed));
        HttpTransport transport(s);
        const auto r = transport.send(get(u"/api/atlas/v2"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, AtlasError::Kind::Connect);
        QVERIFY(r.error().message.contains(u"Cannot reach 127.0.0.1"));
    }

private:
    TransportSettings settings() const
    {
        TransportSettings s;
        s.baseUrl = m_endpoint.url;
        s.auth = TransportSettings::Auth::Digest;
        s.username = m_key.id;
        s.secret = m_key.secret;
        s.pinnedSha256 = m_endpoint.certificateFingerprint;
        return s;
    }

    static HttpRequest get(const QString &path)
    {
        HttpRequest request;
        request.path = path;
        request.headers = {{"Accept", "application/vnd.atlas.2023-01-01+json"}};
        request.what = QStringLiteral("test");
        return request;
    }

    QTemporaryDir m_dir;
    EmbeddedSandbox m_sandbox;
    SandboxEndpoint m_endpoint;
    CredentialRow m_key;
    CredentialRow m_account;
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_http_transport.moc"
