// The client's endpoint table against the contract's (generated from
// atlas-api.yaml): every operation the sandbox serves has a client endpoint,
// with the same method and path, asking for the newest JSON version.
#include "api/api_operation.h"
#include "atlas/api_endpoint.h"

#include <QTest>

using namespace snapline;

class TestEndpointContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationHasATypedEndpoint()
    {
        QCOMPARE(Endpoints::all().size(), sandbox::apiOperations().size());
        for (const sandbox::ApiOperation &op : sandbox::apiOperations()) {
            const auto found = std::find_if(
                    Endpoints::all().begin(), Endpoints::all().end(),
                    [&](const ApiEndpoint *e) { return qstrcmp(e->operationId, op.operationId) == 0; });
            QVERIFY2(found != Endpoints::all().end(), op.operationId);
            const ApiEndpoint &e = **found;
            QCOMPARE(QByteArray(e.method), sandbox::httpMethodName(op.method));
            QCOMPARE(QByteArray(e.pathTemplate), QByteArray(op.pathTemplate));
            QCOMPARE(e.successStatus, op.successStatus);
            QByteArray newest;
            for (const sandbox::ApiMediaVersion &v : op.versions) {
                if (v.inResponse && qstrcmp(v.format, "json") == 0 && qstrcmp(v.version, "preview") != 0)
                    newest = v.version;
            }
            QVERIFY2(QByteArray(e.version) == newest, e.operationId);
            QCOMPARE(QByteArray(e.role), op.roles.empty() ? QByteArray() : QByteArray(op.roles.front()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpointContract)
#include "tst_endpoint_contract.moc"
