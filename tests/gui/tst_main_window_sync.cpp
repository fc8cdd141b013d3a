// The main window watching a real sync of the sandbox into a catalog: its
// progress in the status bar, then what it brought; and a failed sync said
// in words.
#include "atlas_test_sandbox.h"
#include "catalog/catalog_writer.h"
#include "main_window.h"
#include "sync/sync_job.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline;
using namespace snapline::test;

class TestMainWindowSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<CatalogWriter> writer(const QString &name)
    {
        return std::make_shared<CatalogWriter>(
                std::move(Catalog::open(m_dir.filePath(name), Clock::system())).value());
    }

private Q_SLOTS:
    void aSyncShowsWhatItBrought()
    {
        AtlasTestSandbox sandbox;
        QVERIFY(sandbox.isUp());
        MainWindow window;
        window.show();
        auto *job = new SyncJob(SyncTarget::everything(), sandbox.api(u"Owner key"_qs),
                                writer(u"ok.sqlite"_qs), Clock::system(), &window);
        QStringList messages;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&](const QString &m) { messages << m; });
        window.watchSync(job);
        job->start();
        auto *welcome = window.findChild<QLabel *>(u"welcomeLabel"_qs);
        QVERIFY(welcome);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->text().contains(u"Synced 3 projects, 19 clusters"), 30000);
        QVERIFY(std::any_of(messages.begin(), messages.end(),
                            [](const QString &m) { return m.contains(u"clusters"); }));
        QCOMPARE(window.statusBar()->currentMessage(), u"Synced just now"_qs);
    }

    void aFailedSyncIsSaidInWords()
    {
        AtlasTestSandbox sandbox;
        QVERIFY(sandbox.isUp());
        TransportSettings settings = sandbox.settings();
        settings.pinnedSha256 = QString(u"00:"_qs).repeated(31) + u"00"_qs;
        auto session = std::make_shared<AtlasSession>(settings, sandbox.credentials(u"Owner key"_qs));
        auto api = std::make_shared<AtlasApi>(
                std::make_shared<AtlasClient>(session, std::make_shared<RateBudget>(u"h"_qs, 100, 100)));
        MainWindow window;
        auto *job = new SyncJob(SyncTarget::everything(), api, writer(u"failed.sqlite"_qs), Clock::system(),
                                &window);
        window.watchSync(job);
        job->start();
        auto *welcome = window.findChild<QLabel *>(u"welcomeLabel"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(welcome->text().contains(u"The sync stopped"), 30000);
        QVERIFY2(welcome->text().contains(u"certificate", Qt::CaseInsensitive), qPrintable(welcome->text()));
        QCOMPARE(window.statusBar()->currentMessage(), u"Sync failed"_qs);
    }
};

QTEST_MAIN(TestMainWindowSync)
#include "tst_main_window_sync.moc"
