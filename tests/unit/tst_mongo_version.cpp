// The release ladder: parsing, major releases, ordering.
#include "domain/mongo_version.h"

#include <QTest>

using snapline::MongoVersion;

class TestMongoVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("major");
        QTest::addColumn<int>("ladder");
        QTest::newRow("3.6.23") << "3.6.23" << true << "3.6.23"
                                << "3.6" << 0;
        QTest::newRow("4.0") << "4.0" << true << "4.0"
                             << "4.0" << 1;
        QTest::newRow("4.2.24") << "4.2.24" << true << "4.2.24"
                                << "4.2" << 2;
        QTest::newRow("4.4.29-ent") << "4.4.29-ent" << true << "4.4.29"
                                    << "4.4" << 3;
        QTest::newRow("5.0.30") << "5.0.30" << true << "5.0.30"
                                << "5.0" << 4;
        QTest::newRow("5.3 rapid") << "5.3.1" << true << "5.3.1"
                                   << "5.0" << 4;
        QTest::newRow("6.0.19") << "6.0.19" << true << "6.0.19"
                                << "6.0" << 5;
        QTest::newRow("7.0.14") << "7.0.14" << true << "7.0.14"
                                << "7.0" << 6;
        QTest::newRow("7.3 rapid") << "7.3.4" << true << "7.3.4"
                                   << "7.0" << 6;
        QTest::newRow("8.0.4") << "8.0.4" << true << "8.0.4"
                               << "8.0" << 7;
        QTest::newRow("8.1 rapid") << "8.1.0" << true << "8.1.0"
                                   << "8.0" << 7;
        QTest::newRow("8.2 rapid") << "8.2" << true << "8.2"
                                   << "8.0" << 7;
        QTest::newRow("9.0 future") << "9.0.0" << true << "9.0.0"
                                    << "9.0" << 8;
        QTest::newRow("3.4 never on Atlas") << "3.4.24" << true << "3.4.24"
                                            << "3.4" << -1;
        QTest::newRow("4.1 dev release") << "4.1.13" << true << "4.1.13"
                                         << "4.1" << -1;
        QTest::newRow("spaces") << " 7.0.2 " << true << "7.0.2"
                                << "7.0" << 6;
        QTest::newRow("empty") << "" << false << ""
                               << "" << -1;
        QTest::newRow("one number") << "7" << false << ""
                                    << "" << -1;
        QTest::newRow("word") << "latest" << false << ""
                              << "" << -1;
        QTest::newRow("float-ish") << "7.0.1.2" << false << ""
                                   << "" << -1;
        QTest::newRow("zero major") << "0.9" << false << ""
                                    << "" << -1;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, printed);
        QFETCH(QString, major);
        QFETCH(int, ladder);
        const auto version = MongoVersion::parse(text);
        QCOMPARE(version.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(version->toString(), printed);
        QCOMPARE(version->majorRelease().releaseString(), major);
        QCOMPARE(version->ladderIndex(), ladder);
        QCOMPARE(version->isOnLadder(), ladder >= 0);
    }

    void ordersOnTheLadderNotAsStrings()
    {
        const auto v = [](const char *t) { return *MongoVersion::parse(QString::fromLatin1(t)); };
        QVERIFY(v("4.10.0") > v("4.2.0")); // as strings "4.10" < "4.2"
        QVERIFY(v("10.0") > v("9.0"));     // as strings "10.0" < "9.0"
        QVERIFY(v("7.0.9") < v("7.0.10"));
        QVERIFY(v("8.1") > v("8.0.4"));
        QCOMPARE(v("7.0"), v("7.0.0"));
    }

    void rapidReleases()
    {
        QVERIFY(MongoVersion::parse(u"7.1")->isRapidRelease());
        QVERIFY(MongoVersion::parse(u"8.2.1")->isRapidRelease());
        QVERIFY(!MongoVersion::parse(u"8.0.1")->isRapidRelease());
        QVERIFY(!MongoVersion::parse(u"4.2")->isRapidRelease()); // 4.2 is a major release
    }

    void majorReleaseAt()
    {
        const QStringList ladder{u"3.6"_qs, u"4.0"_qs, u"4.2"_qs, u"4.4"_qs, u"5.0"_qs,
                                 u"6.0"_qs, u"7.0"_qs, u"8.0"_qs, u"9.0"_qs};
        for (int i = 0; i < ladder.size(); ++i) {
            QCOMPARE(MongoVersion::majorReleaseAt(i).releaseString(), ladder[i]);
            QCOMPARE(MongoVersion::majorReleaseAt(i).ladderIndex(), i);
        }
        QVERIFY(!MongoVersion::majorReleaseAt(-1).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMongoVersion)
#include "tst_mongo_version.moc"
