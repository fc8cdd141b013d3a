#include <QTest>

class TestFactsReader : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestFactsReader)
#include "tst_facts_reader.moc"
