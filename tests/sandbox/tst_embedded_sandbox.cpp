// The sandbox on its own thread inside another program, as the console runs
// its built-in "Local sandbox" profile.
#include "service/embedded_sandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapline::sandbox;

class TestEmbeddedSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnAWorkerThreadAndAnswers()
    {
        QTemporaryDir dir;
        EmbeddedSandbox sandbox;
        SandboxOptions options;
        options.dataDir = dir.path();
        options.plainHttp = true;
        const auto endpoint = sandbox.startAndWait(options);
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
        QVERIFY(endpoint->port != 0);
        QCOMPARE(sandbox.credentials().size(), 6);

        // The caller's thread is free: this request is answered by the worker.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(endpoint->url.toString() + u"/api/atlas/v2"_qs));
        request.setRawHeader("Accept", "application/vnd.atlas.2023-01-01+json");
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 401); // it wants credentials
        reply->deleteLater();
    }

    void reportsAFailure()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-dir"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EmbeddedSandbox sandbox;
        SandboxOptions options;
        options.dataDir = blocker.fileName() + u"/data"_qs; // below a regular file: cannot be created
        const auto endpoint = sandbox.startAndWait(options);
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error().message.contains(u"not-a-dir"), qPrintable(endpoint.error().message));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedSandbox)
#include "tst_embedded_sandbox.moc"
