#include <QTest>

class TestPreflightCli : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestPreflightCli)
#include "tst_preflight_cli.moc"
