// The session-only and the passphrase-encrypted secret stores: round trips,
// blocking calls from worker threads, order of asynchronous writes, a wrong
// passphrase and a changed file told apart.
#include "secrets/encrypted_file_secret_store.h"
#include "secrets/memory_secret_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"mdb_sa_sk_Zx81kQ0pLm27Vb55Rt93Hg40Ws12Ny"_s;
const QString kPassphrase = u"correct horse battery staple"_s;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The same checks for every store: what goes in comes out, once.
void roundTrip(SecretStore &store)
{
    QCOMPARE(store.read(u"p1"_s).error().code, SecretCode::NotFound);
    QVERIFY(store.write(u"p1"_s, kSecret).ok());
    QVERIFY(store.write(u"p2"_s, u"ünïcødé ✓"_s).ok());
    QCOMPARE(store.read(u"p1"_s).valueOr({}), kSecret);
    QCOMPARE(store.read(u"p2"_s).valueOr({}), u"ünïcødé ✓"_s);
    QVERIFY(store.write(u"p1"_s, u"replaced"_s).ok());
    QCOMPARE(store.read(u"p1"_s).valueOr({}), u"replaced"_s);
    QVERIFY(store.remove(u"p1"_s).ok());
    QVERIFY(store.remove(u"p1"_s).ok()); // removing nothing is fine
    const auto gone = store.read(u"p1"_s);
    QCOMPARE(gone.error().code, SecretCode::NotFound);
    QVERIFY(!gone.error().message.contains(kSecret));
    QCOMPARE(store.read(u"p2"_s).valueOr({}), u"ünïcødé ✓"_s);
}

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<EncryptedFileSecretStore> openFile(const QString &path,
                                                       const QString &passphrase = kPassphrase)
    {
        auto opened = EncryptedFileSecretStore::open(path, passphrase);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error().message));
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QCOMPARE(store.kind(), SecretStore::Kind::Memory);
        QVERIFY(!store.isPersistent());
        roundTrip(store);
    }

    void memoryAnswersAtOnce()
    {
        MemorySecretStore store;
        QFuture<Status> written = store.writeAsync(u"p"_s, kSecret);
        QVERIFY(written.isFinished());
        QFuture<Result<QString>> read = store.readAsync(u"p"_s);
        QVERIFY(read.isFinished());
        QCOMPARE(read.result().valueOr({}), kSecret);
    }

    void blockingCallsFromWorkerThreads()
    {
        MemorySecretStore store;
        QList<QFuture<bool>> workers;
        for (int i = 0; i < 8; ++i) {
            workers.append(QtConcurrent::run([&store, i] {
                const QString id = u"profile-%1"_s.arg(i);
                return store.write(id, u"secret-%1"_s.arg(i)).ok()
                        && store.read(id).valueOr({}) == u"secret-%1"_s.arg(i);
            }));
        }
        for (QFuture<bool> &worker : workers)
            QVERIFY(worker.result());
    }

    void fileRoundTrip()
    {
        const QString path = file(u"roundtrip/secrets.bin"_s);
        auto store = openFile(path);
        QVERIFY(store);
        QCOMPARE(store->kind(), SecretStore::Kind::EncryptedFile);
        QVERIFY(store->isPersistent());
        QVERIFY(!QFile::exists(path)); // written on the first change
        roundTrip(*store);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QByteArray sealed = contentsOf(path);
        QVERIFY(!sealed.contains(kSecret.toUtf8()));
        QVERIFY(!sealed.contains("replaced"));
        QVERIFY(!sealed.contains("p2")); // not even the profile ids

        store.reset();
        auto reopened = openFile(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->read(u"p2"_s).valueOr({}), u"ünïcødé ✓"_s);
        QCOMPARE(reopened->read(u"p1"_s).error().code, SecretCode::NotFound);
    }

    void freshNonceEveryWrite()
    {
        const QString path = file(u"nonce.bin"_s);
        auto store = openFile(path);
        QVERIFY(store->write(u"p"_s, kSecret).ok());
        const QByteArray first = contentsOf(path);
        QVERIFY(store->write(u"p"_s, kSecret).ok());
        QVERIFY(contentsOf(path) != first);
    }

    void asynchronousWritesKeepTheirOrder()
    {
        const QString path = file(u"order.bin"_s);
        auto store = openFile(path);
        for (int i = 0; i < 20; ++i)
            store->writeAsync(u"p"_s, u"v%1"_s.arg(i));
        store->removeAsync(u"other"_s);
        QFuture<Result<QString>> last = store->readAsync(u"p"_s);
        QCOMPARE(last.result().valueOr({}), u"v19"_s);
        store.reset(); // waits for its work
        QCOMPARE(openFile(path)->read(u"p"_s).valueOr({}), u"v19"_s);
    }

    void wrongPassphrase()
    {
        const QString path = file(u"wrong.bin"_s);
        QVERIFY(openFile(path)->write(u"p"_s, kSecret).ok());

        const auto opened = EncryptedFileSecretStore::open(path, u"not the passphrase"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, SecretCode::WrongPassphrase);
        QVERIFY2(opened.error().message.contains(u"The passphrase does not open the secrets file"_s),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(path));
        QVERIFY(!opened.error().message.contains(u"not the passphrase"_s));
        QVERIFY(!opened.error().message.contains(kSecret));
    }

    void changedFile_data()
    {
        // The file: 59-byte header, 12-byte nonce, ciphertext, 16-byte tag.
        QTest::addColumn<QString>("change");
        QTest::newRow("nonce") << u"nonce"_s;
        QTest::newRow("ciphertext") << u"ciphertext"_s;
        QTest::newRow("tag") << u"tag"_s;
        QTest::newRow("cut short") << u"cut"_s;
        QTest::newRow("cut to the header") << u"header only"_s;
    }

    void changedFile()
    {
        QFETCH(QString, change);
        const QString path = file(u"tampered.bin"_s);
        QFile::remove(path);
        QVERIFY(openFile(path)->write(u"p"_s, kSecret).ok());
        QByteArray bytes = contentsOf(path);
        const auto flip = [&bytes](qsizetype at) { bytes[at] = char(bytes.at(at) ^ 0x01); };
        if (change == u"nonce")
            flip(59 + 3);
        else if (change == u"ciphertext")
            flip(59 + 12 + 10);
        else if (change == u"tag")
            flip(bytes.size() - 1);
        else if (change == u"cut")
            bytes.chop(5);
        else
            bytes.truncate(59);
        overwrite(path, bytes);

        const auto opened = EncryptedFileSecretStore::open(path, kPassphrase);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, SecretCode::Damaged);
        QVERIFY2(opened.error().message.contains(u"was changed or damaged"_s),
                 qPrintable(opened.error().message));
    }

    void notASecretsFile()
    {
        const QString path = file(u"plain.txt"_s);
        overwrite(path, "private_api_key = \"hello\"\n");
        const auto opened = EncryptedFileSecretStore::open(path, kPassphrase);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, SecretCode::Damaged);
    }

    void unwritableFile()
    {
        const QString blocker = file(u"blocker"_s);
        overwrite(blocker, "a file where a directory should be");
        auto store = openFile(blocker + u"/secrets.bin"_s);
        QVERIFY(store);
        const Status written = store->write(u"p"_s, kSecret);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, SecretCode::Failed);
        QVERIFY(!written.error().message.contains(kSecret));
        QCOMPARE(store->read(u"p"_s).error().code, SecretCode::NotFound); // nothing half-kept
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secret_stores.moc"
