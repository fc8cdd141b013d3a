// Tamper evidence: every export writes a manifest of SHA-256 hashes, signed
// with an Ed25519 key when asked; verify names exactly what changed (a
// one-byte change, a missing file, an extra file, inside a .zip too) and
// whether the signature holds, by which key.
#include "report/report_builder.h"
#include "report/report_exporter.h"
#include "report/report_signing_key.h"
#include "report/report_verifier.h"
#include "report_test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

namespace {

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char c = 0;
    QVERIFY(file.getChar(&c));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(c ^ 0x01)));
}

QString errorOf(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}

} // namespace

class TestReportManifest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_reader;
    ReportDocument m_document;
    QString m_keyPath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ReportOutput exportAs(ReportFormat format, const QString &name, const ReportSigning &signing)
    {
        auto out = ReportExporter::write(m_document, format, path(name), signing);
        if (!out)
            qWarning() << errorOf(out.error());
        return out ? *out : ReportOutput{};
    }

    ReportVerification verify(const QString &target, const QString &trusted = {})
    {
        auto v = ReportVerifier::verify(target, trusted);
        if (!v)
            qWarning() << errorOf(v.error());
        return v ? *v : ReportVerification{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SmallHistory::write(path(QStringLiteral("catalog.sqlite"))));
        m_reader = std::move(Catalog::openReader(path(QStringLiteral("catalog.sqlite")),
                                                 std::make_shared<ManualClock>(SmallHistory::now())))
                           .value();
        ReportSpec spec;
        spec.kind = ReportKind::Coverage;
        spec.scope = ReportScope::project(SmallHistory::kProjectId);
        spec.from = SmallHistory::from();
        spec.to = SmallHistory::to();
        spec.generatedAt = SmallHistory::now();
        m_document = ReportBuilder::build(*m_reader, spec).value();
        m_keyPath = path(QStringLiteral("keys/report-signing-key.pem"));
    }

    void snaplineMakesAPrivateKeyOnce()
    {
        const auto key = ReportSigningKey::loadOrCreate(m_keyPath);
        QVERIFY2(key, qPrintable(key ? QString() : errorOf(key.error())));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(m_keyPath) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(m_keyPath).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(QFile::permissions(QFileInfo(m_keyPath).absolutePath()) & others,
                 QFileDevice::Permissions());
        QVERIFY(readFile(m_keyPath).startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(key->publicKey().size(), 32);
        QVERIFY(key->fingerprint().startsWith(u"SHA256:"));
        QCOMPARE(ReportSigningKey::loadOrCreate(m_keyPath)->fingerprint(), key->fingerprint());
        const QByteArray signature = key->sign("evidence").value();
        QVERIFY(ReportSigningKey::verify(key->publicKey(), "evidence", signature));
        QVERIFY(!ReportSigningKey::verify(key->publicKey(), "evidencf", signature));
    }

    void anIntactSignedFolder()
    {
        const ReportOutput out = exportAs(ReportFormat::Csv, QStringLiteral("signed"),
                                          ReportSigning::snaplineKey(m_keyPath));
        QCOMPARE(out.manifestPath,
                 QDir(path(QStringLiteral("signed"))).filePath(QStringLiteral("manifest.json")));
        QCOMPARE(out.signaturePath,
                 QDir(path(QStringLiteral("signed"))).filePath(QStringLiteral("manifest.sig")));
        QCOMPARE(out.files.size(), 9);
        QCOMPARE(out.keyFingerprint, ReportSigningKey::loadPem(m_keyPath)->fingerprint());
        const ReportVerification v = verify(out.path);
        QVERIFY2(v.intact(), qPrintable(v.describe().join(u'\n')));
        QCOMPARE(v.signature, ReportVerification::Signature::Valid);
        QCOMPARE(v.keyFingerprint, out.keyFingerprint);
        QCOMPARE(v.verified.size(), 9);
        QCOMPARE(v.manifest.spec.scope, m_document.spec.scope);
        QCOMPARE(toString(v.manifest.spec.kind), toString(ReportKind::Coverage));
        QCOMPARE(v.manifest.layout, ReportManifest::Layout::Folder);
        QCOMPARE(v.manifest.spec.from, SmallHistory::from());
        // The manifest and its signature are found from either of them too.
        QCOMPARE(ReportVerifier::verify(out.manifestPath)->signature, ReportVerification::Signature::Valid);
        QCOMPARE(ReportVerifier::verify(out.signaturePath)->signature, ReportVerification::Signature::Valid);
        QCOMPARE(verify(out.path, QStringLiteral("SHA256:00")).signature,
                 ReportVerification::Signature::UnknownKey);
    }

    void oneChangedByteIsNamed()
    {
        const ReportOutput out = exportAs(ReportFormat::Csv, QStringLiteral("changed"),
                                          ReportSigning::snaplineKey(m_keyPath));
        const QString victim = QDir(out.path).filePath(QStringLiteral("exceptions-missed.csv"));
        const auto before = ReportManifest::hashFile(victim).value();
        flipByte(victim, 40);
        const ReportVerification v = verify(out.path);
        QVERIFY(!v.intact());
        QCOMPARE(v.changed.size(), 1);
        QCOMPARE(v.changed[0].path, QStringLiteral("exceptions-missed.csv"));
        QCOMPARE(v.changed[0].expectedSha256, before.first);
        QCOMPARE(v.changed[0].actualSha256, ReportManifest::hashFile(victim)->first);
        QVERIFY(v.changed[0].actualSha256 != before.first);
        QCOMPARE(v.changed[0].actualSize, before.second);
        QVERIFY(v.missing.isEmpty() && v.extra.isEmpty());
        QCOMPARE(v.signature, ReportVerification::Signature::Valid); // the manifest itself is untouched
        QVERIFY(v.describe().first().startsWith(u"CHANGED exceptions-missed.csv"));
    }

    void missingAndExtraFilesAreNamed()
    {
        const ReportOutput out = exportAs(ReportFormat::Csv, QStringLiteral("moved"), ReportSigning::none());
        QVERIFY(QFile::remove(QDir(out.path).filePath(QStringLiteral("summary-days.csv"))));
        QFile extra(QDir(out.path).filePath(QStringLiteral("notes.txt")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("added later\n");
        extra.close();
        const ReportVerification v = verify(out.path);
        QCOMPARE(v.missing, QStringList{QStringLiteral("summary-days.csv")});
        QCOMPARE(v.extra, QStringList{QStringLiteral("notes.txt")});
        QVERIFY(v.changed.isEmpty());
        QCOMPARE(v.signature, ReportVerification::Signature::Unsigned);
        QVERIFY(!v.intact());
    }

    void anEditedManifestBreaksTheSignature()
    {
        const ReportOutput out = exportAs(ReportFormat::Json, QStringLiteral("report.json"),
                                          ReportSigning::snaplineKey(m_keyPath));
        QCOMPARE(out.manifestPath, path(QStringLiteral("report.json.manifest.json")));
        QVERIFY(verify(out.path).intact());
        // Someone changes the report and "fixes" the manifest's hash to match.
        flipByte(out.path, 100);
        const QString newHash = ReportManifest::hashFile(out.path)->first;
        QByteArray manifest = readFile(out.manifestPath);
        const QString oldHash = verify(out.path).changed.value(0).expectedSha256;
        QVERIFY(!oldHash.isEmpty());
        manifest.replace(oldHash.toLatin1(), newHash.toLatin1());
        QFile file(out.manifestPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(manifest);
        file.close();
        const ReportVerification v = verify(out.path);
        QVERIFY(v.changed.isEmpty());
        QCOMPARE(v.signature, ReportVerification::Signature::Invalid);
        QVERIFY(!v.intact());
        QVERIFY(!v.signatureProblem.isEmpty());
    }

    void aMissingSingleFileAndNoManifest()
    {
        const ReportOutput out
                = exportAs(ReportFormat::Json, QStringLiteral("gone.json"), ReportSigning::none());
        QVERIFY(QFile::remove(out.path));
        QCOMPARE(verify(out.path).missing, QStringList{QStringLiteral("gone.json")});
        const auto none = ReportVerifier::verify(path(QStringLiteral("never-written.pdf")));
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("report.verify"));
    }

    void insideAZip()
    {
        const ReportOutput out = exportAs(ReportFormat::Csv, QStringLiteral("archive.zip"),
                                          ReportSigning::snaplineKey(m_keyPath));
        QCOMPARE(out.files, QStringList{path(QStringLiteral("archive.zip"))});
        const ReportVerification clean = verify(out.path);
        QVERIFY(clean.intact());
        QCOMPARE(clean.manifest.files.first().entries.size(), 9);
        // A byte inside the first entry's compressed data.
        flipByte(out.path, 30 + qint64(QByteArray("summary-figures.csv").size()) + 5);
        const ReportVerification v = verify(out.path);
        QVERIFY(!v.intact());
        QCOMPARE(v.changed.size(), 1);
        QCOMPARE(v.changed[0].path, QStringLiteral("archive.zip/summary-figures.csv"));
    }

    void theUsersOwnPemKey()
    {
        const QString own = path(QStringLiteral("own.pem"));
        QVERIFY(ReportSigningKey::generate()->savePem(own));
        const ReportOutput out
                = exportAs(ReportFormat::Json, QStringLiteral("own.json"), ReportSigning::pemFile(own));
        QCOMPARE(out.keyFingerprint, ReportSigningKey::loadPem(own)->fingerprint());
        QCOMPARE(verify(out.path, out.keyFingerprint).signature, ReportVerification::Signature::Valid);

        const auto missing
                = ReportExporter::write(m_document, ReportFormat::Json, path(QStringLiteral("nokey.json")),
                                        ReportSigning::pemFile(path(QStringLiteral("absent.pem"))));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("report.key"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nokey.json")))); // nothing written with a bad key

        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("no openssl command to make an RSA key with");
        const QString rsa = path(QStringLiteral("rsa.pem"));
        QProcess genpkey;
        genpkey.start(openssl,
                      {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"),
                       QStringLiteral("-out"), rsa});
        QVERIFY(genpkey.waitForFinished(30000));
        QCOMPARE(genpkey.exitCode(), 0);
        const auto wrongKind = ReportSigningKey::loadPem(rsa);
        QVERIFY(!wrongKind);
        QVERIFY(wrongKind.error().message.contains(u"Ed25519"));
    }

    void aNewExportWithoutSigningDropsTheOldSignature()
    {
        const QString name = QStringLiteral("again.json");
        exportAs(ReportFormat::Json, name, ReportSigning::snaplineKey(m_keyPath));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("again.json.manifest.sig"))));
        const ReportOutput out = exportAs(ReportFormat::Json, name, ReportSigning::none());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("again.json.manifest.sig"))));
        QCOMPARE(verify(out.path).signature, ReportVerification::Signature::Unsigned);
        QVERIFY(verify(out.path).intact());
    }
};

QTEST_GUILESS_MAIN(TestReportManifest)
#include "tst_report_manifest.moc"
