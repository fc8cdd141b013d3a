#include <QTest>

class TestDomain : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
