// The catalog as a file and as a shared resource: creation and migration,
// recovery from damaged or foreign files, unwritable places, reader
// connections, and the single writer thread.
#include "catalog/catalog.h"
#include "catalog/catalog_writer.h"
#include "catalog_samples.h"
#include "raw_sqlite.h"
#include "record_debug.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <numeric>
#include <thread>

using namespace snapline;
using namespace CatalogSamples;

class TestCatalogFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(at("2026-01-02T03:04:05.000Z"));
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("catalog-%1.db").arg(++m_files)); }

    // A real catalog with enough rows to span many pages.
    void writeRealCatalog(const QString &path)
    {
        auto catalog = Catalog::open(path, m_clock);
        QVERIFY(catalog);
        for (int page = 0; page < 20; ++page)
            QVERIFY(catalog.value()->writeSnapshotPage(kProject, QStringLiteral("orders"),
                                                       snapshots(QStringLiteral("orders"), 500, page * 500)));
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void newFileIsMigratedAndReopenKeepsData_data()
    {
        QTest::addColumn<bool>("existsEmpty");
        QTest::newRow("no file") << false;
        QTest::newRow("empty file") << true;
    }

    void newFileIsMigratedAndReopenKeepsData()
    {
        QFETCH(bool, existsEmpty);
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/catalog-%1.db").arg(++m_files));
        if (existsEmpty) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            writeFile(path, {});
        }
        {
            auto opened = Catalog::open(path, m_clock);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(opened.value()->recoveryMessage(), QString());
            QCOMPARE(opened.value()->movedAsidePath(), QString());
            QVERIFY(opened.value()->writeOrganizations(
                    {{QStringLiteral("o1"), QStringLiteral("One"), false}}));
            QVERIFY(opened.value()->writeSnapshotPage(kProject, QStringLiteral("c"),
                                                      snapshots(QStringLiteral("c"), 3)));
        }
        QCOMPARE(RawSqlite(path).userVersion(), Catalog::schemaVersion());
        QCOMPARE(RawSqlite(path).rows("PRAGMA journal_mode"), QList<QStringList>{{QStringLiteral("wal")}});

        auto reopened = Catalog::open(path, m_clock);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->recoveryMessage(), QString());
        QCOMPARE(reopened.value()->organizations().value().size(), 1);
        QCOMPARE(reopened.value()->snapshots(kProject, QStringLiteral("c")).value(),
                 snapshots(QStringLiteral("c"), 3));
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.corrupt-*")}),
                 QStringList());
    }

    void aVersionOneCatalogGainsTheAuditRequestAndKeepsItsEntries()
    {
        const QString path = m_dir.filePath(QStringLiteral("version-one-%1.db").arg(++m_files));
        AuditEntry entry;
        entry.principal = QStringLiteral("ops (key abcdefgh)");
        entry.action = QStringLiteral("snapshot.take");
        entry.target = QStringLiteral("cluster:p/c");
        entry.verdictJson = QStringLiteral("{}");
        entry.apiSummary = QStringLiteral("snapshot s1 queued");
        QVERIFY(Catalog::open(path, m_clock).value()->appendAudit(entry));
        {
            // The file as version 1 wrote it: no request column.
            RawSqlite raw(path);
            QVERIFY(raw.exec("ALTER TABLE audit_log DROP COLUMN request; PRAGMA user_version = 1;"));
            QCOMPARE(raw.userVersion(), 1);
        }
        auto migrated = Catalog::open(path, m_clock);
        QVERIFY(migrated);
        QCOMPARE(migrated.value()->recoveryMessage(), QString());
        QCOMPARE(RawSqlite(path).userVersion(), Catalog::schemaVersion());
        const QList<AuditEntry> kept = migrated.value()->auditLog().value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().apiSummary, entry.apiSummary);
        QCOMPARE(kept.first().requestJson, QString());
    }

    void unusableFileIsMovedAsideAndRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reasonWords");
        QTest::newRow("garbage bytes")
                << QStringLiteral("garbage") << QStringLiteral("not a SQLite database");
        QTest::newRow("truncated catalog") << QStringLiteral("truncate") << QStringLiteral("damaged");
        QTest::newRow("newer schema")
                << QStringLiteral("future") << QStringLiteral("newer version of Snapline");
        QTest::newRow("another program's database")
                << QStringLiteral("foreign") << QStringLiteral("not a Snapline catalog");
    }

    void unusableFileIsMovedAsideAndRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reasonWords);
        const QString path = newPath();
        if (damage == u"garbage") {
            QByteArray bytes;
            for (int i = 0; i < 9000; ++i)
                bytes.append(char((i * 131 + 7) % 251));
            writeFile(path, bytes);
        } else if (damage == u"truncate") {
            writeRealCatalog(path);
            QFile file(path);
            QVERIFY(file.size() > 100'000);
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == u"future") {
            writeRealCatalog(path);
            QVERIFY(RawSqlite(path).exec("PRAGMA user_version = 99"));
        } else {
            QVERIFY(RawSqlite(path).exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is unusable .*moving it to")));

        auto opened = Catalog::open(path, m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Catalog &catalog = *opened.value();
        const QString aside = path + QStringLiteral(".corrupt-20260102-030405");
        QCOMPARE(catalog.movedAsidePath(), aside);
        QVERIFY2(catalog.recoveryMessage().contains(reasonWords), qPrintable(catalog.recoveryMessage()));
        QVERIFY(catalog.recoveryMessage().contains(QDir::toNativeSeparators(aside)));
        QFile moved(aside);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), before); // kept byte for byte, for whoever wants to look at it

        QCOMPARE(catalog.snapshotCount(kProject, QStringLiteral("orders")).value(), 0); // rebuilt empty …
        QVERIFY(catalog.writeSnapshotPage(kProject, QStringLiteral("orders"),
                                          snapshots(QStringLiteral("orders"), 2)));
        QCOMPARE(catalog.snapshotCount(kProject, QStringLiteral("orders")).value(), 2); // … and usable
    }

    void secondRecoveryInTheSameSecondGetsItsOwnName()
    {
        const QString path = newPath();
        writeFile(path, QByteArray(4096, 'x'));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is unusable")));
        QVERIFY(Catalog::open(path, m_clock));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        writeFile(path, QByteArray(4096, 'y'));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is unusable")));
        auto second = Catalog::open(path, m_clock);
        QVERIFY(second);
        QCOMPARE(second.value()->movedAsidePath(), path + QStringLiteral(".corrupt-20260102-030405-2"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".corrupt-20260102-030405")));
    }

    void unwritablePlaceIsAClearError_data()
    {
        QTest::addColumn<QString>("place");
        QTest::newRow("below a regular file") << QStringLiteral("file");
        QTest::newRow("read-only folder") << QStringLiteral("readonly");
        QTest::newRow("read-only file system") << QStringLiteral("proc");
        QTest::newRow("folder on a read-only file system") << QStringLiteral("proc-folder");
    }

    void unwritablePlaceIsAClearError()
    {
        QFETCH(QString, place);
        QString path;
        if (place == u"file") {
            const QString blocker = newPath();
            writeFile(blocker, "not a folder");
            path = blocker + QStringLiteral("/catalog.db");
        } else if (place.startsWith(u"proc")) {
            if (!QFileInfo(QStringLiteral("/proc/self")).isDir())
                QSKIP("no /proc here");
            path = place == u"proc" ? QStringLiteral("/proc/snapline-catalog.db")
                                    : QStringLiteral("/proc/snapline/catalog.db");
        } else {
            const QString folder = m_dir.filePath(QStringLiteral("locked-%1").arg(++m_files));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) // root ignores permissions
                QSKIP("this user can write into read-only folders");
            path = folder + QStringLiteral("/catalog.db");
        }
        const auto opened = Catalog::open(path, m_clock);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("catalog.open"));
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(opened.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void readerReadsAndRefusesToWrite()
    {
        const QString path = newPath();
        QVERIFY(!Catalog::openReader(path, m_clock)); // nothing there yet
        QVERIFY(!QFileInfo::exists(path));
        auto writer = Catalog::open(path, m_clock);
        QVERIFY(writer);
        QVERIFY(writer.value()->writeClusters(kProject, {replicaSet(QStringLiteral("orders"))}, true));
        auto reader = Catalog::openReader(path, m_clock);
        QVERIFY(reader);
        QVERIFY(reader.value()->isReader());
        QCOMPARE(reader.value()->clusters(kProject).value().size(), 1);
        const Status refused = reader.value()->writeClusters(kProject, {}, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("catalog.readonly"));
        QCOMPARE(reader.value()->clusters(kProject).value().size(), 1);

        QVERIFY(writer.value()->writeClusters(kProject, {}, true)); // the reader sees the next commit
        QVERIFY(reader.value()->clusters(kProject).value().isEmpty());
    }

    // Four sync threads post 25 pages each while a reader on a fifth thread
    // counts snapshots: tasks never overlap, each thread's tasks run in its
    // order on the one writer thread, and the reader only ever sees whole pages.
    void writerRunsTasksOneAtATimeWhileAReaderReads()
    {
        constexpr int kPosters = 4;
        constexpr int kPagesEach = 25;
        constexpr int kRows = 40;
        const QString path = newPath();
        auto opened = Catalog::open(path, m_clock);
        QVERIFY(opened);
        auto writer = std::make_unique<CatalogWriter>(std::move(opened).value());

        std::atomic<int> running{0};
        std::atomic<int> overlaps{0};
        std::atomic<bool> done{false};
        QList<QThread *> taskThreads[kPosters];
        QList<int> order[kPosters];
        QList<QFuture<Status>> futures[kPosters];
        QStringList readerProblems;
        qint64 readerChecks = 0;

        std::thread reader([&] {
            auto connection = Catalog::openReader(path, m_clock);
            if (!connection) {
                readerProblems << connection.error().message;
                return;
            }
            QList<qint64> last(kPosters, 0);
            while (!done.load()) {
                for (int p = 0; p < kPosters; ++p) {
                    const auto count
                            = connection.value()->snapshotCount(kProject, QStringLiteral("c%1").arg(p));
                    if (!count)
                        readerProblems << count.error().message;
                    else if (*count < last[p] || *count % kRows != 0)
                        readerProblems << QStringLiteral("c%1: %2 after %3").arg(p).arg(*count).arg(last[p]);
                    else
                        last[p] = *count;
                    ++readerChecks;
                }
            }
        });

        std::vector<std::thread> posters;
        for (int p = 0; p < kPosters; ++p) {
            posters.emplace_back([&, p] {
                const QString cluster = QStringLiteral("c%1").arg(p);
                for (int i = 0; i < kPagesEach; ++i) {
                    const QList<Snapshot> page = snapshots(cluster, kRows, i * kRows);
                    futures[p].append(writer->post([&, p, i, cluster, page](Catalog &catalog) {
                        if (running.fetch_add(1) != 0)
                            ++overlaps;
                        taskThreads[p].append(QThread::currentThread());
                        order[p].append(i);
                        Status status = catalog.writeSnapshotPage(kProject, cluster, page);
                        running.fetch_sub(1);
                        return status;
                    }));
                }
            });
        }
        for (std::thread &poster : posters)
            poster.join();
        for (int p = 0; p < kPosters; ++p) {
            for (QFuture<Status> &future : futures[p]) {
                future.waitForFinished();
                QVERIFY(future.result());
            }
        }
        done = true;
        reader.join();

        QCOMPARE(overlaps.load(), 0);
        QCOMPARE(readerProblems, QStringList());
        QVERIFY(readerChecks > 0);
        QThread *writerThread = taskThreads[0].value(0);
        QVERIFY(writerThread && writerThread != QThread::currentThread());
        QList<int> expectedOrder(kPagesEach);
        std::iota(expectedOrder.begin(), expectedOrder.end(), 0);
        for (int p = 0; p < kPosters; ++p) {
            QCOMPARE(order[p], expectedOrder);
            QCOMPARE(taskThreads[p], QList<QThread *>(kPagesEach, writerThread));
        }
        writer.reset(); // closes the writer connection on its thread

        auto check = Catalog::openReader(path, m_clock);
        QVERIFY(check);
        for (int p = 0; p < kPosters; ++p)
            QCOMPARE(check.value()->snapshotCount(kProject, QStringLiteral("c%1").arg(p)).value(),
                     kPagesEach * kRows);
    }

    void writerFinishesWhatWasPostedBeforeClosing()
    {
        const QString path = newPath();
        auto opened = Catalog::open(path, m_clock);
        QVERIFY(opened);
        QList<QFuture<Status>> futures;
        {
            CatalogWriter writer(std::move(opened).value());
            QCOMPARE(writer.path(), path);
            for (int i = 0; i < 10; ++i)
                futures << writer.post([i](Catalog &catalog) {
                    return catalog.writeSnapshotPage(kProject, QStringLiteral("c"),
                                                     snapshots(QStringLiteral("c"), 10, i * 10));
                });
            futures << writer.post([](Catalog &) {
                return Status(Error{QStringLiteral("test.failed"), QString()});
            });
        }
        for (int i = 0; i < 10; ++i) {
            QVERIFY(futures[i].isFinished());
            QVERIFY(futures[i].result());
        }
        QCOMPARE(futures.last().result().error().code, QStringLiteral("test.failed"));
        auto reader = Catalog::openReader(path, m_clock);
        QVERIFY(reader);
        QCOMPARE(reader.value()->snapshotCount(kProject, QStringLiteral("c")).value(), 100);
    }
};

QTEST_GUILESS_MAIN(TestCatalogFiles)
#include "tst_catalog_files.moc"
