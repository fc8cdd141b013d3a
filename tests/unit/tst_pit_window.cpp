#include <QTest>

class TestPitWindow : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestPitWindow)
#include "tst_pit_window.moc"
