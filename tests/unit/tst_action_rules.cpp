#include <QTest>

class TestActionRules : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_action_rules.moc"
