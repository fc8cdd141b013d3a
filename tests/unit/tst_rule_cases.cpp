#include <QTest>

class TestRuleCases : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestRuleCases)
#include "tst_rule_cases.moc"
