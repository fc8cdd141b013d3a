// The restore candidate model and its proxy on their own: refused rows are
// disabled and carry the planner's sentences in the row and the tool tip,
// rows group by project, the filter keeps only possible targets, and the
// model passes QAbstractItemModelTester through resets.
#include "restore/restore_candidate_model.h"
#include "restore/restore_candidate_proxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace snapline;

class TestRestoreCandidateModel : public QObject
{
    Q_OBJECT

private:
    static RestoreCandidate candidate(const QString &project, const QString &name,
                                      const QString &refusal = {}, const QString &warning = {})
    {
        RestoreCandidate c;
        c.target.orgId = QStringLiteral("org");
        c.target.projectId = project.toLower();
        c.target.projectName = project;
        c.target.cluster.name = name;
        c.target.cluster.version = MongoVersion::parse(QStringLiteral("8.0.4")).value();
        if (!refusal.isEmpty())
            c.verdict.refuse(QStringLiteral("SOME_RULE"), QString(), refusal);
        if (!warning.isEmpty())
            c.verdict.warn(QStringLiteral("SOME_WARNING"), QString(), warning);
        return c;
    }

    static RestoreOrder source()
    {
        RestoreOrder order;
        order.projectId = QStringLiteral("payments");
        order.clusterName = QStringLiteral("ledger");
        return order;
    }

    static QList<RestoreCandidate> sample()
    {
        return {candidate(QStringLiteral("Platform"), QStringLiteral("old"),
                          QStringLiteral("The target runs the older 6.0.")),
                candidate(QStringLiteral("Payments"), QStringLiteral("ledger"), {},
                          QStringLiteral("Its data will be replaced.")),
                candidate(QStringLiteral("Analytics"), QStringLiteral("warehouse"),
                          QStringLiteral("The snapshot has 3 shards.")),
                candidate(QStringLiteral("Payments"), QStringLiteral("api"))};
    }

private Q_SLOTS:
    void refusedRowsAreDisabledAndSayWhy()
    {
        RestoreCandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(sample(), source());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.allowedCount(), 2);
        const QModelIndex old = model.index(model.rowOf(QStringLiteral("platform"), QStringLiteral("old")),
                                            RestoreCandidateModel::VerdictColumn);
        QCOMPARE(old.flags(), Qt::NoItemFlags);
        QVERIFY(old.data().toString().contains(QStringLiteral("The target runs the older 6.0.")));
        QVERIFY(old.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("The target runs the older 6.0.")));
        QCOMPARE(old.data(RestoreCandidateModel::AllowedRole).toBool(), false);

        const QModelIndex self
                = model.index(model.rowOf(QStringLiteral("payments"), QStringLiteral("ledger")),
                              RestoreCandidateModel::ClusterColumn);
        QVERIFY(self.flags() & Qt::ItemIsSelectable);
        QCOMPARE(self.data().toString(), QStringLiteral("ledger (the source)"));
        QCOMPARE(self.data(RestoreCandidateModel::ClusterNameRole).toString(), QStringLiteral("ledger"));
        QCOMPARE(self.data(RestoreCandidateModel::ReasonsRole).toStringList(),
                 QStringList{QStringLiteral("Its data will be replaced.")});
        QVERIFY(self.siblingAtColumn(RestoreCandidateModel::VerdictColumn)
                        .data()
                        .toString()
                        .contains(u"1 warning"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("payments"), QStringLiteral("ledger")), -1);
    }

    void theProxyGroupsByProjectAndFiltersThePossible()
    {
        RestoreCandidateModel model;
        RestoreCandidateProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(RestoreCandidateModel::ProjectColumn, Qt::AscendingOrder);
        model.setCandidates(sample(), source());
        const auto order = [&proxy] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << proxy.index(row, 0).data(RestoreCandidateModel::ClusterNameRole).toString();
            return out;
        };
        QCOMPARE(order(), (QStringList{u"warehouse"_qs, u"api"_qs, u"ledger"_qs, u"old"_qs}));
        proxy.setOnlyPossible(true);
        QCOMPARE(order(), (QStringList{u"api"_qs, u"ledger"_qs}));
        proxy.sort(RestoreCandidateModel::ClusterColumn, Qt::DescendingOrder);
        QCOMPARE(order(), (QStringList{u"ledger"_qs, u"api"_qs}));
        proxy.setOnlyPossible(false);
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_MAIN(TestRestoreCandidateModel)
#include "tst_restore_candidate_model.moc"
