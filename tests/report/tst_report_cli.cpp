// `snapline report …` and `snapline report verify …` end to end: the real
// binary (SNAPLINE_BINARY) with its built-in "Local sandbox" profile, in a
// temporary home (HOME and the XDG folders) with no keychain and no display,
// as cron would run it. Checks exit codes, what is printed, and the files:
// a PDF coverage report of the sandbox organization read back with
// pdftotext, verify on it intact, after a one-byte change, a missing file
// and with another key, and bad arguments refused before anything is written.
#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitChanged = 5;
constexpr int kTimeoutMs = 180000;
const QString kSandbox = QStringLiteral("Local sandbox");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout:\n" + out.toUtf8() + "\nstderr:\n"
                + err.toUtf8();
    }
};

QString binary()
{
    const QByteArray fromEnv = qgetenv("SNAPLINE_BINARY");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/snapline"));
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_pdf;         // the signed coverage report of the sandbox organization
    QString m_fingerprint; // of the key that signed it

    QString path(const QString &relative) const { return m_home.filePath(relative); }

    // No display, no keychain, no platform chosen: what cron gives a job.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/snapline/no-bus"));
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"SNAPLINE_SANDBOX_") || name.startsWith(u"MONGODB_ATLAS_"))
                env.remove(name);
        }
        return env;
    }

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), arguments);
        Run result;
        if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            qWarning("snapline %s did not finish", qPrintable(arguments.join(u' ')));
        } else if (process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QStringList clusterNames() const
    {
        const QString catalog
                = QDir(path(QStringLiteral("data/Snapline/snapline/catalogs")))
                          .filePath(QStringLiteral("5a4d1b0e-7c3f-4e2a-9b61-0c5e8f2d3a17.catalog.sqlite"));
        auto reader = Catalog::openReader(catalog, Clock::system());
        if (!reader)
            return {};
        QStringList names;
        for (const Organization &org : (*reader)->organizations().valueOr({})) {
            for (const Project &project : (*reader)->projects(org.id).valueOr({})) {
                for (const Cluster &cluster : (*reader)->clusters(project.id).valueOr({}))
                    names << cluster.name;
            }
        }
        return names;
    }

    // A copy of the signed PDF report (with its manifest and signature) to tamper with.
    QString copyOfReport(const QString &folder) const
    {
        QDir().mkpath(path(folder));
        const QString copy = QDir(path(folder)).filePath(QStringLiteral("coverage.pdf"));
        for (const QString &suffix :
             {QString(), QStringLiteral(".manifest.json"), QStringLiteral(".manifest.sig")}) {
            if (!copyFile(m_pdf + suffix, copy + suffix))
                return {};
        }
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(binary()).isExecutable(), qPrintable(binary()));
        QDir().mkpath(path(QStringLiteral("out")));
        m_pdf = path(QStringLiteral("out/coverage.pdf"));
    }

    // A new user's first report, straight from Atlas: sync, then a signed PDF.
    void pdfCoverageOfTheSandboxOrganization()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("--profile"), kSandbox,
                           QStringLiteral("--kind"), QStringLiteral("coverage"), QStringLiteral("--days"),
                           QStringLiteral("30"), QStringLiteral("--out"), m_pdf, QStringLiteral("--sync"),
                           QStringLiteral("--sign")});
        QVERIFY2(r.exitCode == kExitOk, r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("PDF report written to ") + m_pdf), r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("snapline report verify ") + m_pdf), r.describe());
        const QRegularExpression key(QStringLiteral("key (SHA256:[0-9a-f]{64})"));
        m_fingerprint = key.match(r.out).captured(1);
        QVERIFY2(!m_fingerprint.isEmpty(), r.describe());
        QCOMPARE(QDir(path(QStringLiteral("out")))
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("coverage.pdf"), QStringLiteral("coverage.pdf.manifest.json"),
                              QStringLiteral("coverage.pdf.manifest.sig")}));
        QFile pdf(m_pdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed: apt-get install poppler-utils");
        QProcess text;
        text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                   {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(all.contains(QStringLiteral("Backup coverage — Snapline-Demo")));
        QVERIFY(all.contains(QStringLiteral("Organization Snapline-Demo")));
        QVERIFY(all.contains(QStringLiteral("Profile")) && all.contains(kSandbox));
        const QStringList names = clusterNames();
        QCOMPARE(names.size(), 19);
        // Spaces left out (poppler guesses them from gaps); -layout keeps the
        // hyphen of a name that wraps in one table, and another table has it whole.
        const QString squeezed = QString(all).remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &name : names)
            QVERIFY2(squeezed.contains(name), qPrintable(name));
    }

    // Later runs read the catalog only: no sync, no secret, no keychain.
    void fromTheCatalogWithoutSync()
    {
        const QString html = path(QStringLiteral("out/payments-restores.html"));
        const Run r = run({QStringLiteral("report"), QStringLiteral("--profile"), kSandbox,
                           QStringLiteral("--kind"), QStringLiteral("restores"), QStringLiteral("--scope"),
                           QStringLiteral("project:Payments"), QStringLiteral("--from"),
                           QStringLiteral("2020-01-01"), QStringLiteral("--out"), html,
                           QStringLiteral("--page"), QStringLiteral("letter")});
        QVERIFY2(r.exitCode == kExitOk, r.describe());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Restore activity — Payments"));
        QVERIFY(bytes.contains("Project Payments (Snapline-Demo)"));
        QVERIFY(bytes.contains("size: letter"));
        QVERIFY(!r.out.contains(QStringLiteral("Signature:")));
    }

    void verifyIntact()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("verify"), m_pdf,
                           QStringLiteral("--key-fingerprint"), m_fingerprint});
        QVERIFY2(r.exitCode == kExitOk, r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("The signature is valid, by key ") + m_fingerprint),
                 r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("The file matches the manifest.")), r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("The report is intact.")), r.describe());
    }

    void verifyFindsAOneByteChange()
    {
        const QString copy = copyOfReport(QStringLiteral("tampered"));
        QVERIFY(!copy.isEmpty());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(byte ^ 0x01)));
        file.close();
        const Run r = run({QStringLiteral("report"), QStringLiteral("verify"), copy});
        QCOMPARE(r.exitCode, kExitChanged);
        QVERIFY2(r.out.contains(QStringLiteral("CHANGED coverage.pdf: SHA-256 ")), r.describe());
        QVERIFY2(r.out.contains(QStringLiteral("The report is NOT as it was exported.")), r.describe());
    }

    void verifyFindsAMissingFile()
    {
        const QString copy = copyOfReport(QStringLiteral("missing"));
        QVERIFY(QFile::remove(copy));
        const Run r = run({QStringLiteral("report"), QStringLiteral("verify"),
                           copy + QStringLiteral(".manifest.json")});
        QCOMPARE(r.exitCode, kExitChanged);
        QVERIFY2(r.out.contains(QStringLiteral("MISSING coverage.pdf")), r.describe());
    }

    void verifyWantsTheTrustedKey()
    {
        const QString other = QStringLiteral("SHA256:") + QString(64, u'0');
        const Run r = run({QStringLiteral("report"), QStringLiteral("verify"), m_pdf,
                           QStringLiteral("--key-fingerprint"), other});
        QCOMPARE(r.exitCode, kExitChanged);
        QVERIFY2(r.out.contains(QStringLiteral("not the trusted one")), r.describe());
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList base{QStringLiteral("report"), QStringLiteral("--profile"), kSandbox,
                               QStringLiteral("--kind"), QStringLiteral("coverage")};
        const QString out = QStringLiteral("--out");
        const QString pdf = QStringLiteral("never.pdf");
        const QString from = QStringLiteral("--from");
        const QString day = QStringLiteral("2026-10-01");
        QTest::newRow("nothing") << QStringList{QStringLiteral("report")} << kExitBadInput
                                 << QStringLiteral("--profile is missing");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("report"),
                                                     QStringLiteral("--profile"),
                                                     kSandbox,
                                                     QStringLiteral("--kind"),
                                                     QStringLiteral("uptime"),
                                                     from,
                                                     day,
                                                     out,
                                                     pdf}
                                      << kExitBadInput << QStringLiteral("not a report kind");
        QTest::newRow("bad scope") << base + QStringList{QStringLiteral("--scope"),
                                                         QStringLiteral("planet:x"),
                                                         from,
                                                         day,
                                                         out,
                                                         pdf}
                                   << kExitBadInput << QStringLiteral("not a scope level");
        QTest::newRow("no period") << base + QStringList{out, pdf} << kExitBadInput
                                   << QStringLiteral("--from (or --days) is missing");
        QTest::newRow("bad date") << base + QStringList{from, QStringLiteral("2026-13-40"), out, pdf}
                                  << kExitBadInput << QStringLiteral("is not a date");
        QTest::newRow("backwards") << base
                        + QStringList{from, day, QStringLiteral("--to"), QStringLiteral("2026-09-01"),
                                      out,  pdf}
                                   << kExitBadInput << QStringLiteral("before it starts");
        QTest::newRow("unknown format") << base + QStringList{from, day, out, QStringLiteral("never.docx")}
                                        << kExitBadInput << QStringLiteral("--format is missing");
        QTest::newRow("unknown option") << base + QStringList{from, day, out, pdf, QStringLiteral("--colour")}
                                        << kExitBadInput << QStringLiteral("colour");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("report"),
                                                        QStringLiteral("--profile"),
                                                        QStringLiteral("nobody"),
                                                        QStringLiteral("--kind"),
                                                        QStringLiteral("coverage"),
                                                        from,
                                                        day,
                                                        out,
                                                        pdf}
                                         << kExitBadInput << QStringLiteral("no profile named \"nobody\"");
        QTest::newRow("scope not in the catalog")
                << base + QStringList{QStringLiteral("--scope"),
                                      QStringLiteral("project:Nowhere"),
                                      from,
                                      day,
                                      out,
                                      pdf}
                << kExitBadInput << QStringLiteral("no project \"Nowhere\"");
        QTest::newRow("several tables in one csv")
                << base + QStringList{from, day, out, QStringLiteral("never.csv")} << kExitBadInput
                << QStringLiteral("not to one .csv file");
        QTest::newRow("missing folder")
                << base + QStringList{from, day, out, QStringLiteral("no/such/folder/never.pdf")}
                << kExitFailure << QStringLiteral("does not exist");
        QTest::newRow("bad key") << base + QStringList{from,
                                                       day,
                                                       out,
                                                       pdf,
                                                       QStringLiteral("--key"),
                                                       QStringLiteral("no-such-key.pem")}
                                 << kExitFailure << QStringLiteral("no-such-key.pem");
        QTest::newRow("verify nothing") << QStringList{QStringLiteral("report"), QStringLiteral("verify")}
                                        << kExitBadInput << QStringLiteral("Which report?");
        QTest::newRow("verify without manifest")
                << QStringList{QStringLiteral("report"), QStringLiteral("verify"),
                               QStringLiteral("never.pdf")}
                << kExitFailure << QStringLiteral("No manifest");
    }

    // Refused with a sentence on stderr, nothing on stdout, and nothing written.
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        for (QString &argument : arguments) {
            if (argument.startsWith(u"never") || argument.startsWith(u"no/")
                || argument.startsWith(u"no-such"))
                argument = path(argument);
        }
        const QStringList before
                = QDir(m_home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), r.describe());
        QVERIFY2(r.out.isEmpty(), r.describe());
        QCOMPARE(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
    }

    // A fresh home holds no catalog: a report without --sync says how to get one.
    void noCatalogYet()
    {
        QTemporaryDir other;
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), other.path());
        process.setProcessEnvironment(env);
        process.start(binary(),
                      {QStringLiteral("report"), QStringLiteral("--profile"), kSandbox,
                       QStringLiteral("--kind"), QStringLiteral("posture"), QStringLiteral("--out"),
                       other.filePath(QStringLiteral("p.pdf"))});
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitCode(), kExitFailure);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                        .contains(QStringLiteral("has no catalog yet")));
    }

    void helpNamesTheExitCodes()
    {
        const Run r = run({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, kExitOk);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes: 0 written")));
        const Run verify
                = run({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(verify.exitCode, kExitOk);
        QVERIFY(verify.out.contains(QStringLiteral("5 changed")));
        const Run top = run({QStringLiteral("--help")});
        QVERIFY(top.out.contains(QStringLiteral("report verify PATH")));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
