// Atlas answers turned into typed errors a person can read.
#include "atlas/atlas_error.h"

#include <QTest>

using namespace snapline;

class TestAtlasError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromResponse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 401
                             << QByteArray(R"({"error":401,"errorCode":"UNAUTHORIZED","detail":"nope"})")
                             << "UNAUTHORIZED"
                             << "Atlas rejected the credentials while trying to list the projects";
        QTest::newRow("403") << 403 << QByteArray(R"({"error":403,"errorCode":"INSUFFICIENT_ROLE"})")
                             << "INSUFFICIENT_ROLE"
                             << "lack the role needed to list the projects";
        QTest::newRow("404") << 404 << QByteArray(R"({"errorCode":"GROUP_NOT_FOUND","detail":"No group 5f"})")
                             << "GROUP_NOT_FOUND"
                             << "Atlas says: No group 5f";
        QTest::newRow("429") << 429 << QByteArray(R"({"errorCode":"RATE_LIMITED"})") << "RATE_LIMITED"
                             << "rate-limiting";
        QTest::newRow("503 without a body") << 503 << QByteArray() << ""
                                            << "(HTTP 503); try again later";
        QTest::newRow("garbage body") << 400 << QByteArray("<html>") << ""
                                      << "refused to list the projects (HTTP 400)";
    }

    void fromResponse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const AtlasError error = AtlasError::fromResponse(status, body, QStringLiteral("list the projects"));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.errorCode, code);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QCOMPARE(error.toError().code, code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code);
    }
};

QTEST_GUILESS_MAIN(TestAtlasError)
#include "tst_atlas_error.moc"
