// The store keeps credentials it has read in memory (every request looks its
// caller up); what it answers must still follow what is stored.
#include "store/sandbox_store.h"

#include <QTest>

using namespace snapline::sandbox;

namespace {

CredentialRow key(const QString &id, const QString &project)
{
    return {id, u"apiKey"_qs, u"secret-"_qs + id, u"a key"_qs, {{project, u"GROUP_OWNER"_qs}}};
}

} // namespace

class TestStoreCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsWhatIsStored()
    {
        auto opened = SandboxStore::open(u":memory:"_qs);
        QVERIFY(opened);
        SandboxStore &store = **opened;
        QVERIFY(store.insertCredential(key(u"first"_qs, u"p1"_qs)));
        QCOMPARE(store.credential(u"first"_qs)->roles.value(0).first, u"p1"_qs);
        QCOMPARE(store.credential(u"first"_qs)->secret, u"secret-first"_qs); // from memory now
        QVERIFY(!store.credential(u"unknown"_qs));

        // Read inside a transaction that is rolled back: gone afterwards.
        QVERIFY(!store.transaction([&] {
            if (!store.insertCredential(key(u"second"_qs, u"p2"_qs)))
                return false;
            return !store.credential(u"second"_qs); // false: found, so roll back
        }));
        QVERIFY(!store.credential(u"second"_qs));

        // A credential added later is found, and the first one is unchanged.
        QVERIFY(store.insertCredential(key(u"third"_qs, u"p3"_qs)));
        QCOMPARE(store.credential(u"third"_qs)->roles.value(0).first, u"p3"_qs);
        QCOMPARE(store.credential(u"first"_qs)->roles.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCredentials)
#include "tst_store_credentials.moc"
