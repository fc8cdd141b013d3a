// The sandbox's test controls: fault injection, rate limits, the request log,
// settings and the clock, all over a real socket.
#include "sandbox_test_client.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace snapline::sandbox;
using namespace snapline::sandbox::test;
using Who = SandboxFixture::Who;

namespace {

const QString kGroups = QStringLiteral("/api/atlas/v2/groups");

SandboxFixture::Response putFaults(SandboxFixture &sandbox, const QByteArray &json)
{
    return sandbox.raw("PUT", QStringLiteral("/sandbox-admin/faults"), {{"Content-Type", "application/json"}},
                       json);
}

} // namespace

class TestSandboxControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injectedStatusWithRetryAfter()
    {
        SandboxFixture sandbox;
        QCOMPARE(putFaults(sandbox, R"({"faults": [{"method": "GET", "path": "/groups$", "kind": "status",
                                        "status": 503, "retryAfter": "2", "times": 1}]})")
                         .status,
                 200);
        const auto first = sandbox.get(kGroups, Who::Owner, "2023-01-01");
        QCOMPARE(first.status, 503);
        QCOMPARE(first.header("Retry-After"), QByteArray("2"));
        QCOMPARE(first.object().value(u"errorCode").toString(), u"SANDBOX_INJECTED_FAULT"_qs);
        QCOMPARE(sandbox.get(kGroups, Who::Owner, "2023-01-01").status, 200); // "times": 1
    }

    void resetTruncateMalformedDelay()
    {
        SandboxFixture sandbox;
        // Qt re-sends a request once when a reused connection drops: reset both tries.
        putFaults(sandbox, R"([{"path": "/groups$", "kind": "reset", "times": 2}])");
        QCOMPARE(sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01").status,
                 0); // no HTTP answer at all

        putFaults(sandbox, R"([{"path": "/groups$", "kind": "truncate", "times": 1}])");
        const auto truncated = sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01");
        QVERIFY(truncated.json().isNull()); // half a JSON document

        putFaults(sandbox, R"([{"path": "/groups$", "kind": "malformed", "times": 1}])");
        const auto malformed = sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01");
        QCOMPARE(malformed.status, 200);
        QVERIFY(malformed.json().isNull());

        putFaults(sandbox, R"([{"path": "/groups$", "kind": "delay", "delayMs": 700, "times": 1}])");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01").status, 200);
        QVERIFY(timer.elapsed() >= 650);
    }

    void badFaultsAreRefused()
    {
        SandboxFixture sandbox;
        QCOMPARE(putFaults(sandbox, R"([{"kind": "explode"}])").status, 400);
        QCOMPARE(putFaults(sandbox, "{not json").status, 400);
        QCOMPARE(sandbox.raw("GET", QStringLiteral("/sandbox-admin/faults"), {})
                         .object()
                         .value(u"faults")
                         .toArray()
                         .size(),
                 0);
    }

    void faultsFromAFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"faults": [{"path": "/groups$", "kind": "status", "status": 500}]})");
        file.close();
        auto sandbox = SandboxFixture::with(
                [&](SandboxOptions &options) { options.faultsFile = file.fileName(); });
        QCOMPARE(sandbox->get(kGroups, Who::Owner, "2023-01-01").status, 500);
    }

    void rateLimits()
    {
        auto fixture = SandboxFixture::with([](SandboxOptions &options) {
            options.rateLimit = 3;
            options.rateLimitPeriod = 60;
        });
        SandboxFixture &sandbox = *fixture;
        for (int i = 0; i < 3; ++i) {
            const auto r = sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("RateLimit-Limit"), QByteArray("3"));
            QCOMPARE(r.header("RateLimit-Remaining").toInt(), 2 - i);
        }
        const auto limited = sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01");
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(limited.object().value(u"errorCode").toString(), u"RATE_LIMITED"_qs);
        // Another endpoint set has its own bucket.
        QCOMPARE(sandbox.get(QStringLiteral("/api/atlas/v2/orgs"), Who::OwnerServiceAccount, "2023-01-01")
                         .status,
                 200);
    }

    void requestLogAndClock()
    {
        SandboxFixture sandbox;
        sandbox.get(kGroups, Who::OwnerServiceAccount, "2023-01-01");
        const auto log = sandbox.raw("GET", QStringLiteral("/sandbox-admin/requests"), {});
        const QJsonArray requests = log.object().value(u"requests").toArray();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last().toObject().value(u"path").toString(), kGroups);
        const qint64 before = sandbox.service().clock().nowSeconds();
        const auto advanced = sandbox.raw("POST", QStringLiteral("/sandbox-admin/advance"),
                                          {{"Content-Type", "application/json"}}, R"({"seconds": 86400})");
        QCOMPARE(advanced.status, 200);
        QVERIFY(sandbox.service().clock().nowSeconds() >= before + 86400);
        QCOMPARE(sandbox.raw("PUT", QStringLiteral("/sandbox-admin/settings"), {},
                             R"({"snapshotFailureRate": 2})")
                         .status,
                 400);
    }

    void oversizedBodiesAreRefused()
    {
        SandboxFixture sandbox;
        const QString payments = sandbox.projectId(QStringLiteral("Payments"));
        const QByteArray huge(2 * 1024 * 1024, 'x');
        const auto r = sandbox.request(
                "POST",
                QStringLiteral("/api/atlas/v2/groups/%1/clusters/payments-api/backup/snapshots")
                        .arg(payments),
                Who::OwnerServiceAccount, huge, "2023-01-01");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.object().value(u"error").toInt(), 413);
        for (const auto &s : sandbox.store().snapshotsWithStatus(QStringLiteral("queued")))
            QVERIFY(s.origin != u"onDemand"); // nothing was taken
    }

    void startsAtAChosenTime()
    {
        auto sandbox
                = SandboxFixture::with([](SandboxOptions &options) { options.startSeconds = 1767225600; });
        QCOMPARE(sandbox->service().clock().now().date(), QDate(2026, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestSandboxControls)
#include "tst_sandbox_controls.moc"
