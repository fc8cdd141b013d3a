// The system keychain through qtkeychain, against a real Secret Service:
// tests/support/with-keyring.sh runs this inside a private D-Bus session with
// an unlocked GNOME Keyring, so it needs no desktop session.
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_store_factory.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

const QString kService = u"Snapline-test"_s;
const QString kSecret = u"mdb_sa_sk_Zx81kQ0pLm27Vb55Rt93Hg40Ws12Ny"_s;

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SNAPLINE_TEST_KEYRING") != u"1"_s)
            QSKIP("needs the private keyring of tests/support/with-keyring.sh");
    }

    void factoryChoosesTheKeychain()
    {
        QElapsedTimer timer;
        timer.start();
        const SecretStoreChoice choice = SecretStoreFactory::create(kService, 10000);
        QVERIFY2(choice.usesKeychain(), qPrintable(choice.message));
        QCOMPARE(choice.store->kind(), SecretStore::Kind::Keychain);
        QVERIFY(choice.store->isPersistent());
        QVERIFY(timer.elapsed() < 10000);
    }

    void roundTrip()
    {
        KeychainSecretStore store(kService, 10000);
        const QString id = freshId();
        QCOMPARE(store.read(id).error().code, SecretCode::NotFound);
        QVERIFY(store.write(id, kSecret).ok());
        QCOMPARE(store.read(id).valueOr({}), kSecret);
        QVERIFY(store.write(id, u"ünïcødé ✓"_s).ok());
        QCOMPARE(store.read(id).valueOr({}), u"ünïcødé ✓"_s);
        QVERIFY(store.remove(id).ok());
        QVERIFY(store.remove(id).ok()); // removing nothing is fine
        QCOMPARE(store.read(id).error().code, SecretCode::NotFound);
    }

    void anotherStoreSeesIt()
    {
        const QString id = freshId();
        QVERIFY(KeychainSecretStore(kService).write(id, kSecret).ok());
        QCOMPARE(KeychainSecretStore(kService).read(id).valueOr({}), kSecret);
        QCOMPARE(KeychainSecretStore(u"Another-service"_s).read(id).error().code, SecretCode::NotFound);

        // It is really in the Secret Service: another client finds it.
        const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        if (!secretTool.isEmpty()) {
            QProcess lookup;
            lookup.start(secretTool, {u"lookup"_s, u"user"_s, id, u"server"_s, kService});
            QVERIFY(lookup.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), kSecret);
        }
        QVERIFY(KeychainSecretStore(kService).remove(id).ok());
    }

    void theCallingThreadKeepsRunning()
    {
        // From this (the main) thread, the asynchronous form: the answer comes
        // back through the event loop while it keeps running.
        KeychainSecretStore store(kService);
        const QString id = freshId();
        bool written = false;
        QString readBack;
        QPointer<QObject> guard(this);
        store.writeAsync(id, kSecret)
                .then(this,
                      [&](const Status &status) {
                          written = status.ok();
                          return store.readAsync(id);
                      })
                .unwrap()
                .then(this, [&](const Result<QString> &secret) { readBack = secret.valueOr({}); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(readBack, kSecret, 10000);
        QVERIFY(store.remove(id).ok());
    }

    void manyWorkersAtOnce()
    {
        KeychainSecretStore store(kService);
        QList<QFuture<bool>> workers;
        for (int i = 0; i < 6; ++i) {
            workers.append(QtConcurrent::run([&store, i] {
                const QString id = freshId();
                const QString secret = u"secret-%1"_s.arg(i);
                const bool ok = store.write(id, secret).ok() && store.read(id).valueOr({}) == secret;
                return store.remove(id).ok() && ok;
            }));
        }
        for (QFuture<bool> &worker : workers)
            QVERIFY(worker.result());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychain_secret_store.moc"
