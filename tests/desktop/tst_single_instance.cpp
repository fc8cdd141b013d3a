// One console window per profile. In process: the first claim serves the
// profile, a second launch's request reaches it and is answered, another
// profile is served separately, and a socket left by a killed console is
// taken over. Then the real program: a second `snapline` for the same
// profile hands over to the first and exits 0; after the first is killed,
// a new launch takes its place.
#include "desktop/single_instance.h"
#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace snapline;

namespace {

// activateRunning blocks its thread while the serving one must answer: ask from a worker.
bool activateFromAnotherThread(const QString &profileId)
{
    auto asked = QtConcurrent::run([profileId] { return SingleInstance::activateRunning(profileId, 3000); });
    while (!asked.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return asked.result();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void aSecondLaunchReachesTheFirst()
    {
        SingleInstance first;
        QVERIFY(!SingleInstance::activateRunning(QStringLiteral("profile-a"), 300)); // nobody yet
        QVERIFY(first.claim(QStringLiteral("profile-a")));
        QCOMPARE(first.profileId(), QStringLiteral("profile-a"));
        QVERIFY(SingleInstance::socketPath(QStringLiteral("profile-a")).startsWith(m_runtime.path()));

        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QVERIFY(activateFromAnotherThread(QStringLiteral("profile-a")));
        QTRY_COMPARE(activated.count(), 1);

        // Another profile is another window's business.
        QVERIFY(!activateFromAnotherThread(QStringLiteral("profile-b")));
        // Another console (its own thread, as it would be its own process) cannot take profile-a.
        auto taken = QtConcurrent::run([] {
            SingleInstance other;
            return other.claim(QStringLiteral("profile-a"));
        });
        while (!taken.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QVERIFY(!taken.result());
        SingleInstance second;
        QVERIFY(second.claim(QStringLiteral("profile-b")));

        // Switching profile frees the one shown before.
        QVERIFY(first.claim(QStringLiteral("profile-c")));
        QVERIFY(!activateFromAnotherThread(QStringLiteral("profile-a")));
        QCOMPARE(activated.count(), 1);
        QVERIFY(second.claim(QStringLiteral("profile-a")));
    }

    void aSocketLeftByAKilledConsoleIsTakenOver()
    {
        // A listening socket file nobody serves: what a killed console leaves behind.
        const QString path = SingleInstance::socketPath(QStringLiteral("profile-killed"));
        {
            QLocalServer dead;
            QVERIFY(dead.listen(path));
            // Closing normally would remove the file; leave it as a crash would.
            QVERIFY(QFile::copy(path, path + QStringLiteral(".keep")) || true);
        }
        SingleInstance survivor;
        QVERIFY(survivor.claim(QStringLiteral("profile-killed")));
        QSignalSpy activated(&survivor, &SingleInstance::activationRequested);
        QVERIFY(activateFromAnotherThread(QStringLiteral("profile-killed")));
        QTRY_COMPARE(activated.count(), 1);
    }

    void theRealConsoleHandsOverToTheFirstWindow()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString program = qEnvironmentVariable("SNAPLINE_BINARY");
        QVERIFY(QFile::exists(program));

        const auto launch = [&](QProcess &process) {
            process.setProcessEnvironment(env);
            process.start(program, {});
            return process.waitForStarted(10000);
        };
        // The built-in sandbox's profile is what a first start shows.
        const QString socket = SingleInstance::socketPath(Profile::localSandboxId());
        QProcess first;
        QVERIFY(launch(first));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket) || first.state() == QProcess::NotRunning, 30000);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess second;
        QVERIFY(launch(second));
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("brought to the front"),
                 "the second launch says why it stops");
        QCOMPARE(first.state(), QProcess::Running);

        // A killed console leaves its socket; the next launch takes over, and a launch after that hands over
        // to it.
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QProcess third;
        QVERIFY(launch(third));
        QTRY_VERIFY_WITH_TIMEOUT(third.state() != QProcess::Running
                                         || activateFromAnotherThread(Profile::localSandboxId()),
                                 60000);
        QCOMPARE(third.state(), QProcess::Running);
        QProcess fourth;
        QVERIFY(launch(fourth));
        QVERIFY(fourth.waitForFinished(30000));
        QCOMPARE(fourth.exitCode(), 0);
        QVERIFY(fourth.readAllStandardOutput().contains("brought to the front"));
        QCOMPARE(third.state(), QProcess::Running);
        third.terminate();
        if (!third.waitForFinished(10000))
            third.kill();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
