// What the client does when the network or the server misbehaves, against a
// real sandbox with injected faults: retries that are safe, none that are
// not, Retry-After honoured, rate-limit headers observed, broken bodies named.
#include "atlas_test_sandbox.h"

#include <QTest>

#include <thread>

using namespace snapline;
using namespace snapline::test;

class TestAtlasResilience : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AtlasTestSandbox> m_sandbox;
    QString m_payments;
    QList<int> m_waits; // what the client asked to sleep, in ms

    std::shared_ptr<AtlasApi> recordingApi(std::shared_ptr<RateBudget> budget = {})
    {
        AtlasClient::Options options;
        options.retry.jitter = [] { return 0.0; };
        options.sleep = [this](int ms, const std::atomic_bool *) {
            // The budget's own waits for its next token (a millisecond or so after a 429 emptied it) are not
            // retries; each retry here waits at least 250 ms.
            if (ms >= 250)
                m_waits << ms;
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            return true;
        };
        return m_sandbox->api(QStringLiteral("Owner key"), options, std::move(budget));
    }

    void inject(const QByteArray &rules)
    {
        QCOMPARE(m_sandbox->admin("PUT", QStringLiteral("faults"), rules), 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<AtlasTestSandbox>(
                [](sandbox::SandboxOptions &options) { options.rateLimit = 5000; });
        QVERIFY(m_sandbox->isUp());
        m_payments = m_sandbox->projectId(QStringLiteral("Payments"));
    }

    void init() { m_waits.clear(); }
    void cleanup() { QCOMPARE(m_sandbox->admin("DELETE", QStringLiteral("faults")), 200); }

    void readsHonourRetryAfter()
    {
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": "status", "status": 429,
                               "retryAfter": "3", "times": 2}]})");
        auto api = recordingApi();
        const auto clusters = api->clusters(m_payments);
        QVERIFY2(clusters, qPrintable(clusters ? QString() : clusters.error().message));
        QCOMPARE(m_waits, (QList<int>{3000, 3000}));
        QCOMPARE(api->client().requestsSent(), 3);
    }

    void readsBackOffWithoutRetryAfter()
    {
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": "status", "status": 503, "times": 2}]})");
        auto api = recordingApi();
        QVERIFY(api->clusters(m_payments));
        QCOMPARE(m_waits, (QList<int>{250, 500})); // exponential, jitter pinned to its low end
    }

    void retriesAreBounded()
    {
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": "status", "status": 503}]})");
        auto api = recordingApi();
        const auto clusters = api->clusters(m_payments);
        QVERIFY(!clusters);
        QCOMPARE(clusters.error().httpStatus, 503);
        QCOMPARE(api->client().requestsSent(), RetryPolicy().maxAttempts);
        QVERIFY(clusters.error().message.contains(u"try again later"));
    }

    void writesAreNotRepeated()
    {
        inject(R"({"faults": [{"method": "POST", "path": "/snapshots$", "kind": "status", "status": 503}]})");
        auto api = recordingApi();
        const auto clusters = api->clusters(m_payments);
        QVERIFY(clusters);
        const int before = api->client().requestsSent();
        const auto taken = api->takeSnapshot(m_payments, clusters->first().name, QStringLiteral("x"), 1);
        QVERIFY(!taken);
        QCOMPARE(taken.error().httpStatus, 503);
        QCOMPARE(api->client().requestsSent(), before + 1);
        QVERIFY(m_waits.isEmpty());
    }

    void writesThatNeverLeftAreRetried()
    {
        // A closed port: the connection is refused, so the server provably never saw the request.
        TransportSettings settings = m_sandbox->settings();
        settings.baseUrl.setPort(1);
        AtlasClient::Options options;
        options.sleep = [this](int ms, const std::atomic_bool *) {
            m_waits << ms;
            return true;
        };
        auto session = std::make_shared<AtlasSession>(settings,
                                                      m_sandbox->credentials(QStringLiteral("Owner key")));
        AtlasApi api(std::make_shared<AtlasClient>(session, std::make_shared<RateBudget>(u"h"_qs, 100, 100),
                                                   options));
        const auto taken = api.takeSnapshot(m_payments, QStringLiteral("any"), QStringLiteral("x"), 1);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, AtlasError::Kind::Connect);
        QCOMPARE(api.client().requestsSent(), RetryPolicy().maxAttempts);
    }

    void resetConnectionsAreRetriedForReads()
    {
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": "reset", "times": 1}]})");
        auto api = recordingApi();
        const auto clusters = api->clusters(m_payments);
        QVERIFY2(clusters, qPrintable(clusters ? QString() : clusters.error().message));
        QCOMPARE(m_waits.size(), 1);
    }

    void brokenBodiesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("malformed") << QByteArray("malformed");
        QTest::newRow("truncated") << QByteArray("truncate");
    }

    void brokenBodiesAreNamed()
    {
        QFETCH(QByteArray, kind);
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": ")" + kind + R"("}]})");
        auto api = recordingApi();
        const auto clusters = api->clusters(m_payments);
        QVERIFY(!clusters);
        QVERIFY2(clusters.error().message.contains(u"list the clusters"),
                 qPrintable(clusters.error().message));
    }

    void rateLimitHeadersAreObserved()
    {
        auto budget = std::make_shared<RateBudget>(u"sandbox"_qs, 1000, 1000);
        QList<RateBudgetReading> readings;
        budget->setListener([&](const RateBudgetReading &r) { readings << r; });
        QVERIFY(recordingApi(budget)->clusters(m_payments));
        QCOMPARE(budget->reading().serverLimit, 5000);
        QVERIFY(budget->reading().serverRemaining > 0 && budget->reading().serverRemaining < 5000);
        QVERIFY(!readings.isEmpty());
    }

    void loopbackNeverGoesThroughAProxy()
    {
        // libcurl takes proxies from the environment; the sandbox on 127.0.0.1 must be reached directly
        // anyway.
        const QByteArray before = qgetenv("https_proxy");
        qputenv("https_proxy", "http://127.0.0.1:1");
        qputenv("HTTPS_PROXY", "http://127.0.0.1:1");
        const auto clusters = recordingApi()->clusters(m_payments);
        qunsetenv("HTTPS_PROXY");
        if (before.isEmpty())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", before);
        QVERIFY2(clusters, qPrintable(clusters ? QString() : clusters.error().message));
    }

    void aThrottledBudgetPacesTheClient()
    {
        inject(R"({"faults": [{"method": "GET", "path": "/clusters$", "kind": "status", "status": 429,
                               "retryAfter": "1", "times": 1}]})");
        auto budget = std::make_shared<RateBudget>(u"sandbox"_qs, 1000, 1000);
        QVERIFY(recordingApi(budget)->clusters(m_payments));
        QCOMPARE(budget->reading().throttled, 1);
    }
};

QTEST_GUILESS_MAIN(TestAtlasResilience)
#include "tst_atlas_resilience.moc"
