#include <QTest>

class TestRestoreRules : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestRestoreRules)
#include "tst_restore_rules.moc"
