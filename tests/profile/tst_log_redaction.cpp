// Credentials never reach a log line: Authorization headers keep their scheme
// only, and tokens, client secrets and private keys in free text are hidden.
#include "secrets/log_redaction.h"

#include <QTest>

using namespace snapline;
using namespace Qt::StringLiterals;

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("digest") << QByteArray(
                R"(Authorization: Digest username="qwertyui", realm="MMS Public API", )"
                R"(nonce="abc", uri="/api/atlas/v2", response="6629fae49393a05397450978507c4ef1")")
                                << QByteArray("Authorization: Digest <redacted>");
        QTest::newRow("bearer") << QByteArray(
                "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                                << QByteArray("Authorization: Bearer <redacted>");
        QTest::newRow("basic, lower case, CRLF")
                << QByteArray("authorization:Basic bWRiX3NhX2lkXzAxOm1kYl9zYV9za194\r\n")
                << QByteArray("authorization: Basic <redacted>\r\n");
        QTest::newRow("proxy") << QByteArray("Proxy-Authorization: Basic dXNlcjpwYXNz")
                               << QByteArray("Proxy-Authorization: Basic <redacted>");
        QTest::newRow("no scheme") << QByteArray("Authorization: s3cr3t")
                                   << QByteArray("Authorization: <redacted>");
        QTest::newRow("other header") << QByteArray("Accept: application/vnd.atlas.2025-03-12+json")
                                      << QByteArray("Accept: application/vnd.atlas.2025-03-12+json");
        QTest::newRow("challenge") << QByteArray(R"(WWW-Authenticate: Digest realm="MMS", nonce="n")")
                                   << QByteArray(R"(WWW-Authenticate: Digest realm="MMS", nonce="n")");
        QTest::newRow("not a header")
                << QByteArray("GET /api/atlas/v2 HTTP/1.1") << QByteArray("GET /api/atlas/v2 HTTP/1.1");
    }

    void authorizationLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        QCOMPARE(redactAuthorization(line), expected);
    }

    void freeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header in a dump")
                << u"> GET /api/atlas/v2/groups HTTP/1.1\n> Authorization: Digest username=\"qwertyui\", "
                   "response=\"66\"\n> Accept: */*"_s
                << u"> GET /api/atlas/v2/groups HTTP/1.1\n> Authorization: Digest <redacted>\n> Accept: */*"_s;
        QTest::newRow("bearer token in prose") << u"retrying with bearer abc.def-ghi_jkl after 401"_s
                                               << u"retrying with bearer <redacted> after 401"_s;
        QTest::newRow("token response") << uR"({"access_token":"eyJ0eXAi.eyJ.sig","expires_in":3600})"_s
                                        << uR"({"access_token":"<redacted>","expires_in":3600})"_s;
        QTest::newRow("form body") << u"grant_type=client_credentials&client_secret=abc123&scope=x"_s
                                   << u"grant_type=client_credentials&client_secret=<redacted>&scope=x"_s;
        QTest::newRow("toml") << u"private_api_key = \"3f9c1e7a-52b4\"\npublic_api_key = \"qwertyui\""_s
                              << u"private_api_key = \"<redacted>\"\npublic_api_key = \"qwertyui\""_s;
        QTest::newRow("json private key") << uR"({"publicKey":"qwertyui","privateKey":"a-b-c"})"_s
                                          << uR"({"publicKey":"qwertyui","privateKey":"<redacted>"})"_s;
        QTest::newRow("service account secret") << u"client secret mdb_sa_sk_Zx81kQ0pLm27 was rejected"_s
                                                << u"client secret <redacted> was rejected"_s;
        QTest::newRow("password") << u"password: hunter2, user: me"_s << u"password: <redacted>, user: me"_s;
        QTest::newRow("nothing to hide") << u"listed 12 clusters in 5f1a2b3c4d5e6f7a8b9c0d1e"_s
                                         << u"listed 12 clusters in 5f1a2b3c4d5e6f7a8b9c0d1e"_s;
        QTest::newRow("api key object is kept") << uR"({"apiKey":{"publicKey":"qwertyui","id":"1"}})"_s
                                                << uR"({"apiKey":{"publicKey":"qwertyui","id":"1"}})"_s;
    }

    void freeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(text), expected);
        QCOMPARE(redactSecrets(expected), expected); // redacting twice changes nothing
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_log_redaction.moc"
