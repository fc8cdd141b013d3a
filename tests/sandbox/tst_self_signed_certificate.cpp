// SelfSignedCertificate: made once with the shape TLS clients expect, reloaded
// unchanged, replaced when unusable, and good for a real handshake on 127.0.0.1.
#include "security/self_signed_certificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::sandbox;

namespace {

// Permission bits as `ls -l` shows them, from Qt's flags.
int unixMode(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    return (p & QFile::ReadOwner ? 0400 : 0) | (p & QFile::WriteOwner ? 0200 : 0)
            | (p & QFile::ExeOwner ? 0100 : 0) | (p & QFile::ReadGroup ? 040 : 0)
            | (p & QFile::WriteGroup ? 020 : 0) | (p & QFile::ExeGroup ? 010 : 0)
            | (p & QFile::ReadOther ? 04 : 0) | (p & QFile::WriteOther ? 02 : 0)
            | (p & QFile::ExeOther ? 01 : 0);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

std::shared_ptr<const Clock> clockAt(qint64 daysFromNow)
{
    return std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc().addDays(daysFromNow));
}

// Output of the openssl command line tool, or empty when it is not installed.
QString opensslSays(const QStringList &arguments)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    QProcess process;
    process.start(openssl, arguments);
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

enum class Damage {
    GarbageCertificate,
    EmptyKey,
    MissingKey,
    MissingCertificate,
    ForeignKey,
    Expired,
    NotYetValid
};

// What the sandbox's server side will use: this identity, no client certificates.
QSslConfiguration serving(const SelfSignedCertificate &made)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(made.certificate());
    config.setPrivateKey(made.privateKey());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
    }

    void createsOnceThenReloads()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/data"));
        const auto first = SelfSignedCertificate::loadOrCreate(dir);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->origin(), SelfSignedCertificate::Origin::Created);
        QVERIFY(first->note().contains(dir));
        QCOMPARE(first->certificatePath(), dir + QStringLiteral("/sandbox-cert.pem"));
        QCOMPARE(unixMode(dir), 0700);
        QCOMPARE(unixMode(first->keyPath()), 0600);

        const auto second = SelfSignedCertificate::loadOrCreate(dir);
        QVERIFY(second.ok());
        QCOMPARE(second->origin(), SelfSignedCertificate::Origin::Loaded);
        QVERIFY(second->note().isEmpty());
        QCOMPARE(second->sha256Fingerprint(), first->sha256Fingerprint());
        QCOMPARE(second->certificate(), first->certificate());
        QCOMPARE(second->privateKey(), first->privateKey());
    }

    void fingerprintFormat()
    {
        QTemporaryDir tmp;
        const auto made = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY(made.ok());
        const QString fingerprint = made->sha256Fingerprint();
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                        .match(fingerprint)
                        .hasMatch());
        QCOMPARE(fingerprint,
                 QString::fromLatin1(
                         made->certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));

        const QString cli = opensslSays({QStringLiteral("x509"), QStringLiteral("-noout"),
                                         QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                                         QStringLiteral("-in"), made->certificatePath()});
        if (cli.isEmpty())
            QSKIP("no openssl command to compare with");
        QCOMPARE(cli.section(u'=', 1).trimmed(), fingerprint);
    }

    void shape()
    {
        QTemporaryDir tmp;
        const auto made = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY(made.ok());
        const QSslCertificate cert = made->certificate();
        QCOMPARE(cert.version(), QByteArray("3"));
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
        // Not isSelfSigned(): OpenSSL only calls a certificate that when its
        // keyUsage allows keyCertSign, which a server certificate must not.
        QCOMPARE(cert.issuerDisplayName(), cert.subjectDisplayName());
        QVERIFY(!cert.serialNumber().isEmpty());
        QCOMPARE(cert.effectiveDate().daysTo(cert.expiryDate()), SelfSignedCertificate::kValidityDays);
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1")));
        QVERIFY(names.contains(QSsl::DnsEntry, QStringLiteral("localhost")));
        QCOMPARE(made->privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(made->privateKey().length(), 256);

        const QString text
                = opensslSays({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                               QStringLiteral("-in"), made->certificatePath()});
        if (text.isEmpty())
            QSKIP("no openssl command to read the extensions with");
        for (const char *expected :
             {"Signature Algorithm: ecdsa-with-SHA256", "X509v3 Basic Constraints: critical", "CA:FALSE",
              "X509v3 Key Usage: critical", "Digital Signature", "TLS Web Server Authentication",
              "DNS:localhost, IP Address:127.0.0.1"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    void replacesUnusableFiles_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage certificate") << Damage::GarbageCertificate << "no readable PEM certificate";
        QTest::newRow("empty key") << Damage::EmptyKey << "no readable unencrypted PEM private key";
        QTest::newRow("missing key") << Damage::MissingKey << "the key file is missing";
        QTest::newRow("missing certificate")
                << Damage::MissingCertificate << "the certificate file is missing";
        QTest::newRow("key of another certificate") << Damage::ForeignKey << "does not belong";
        QTest::newRow("expired") << Damage::Expired << "it expired on";
        QTest::newRow("not yet valid") << Damage::NotYetValid << "it is not valid before";
    }

    void replacesUnusableFiles()
    {
        QFETCH(Damage, damage);
        QFETCH(QString, why);
        QTemporaryDir tmp;
        const qint64 madeDaysAgo = damage == Damage::Expired ? SelfSignedCertificate::kValidityDays + 1
                : damage == Damage::NotYetValid              ? -2
                                                             : 0;
        const auto original = SelfSignedCertificate::loadOrCreate(tmp.path(), clockAt(-madeDaysAgo));
        QVERIFY(original.ok());
        QTemporaryDir other;
        switch (damage) {
        case Damage::GarbageCertificate:
            writeBytes(original->certificatePath(), "-----BEGIN CERTIFICATE-----\nnot base64\n");
            break;
        case Damage::EmptyKey:
            writeBytes(original->keyPath(), {});
            break;
        case Damage::MissingKey:
            QVERIFY(QFile::remove(original->keyPath()));
            break;
        case Damage::MissingCertificate:
            QVERIFY(QFile::remove(original->certificatePath()));
            break;
        case Damage::ForeignKey:
            QVERIFY(SelfSignedCertificate::loadOrCreate(other.path()).ok());
            QVERIFY(QFile::remove(original->keyPath()));
            QVERIFY(QFile::copy(other.filePath(SelfSignedCertificate::kKeyFile), original->keyPath()));
            break;
        case Damage::Expired:
        case Damage::NotYetValid:
            break;
        }

        const auto replaced = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
        QCOMPARE(replaced->origin(), SelfSignedCertificate::Origin::Regenerated);
        QVERIFY2(replaced->note().contains(why), qPrintable(replaced->note()));
        QVERIFY(replaced->sha256Fingerprint() != original->sha256Fingerprint());
        QCOMPARE(unixMode(replaced->keyPath()), 0600);
        const auto again = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY(again.ok());
        QCOMPARE(again->origin(), SelfSignedCertificate::Origin::Loaded);
        QCOMPARE(again->sha256Fingerprint(), replaced->sha256Fingerprint());
    }

    void unusableDirectoryIsAnError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only directory") << "read-only";
        QTest::newRow("path below a regular file") << "below-file";
        QTest::newRow("path is a regular file") << "is-file";
    }

    void unusableDirectoryIsAnError()
    {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("plain-file"));
        writeBytes(file, "x");
        QString dir = tmp.filePath(QStringLiteral("locked"));
        if (kind == QStringLiteral("read-only")) {
            QVERIFY(QDir().mkdir(dir, QFile::ReadOwner | QFile::ExeOwner));
            // root writes into a 0500 directory regardless.
            QFile probe(dir + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly))
                QSKIP("running as root: permissions do not stop writes (the other rows still fail)");
        } else {
            dir = kind == QStringLiteral("below-file") ? file + QStringLiteral("/data") : file;
        }

        const auto made = SelfSignedCertificate::loadOrCreate(dir);
        QFile::setPermissions(tmp.filePath(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!made.ok());
        QVERIFY2(made.error().message.contains(dir), qPrintable(made.error().message));
        QVERIFY(made.error().code == SelfSignedCertificate::kDirUnusable
                || made.error().code == SelfSignedCertificate::kWriteFailed);
    }

    void servesATlsHandshake()
    {
        QTemporaryDir tmp;
        const auto made = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY(made.ok());

        QSslServer server;
        server.setSslConfiguration(serving(*made));
        QVERIFY(server.listen(QHostAddress::LocalHost));

        // Trusting exactly this certificate, as the console does when it pins it.
        QSslSocket pinned;
        QSslConfiguration pinnedConfig = QSslConfiguration::defaultConfiguration();
        pinnedConfig.setCaCertificates({made->certificate()});
        pinned.setSslConfiguration(pinnedConfig);
        QSignalSpy encrypted(&pinned, &QSslSocket::encrypted);
        QSignalSpy pinnedErrors(&pinned, &QSslSocket::sslErrors);
        pinned.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_COMPARE(encrypted.count(), 1);
        QCOMPARE(pinnedErrors.count(), 0);
        QCOMPARE(pinned.peerCertificate(), made->certificate());

        // The control: the system's CAs alone must reject it, or the check above proves nothing.
        QSslSocket stranger;
        QSignalSpy strangerErrors(&stranger, &QSslSocket::sslErrors);
        stranger.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_COMPARE(strangerErrors.count(), 1);
        const auto errors = strangerErrors.at(0).at(0).value<QList<QSslError>>();
        QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
            return error.error() == QSslError::SelfSignedCertificate;
        }));
        QVERIFY(!stranger.isEncrypted());
    }

    // The console talks through libcurl, which checks the IP address SAN itself.
    void curlAcceptsItAsCaFile()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        QTemporaryDir tmp;
        const auto made = SelfSignedCertificate::loadOrCreate(tmp.path());
        QVERIFY(made.ok());
        QSslServer server;
        server.setSslConfiguration(serving(*made));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // Not newConnection: QSslServer emits that before the handshake, with nothing pending yet.
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                // The request may have arrived with the handshake, before this connect.
                const auto answer = [socket] {
                    if (socket->canReadLine() && socket->peek(4096).contains("\r\n\r\n")) {
                        socket->readAll();
                        socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    }
                };
                connect(socket, &QTcpSocket::readyRead, socket, answer);
                answer();
            }
        });

        QProcess process;
        process.start(curl,
                      {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--cacert"),
                       made->certificatePath(), QStringLiteral("--output"), QStringLiteral("/dev/null"),
                       QStringLiteral("--write-out"), QStringLiteral("%{http_code}"),
                       QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort())});
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray("204"));
    }
};

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_self_signed_certificate.moc"
