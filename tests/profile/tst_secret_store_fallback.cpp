// Where no keychain answers, the factory falls back to memory quickly, says
// why in plain words, and never hangs. Three ways it can be missing (the
// SNAPLINE_TEST_BUS variable, set by tests/support/with-session-bus.sh):
//   (unset)          no D-Bus session bus at all: a server, a container, CI
//   bare             a session bus, but no Secret Service on it
//   stopped-keyring  a Secret Service that owns its name and never answers
#include "secrets/secret_store_factory.h"

#include <QElapsedTimer>
#include <QTest>

using namespace snapline;
using namespace Qt::StringLiterals;

namespace {

constexpr int kProbeTimeoutMs = 1500;

} // namespace

class TestSecretStoreFallback : public QObject
{
    Q_OBJECT

private:
    QString m_bus;

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = qEnvironmentVariable("SNAPLINE_TEST_BUS");
        if (m_bus.isEmpty()) // before anything in this process touches D-Bus
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/snapline/no-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void fallsBackToMemory()
    {
        QString reason;
        qint64 withinMs = 2000;
        if (m_bus.isEmpty()) {
            reason = u"there is no D-Bus session bus"_s;
        } else if (m_bus == u"bare"_s) {
            reason = u"the Secret Service could not be used: The name org.freedesktop.secrets was not provided"_s;
        } else {
            reason = u"the keychain did not answer within 1.5 seconds"_s;
            withinMs = kProbeTimeoutMs + 2000;
        }

        QElapsedTimer timer;
        timer.start();
        const SecretStoreChoice choice = SecretStoreFactory::create(u"Snapline-test"_s, kProbeTimeoutMs);
        QVERIFY2(timer.elapsed() < withinMs, "the fallback must not wait for a keychain that is not there");
        QVERIFY(!choice.usesKeychain());
        QCOMPARE(choice.store->kind(), SecretStore::Kind::Memory);
        QVERIFY(!choice.store->isPersistent());
        QVERIFY2(choice.message.startsWith(u"No system keychain is available (%1"_s.arg(reason)),
                 qPrintable(choice.message));
        QVERIFY(choice.message.endsWith(
                u"). Secrets are kept in memory for this session only and will be asked "
                "for again next time."_s));

        // The fallback works like any store.
        QVERIFY(choice.store->write(u"p"_s, u"s"_s).ok());
        QCOMPARE(choice.store->read(u"p"_s).valueOr({}), u"s"_s);
    }

    void asynchronousChoice()
    {
        std::optional<SecretStoreChoice> choice;
        SecretStoreFactory::createAsync(u"Snapline-test"_s, kProbeTimeoutMs)
                .then(this, [&](const SecretStoreChoice &c) { choice = c; });
        QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), kProbeTimeoutMs + 3000);
        QCOMPARE(choice->store->kind(), SecretStore::Kind::Memory);
        QVERIFY(!choice->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreFallback)
#include "tst_secret_store_fallback.moc"
