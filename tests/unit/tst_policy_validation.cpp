#include <QTest>

class TestPolicyValidation : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestPolicyValidation)
#include "tst_policy_validation.moc"
