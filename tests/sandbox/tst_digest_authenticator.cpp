// DigestAuthenticator: the client side is computed here independently (and by
// curl, when installed), so a shared mistake in the hashing cannot hide.
#include "security/digest_authenticator.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;
using Outcome = DigestVerdict::Outcome;

namespace {

const QString kUser = QStringLiteral("qzvbxnle");
const QString kSecret = QStringLiteral("6a1f9c3e-8d2b-4f70-b5e4-0c7d9a2e1b33");
const QByteArray kUri = "/api/atlas/v2/groups/5f0000000000000000000001/clusters?pageNum=1";
const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);

std::optional<QString> secretOf(const QString &user)
{
    return user == kUser ? std::optional<QString>(kSecret) : std::nullopt;
}

QByteArray md5(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

QByteArray nonceOf(const QByteArray &challenge)
{
    return QRegularExpression(QStringLiteral("nonce=\"([^\"]+)\""))
            .match(QString::fromLatin1(challenge))
            .captured(1)
            .toLatin1();
}

// RFC 7616 §3.4.1 with qop=auth, as a client computes it.
QByteArray responseFor(const QByteArray &nonce, const QByteArray &nc, const QByteArray &cnonce,
                       const QString &secret = kSecret, const QString &user = kUser,
                       const QByteArray &qop = "auth")
{
    const QByteArray ha1 = md5(user.toUtf8() + ":MMS Public API:" + secret.toUtf8());
    return md5(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + md5("GET:" + kUri));
}

QByteArray headerFor(const QByteArray &nonce, const QByteArray &nc = "00000001",
                     const QString &secret = kSecret, const QString &user = kUser)
{
    return "Digest username=\"" + user.toUtf8() + "\", realm=\"MMS Public API\", nonce=\"" + nonce
            + "\", uri=\"" + kUri + "\", cnonce=\"MTIzNDU2\", nc=" + nc + ", qop=auth, response=\""
            + responseFor(nonce, nc, "MTIzNDU2", secret, user) + "\", algorithm=MD5";
}

// The curl check's server side: 401 with a challenge until a request authenticates.
QByteArray answerTo(const QList<QByteArray> &head, DigestAuthenticator &auth, QList<DigestVerdict> &verdicts)
{
    for (const QByteArray &line : head) {
        if (line.toLower().startsWith("authorization:")) {
            verdicts << auth.verify(line.mid(14), head.first().split(' ').first(), &secretOf);
            if (verdicts.last().ok())
                return "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        }
    }
    return "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nWWW-Authenticate: " + auth.challenge()
            + "\r\n\r\n";
}

} // namespace

class TestDigestAuthenticator : public QObject
{
    Q_OBJECT

    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<DigestAuthenticator> m_auth;

    DigestVerdict verify(const QByteArray &header, const QByteArray &method = "GET")
    {
        return m_auth->verify(header, method, &secretOf);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_shared<ManualClock>(kStart);
        m_auth = std::make_unique<DigestAuthenticator>(m_clock);
    }

    void challengeLooksLikeAtlas()
    {
        const QRegularExpression shape(
                QStringLiteral("^Digest realm=\"MMS Public API\", domain=\"\", "
                               "nonce=\"[A-Za-z0-9_-]{32}\", algorithm=MD5, qop=\"auth\", "
                               "stale=(true|false)$"));
        const QByteArray first = m_auth->challenge();
        const QByteArray stale = m_auth->challenge(true);
        QVERIFY2(shape.match(QString::fromLatin1(first)).hasMatch(), first.constData());
        QVERIFY(first.endsWith("stale=false"));
        QVERIFY(stale.endsWith("stale=true"));
        QVERIFY(nonceOf(first) != nonceOf(stale));
    }

    // The MD5 example of RFC 7616 §3.9.1. Its nonce was never issued here, so
    // the right answer proves the digest and asks for a fresh nonce.
    void rfcExample_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("right password") << "Circle of Life" << Outcome::StaleNonce;
        QTest::newRow("wrong password") << "Circle of life" << Outcome::BadResponse;
    }

    void rfcExample()
    {
        QFETCH(QString, password);
        QFETCH(Outcome, expected);
        DigestAuthenticator rfc(m_clock, QStringLiteral("http-auth@example.org"));
        // moc (6.4) loses track of a class after a multi-line raw string, hence the plain literals.
        const QByteArray header
                = "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", "
                  "algorithm=MD5, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", nc=00000001, "
                  "cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", qop=auth, "
                  "response=\"8ca523f5e9506fed4657c9700eebdbec\", "
                  "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
        const auto lookup = [&](const QString &user) {
            return user == QStringLiteral("Mufasa") ? std::optional<QString>(password) : std::nullopt;
        };
        QCOMPARE(rfc.verify(header, "GET", lookup).outcome, expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("right key") << kUser << kSecret << QByteArray("GET") << Outcome::Ok;
        QTest::newRow("wrong secret")
                << kUser << "not-the-secret" << QByteArray("GET") << Outcome::BadResponse;
        QTest::newRow("unknown user") << "nobody" << kSecret << QByteArray("GET") << Outcome::UnknownUser;
        QTest::newRow("signed GET, sent DELETE")
                << kUser << kSecret << QByteArray("DELETE") << Outcome::BadResponse;
    }

    void roundTrip()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QByteArray, method);
        QFETCH(Outcome, expected);
        const QByteArray nonce = nonceOf(m_auth->challenge());
        const DigestVerdict verdict = verify(headerFor(nonce, "00000001", secret, user), method);
        QCOMPARE(verdict.outcome, expected);
        QCOMPARE(verdict.username, user);
        QCOMPARE(verdict.uri, verdict.ok() ? QString::fromLatin1(kUri) : QString());
    }

    void nonceLifetime_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("fresh") << 0 << kSecret << Outcome::Ok;
        QTest::newRow("one second left") << 299 << kSecret << Outcome::Ok;
        QTest::newRow("just expired") << 300 << kSecret << Outcome::StaleNonce;
        QTest::newRow("long expired") << 86400 << kSecret << Outcome::StaleNonce;
        QTest::newRow("expired, wrong secret") << 301 << "guess" << Outcome::BadResponse;
    }

    void nonceLifetime()
    {
        QFETCH(int, seconds);
        QFETCH(QString, secret);
        QFETCH(Outcome, expected);
        const QByteArray nonce = nonceOf(m_auth->challenge());
        m_clock->advance(seconds);
        QCOMPARE(verify(headerFor(nonce, "00000001", secret)).outcome, expected);
        if (expected == Outcome::StaleNonce) { // the expired nonce is gone; the client retries
            QCOMPARE(m_auth->liveNonceCount(), 0);
            const QByteArray retry = m_auth->challenge(true);
            QVERIFY(retry.endsWith("stale=true"));
            QCOMPARE(verify(headerFor(nonceOf(retry))).outcome, Outcome::Ok);
        }
    }

    void expiryHoldsWhenTheClockStepsBack()
    {
        m_auth->challenge(); // from the future once the clock steps back: pruning stops at it
        m_clock->advance(-1000);
        const QByteArray nonce = nonceOf(m_auth->challenge());
        m_clock->advance(300);
        QCOMPARE(verify(headerFor(nonce)).outcome, Outcome::StaleNonce);
    }

    void floodEvictsOldestNonce()
    {
        const QByteArray first = nonceOf(m_auth->challenge());
        m_clock->advance(1);
        for (qsizetype i = 0; i < DigestAuthenticator::kMaxLiveNonces; ++i)
            m_auth->challenge();
        QCOMPARE(m_auth->liveNonceCount(), DigestAuthenticator::kMaxLiveNonces);
        QCOMPARE(verify(headerFor(first)).outcome, Outcome::StaleNonce);
    }

    void ncMustIncrease()
    {
        const QByteArray nonce = nonceOf(m_auth->challenge());
        const QByteArray other = nonceOf(m_auth->challenge());
        QCOMPARE(verify(headerFor(nonce, "00000001")).outcome, Outcome::Ok);
        QCOMPARE(verify(headerFor(nonce, "00000001")).outcome, Outcome::Replay);
        QCOMPARE(verify(headerFor(nonce, "00000002")).outcome, Outcome::Ok);
        QCOMPARE(verify(headerFor(nonce, "00000001")).outcome, Outcome::Replay);
        QCOMPARE(verify(headerFor(nonce, "0000000a")).outcome, Outcome::Ok); // gaps are fine
        QCOMPARE(verify(headerFor(other, "00000001")).outcome, Outcome::Ok); // counted per nonce
    }

    // `why` is part of the logged reason; an empty one means no credentials at all.
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("why");
        const QByteArray valid = headerFor("bm9uY2U");
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("blank") << QByteArray(" \t ") << "";
        QTest::newRow("Basic") << QByteArray("Basic cXp2YnhubGU6c2VjcmV0") << "the scheme is Basic";
        QTest::newRow("Bearer") << QByteArray("Bearer eyJhbGciOi") << "the scheme is Bearer";
        QTest::newRow("scheme only") << QByteArray("Digest") << "username is missing";
        QTest::newRow("garbage") << QByteArray("\x01\xff}{ ;;") << "not Digest";
        QTest::newRow("name without value") << QByteArray("Digest username") << "username has no value";
        QTest::newRow("unterminated quote")
                << QByteArray("Digest username=\"qzv, realm=x") << "no closing quote";
        QTest::newRow("no comma") << QByteArray(valid).replace(", realm", " realm") << "comma is missing";
        QTest::newRow("twice") << QByteArray(valid).append(", NC=00000009") << "nc is given twice";
        QTest::newRow("SHA-256") << QByteArray(valid).replace("=MD5", "=SHA-256") << "algorithm=MD5";
        QTest::newRow("auth-int") << QByteArray(valid).replace("qop=auth", "qop=auth-int") << "qop=auth";
        QTest::newRow("short nc") << QByteArray(valid).replace("nc=00000001", "nc=1") << "nc must be";
        QTest::newRow("zero nc") << QByteArray(valid).replace("nc=00000001", "nc=00000000") << "nc must be";
        QTest::newRow("short response")
                << QByteArray(valid).replace("response=\"", "response=\"ab") << "32 hex";
        QTest::newRow("other realm") << QByteArray(valid).replace("MMS Public API", "MMS") << "realm";
        QTest::newRow("userhash") << QByteArray(valid).append(", userhash=true") << "userhash";
        QTest::newRow("huge") << "Digest username=\"" + QByteArray(9000, 'a') + '"' << "8 KiB";
        for (const char *field : {"username", "realm", "nonce", "uri", "cnonce", "nc", "qop", "response"}) {
            const QRegularExpression drop(
                    QStringLiteral("\\b%1=(\"[^\"]*\"|[^,]*),? ?").arg(QLatin1String(field)));
            const QByteArray without = QString::fromLatin1(valid).remove(drop).toLatin1();
            QTest::addRow("no %s", field) << without << QLatin1String(field) + QStringLiteral(" is missing");
        }
    }

    void malformed()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, why);
        m_auth->challenge();
        const DigestVerdict verdict = verify(header);
        QCOMPARE(verdict.outcome, why.isEmpty() ? Outcome::Missing : Outcome::Malformed);
        QVERIFY2(verdict.reason.contains(why), qPrintable(verdict.reason));
    }

    // Placeholders: %N% nonce, %R% response, %U% uri; `cnonce` is the value
    // after unquoting, which is what the client hashed.
    void oddLayouts_data()
    {
        QTest::addColumn<QByteArray>("layout");
        QTest::addColumn<QByteArray>("cnonce");
        const auto row = [](const char *name, const char *layout, const char *cnonce = "c1") {
            QTest::newRow(name) << QByteArray(layout) << QByteArray(cnonce);
        };
        row("reversed",
            "Digest algorithm=MD5, response=\"%R%\", qop=auth, nc=00000001, cnonce=\"c1\", uri=\"%U%\", "
            "nonce=\"%N%\", realm=\"MMS Public API\", username=\"qzvbxnle\"");
        row("spaces, tabs, empty elements",
            "digest  username = \"qzvbxnle\" ,\t, realm=\"MMS Public API\",nonce=\"%N%\" , uri=\"%U%\",  ,"
            "cnonce=\"c1\", nc=00000001 , qop=\"auth\",response=\"%R%\",");
        row("upper-case names, unquoted uri",
            "DIGEST USERNAME=\"qzvbxnle\", Realm=\"MMS Public API\", NONCE=\"%N%\", URI=%U%, CNonce=c1, "
            "NC=00000001, QOP=AUTH, Response=\"%R%\", Algorithm=md5");
        row("comma and escaped quote inside quotes",
            "Digest username=\"qzvbxnle\", realm=\"MMS Public API\", nonce=\"%N%\", uri=\"%U%\", "
            "cnonce=\"a,b=\\\"c\\\"\", nc=00000001, qop=auth, response=\"%R%\", opaque=\"x, y\"",
            "a,b=\"c\"");
    }

    void oddLayouts()
    {
        QFETCH(QByteArray, layout);
        QFETCH(QByteArray, cnonce);
        const QByteArray nonce = nonceOf(m_auth->challenge());
        const QByteArray qop = layout.contains("QOP=AUTH") ? "AUTH" : "auth";
        const QByteArray header
                = layout.replace("%N%", nonce)
                          .replace("%U%", kUri)
                          .replace("%R%", responseFor(nonce, "00000001", cnonce, kSecret, kUser, qop));
        const DigestVerdict verdict = verify(header);
        QVERIFY2(verdict.ok(), qPrintable(verdict.reason));
        QCOMPARE(verdict.uri, QString::fromLatin1(kUri));
    }

    // curl's own Digest code against a minimal HTTP/1.1 responder.
    void curlInterop_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("right key") << kSecret << QByteArray("200") << Outcome::Ok;
        QTest::newRow("wrong key") << "nope" << QByteArray("401") << Outcome::BadResponse;
    }

    void curlInterop()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, status);
        QFETCH(Outcome, expected);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<DigestVerdict> verdicts;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket,
                    [&, socket, head = QList<QByteArray>()]() mutable {
                        while (socket->canReadLine()) {
                            const QByteArray line = socket->readLine().trimmed();
                            if (!line.isEmpty()) {
                                head << line;
                            } else if (!head.isEmpty()) {
                                socket->write(answerTo(head, *m_auth, verdicts));
                                head.clear();
                            }
                        }
                    });
        });
        QProcess process;
        process.start(curl,
                      {QStringLiteral("--silent"), QStringLiteral("--digest"), QStringLiteral("--user"),
                       kUser + u':' + secret, QStringLiteral("--output"), QStringLiteral("/dev/null"),
                       QStringLiteral("--write-out"), QStringLiteral("%{http_code}"),
                       QStringLiteral("http://127.0.0.1:%1%2")
                               .arg(server.serverPort())
                               .arg(QString::fromLatin1(kUri))});
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.readAllStandardOutput(), status);
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts.first().outcome, expected);
        QCOMPARE(verdicts.first().username, kUser);
    }
};

QTEST_GUILESS_MAIN(TestDigestAuthenticator)
#include "tst_digest_authenticator.moc"
