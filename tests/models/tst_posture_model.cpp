// PostureModel and PostureFilterProxy: one row per cluster with its judged
// posture, raw values for sorting, scope/text/warnings filters, and a reload
// that keeps the selection.
#include "inventory_samples.h"
#include "models/posture_filter_proxy.h"
#include "models/posture_model.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTest>

using namespace snapline;
using namespace InventorySamples;
using namespace Qt::StringLiterals;
using P = PostureModel;

namespace {

QStringList clusters(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, P::ClusterColumn).data().toString();
    return out;
}

ClusterEntry &cluster(Inventory &inventory, const QString &name)
{
    for (auto &org : inventory.organizations)
        for (auto &p : org.projects)
            for (auto &c : p.clusters)
                if (c.where.cluster.name == name)
                    return c;
    qFatal("no such cluster");
}

// Sizes whose text order differs from their byte order ("10.0 GB" < "2.0 GB").
std::shared_ptr<Inventory> sized()
{
    auto inventory = InventorySamples::inventory();
    cluster(*inventory, u"api"_s).snapshots.totalBytes = 7'000'000'000;
    cluster(*inventory, u"ledger"_s).snapshots.totalBytes = 2'000'000'000;
    cluster(*inventory, u"edge"_s).snapshots.totalBytes = 10'000'000'000;
    cluster(*inventory, u"lab-flex"_s).snapshots.totalBytes = 1'000'000'000;
    cluster(*inventory, u"api"_s).snapshots.lastCompletedAt = hoursAgo(1);
    cluster(*inventory, u"edge"_s).snapshots.lastCompletedAt = hoursAgo(5);
    cluster(*inventory, u"lab-flex"_s).snapshots.lastCompletedAt = hoursAgo(26);
    return inventory;
}

} // namespace

class TestPostureModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Local time apart from UTC (and without daylight saving), so tooltips show both.
        qputenv("TZ", "Asia/Kolkata");
    }

    void passesTheModelTester()
    {
        PostureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PostureFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(P::TotalSizeColumn);
        model.setInventory(inventory());
        proxy.setWarningsOnly(true);
        auto changed = sized();
        changed->organizations.first().projects.first().clusters.removeFirst();
        model.setInventory(changed);
        proxy.setScope(kPlatform);
        model.setInventory(sized());
        model.setInventory(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void oneRowPerCluster()
    {
        PostureModel model;
        model.setInventory(inventory());
        QCOMPARE(clusters(model),
                 (QStringList{u"api"_s, u"ledger"_s, u"dev-free"_s, u"edge"_s, u"lab-flex"_s}));
        QCOMPARE(model.columnCount(), int(P::ColumnCount));
        QCOMPARE(model.rowOf(kPayments, u"ledger"_s), 1);
        QCOMPARE(model.rowOf(kPayments, u"nope"_s), -1);
        QCOMPARE(model.clusterAt(1).where.cluster.name, u"ledger");
        QCOMPARE(model.postureAt(1), assessPosture(model.clusterAt(1), compliance(), now()));
        QCOMPARE(model.headerData(P::ComplianceColumn, Qt::Horizontal).toString(), u"Policy vs compliance");
    }

    void cellsOfARow()
    {
        PostureModel model;
        model.setInventory(inventory());
        const auto cell
                = [&](int column, int role = Qt::DisplayRole) { return model.index(1, column).data(role); };
        QCOMPARE(cell(P::ProjectColumn).toString(), u"Payments");
        QCOMPARE(cell(P::ClusterColumn).toString(), u"ledger");
        QCOMPARE(cell(P::TierColumn).toString(), u"M40");
        QCOMPARE(cell(P::TierColumn, Qt::ToolTipRole).toString(),
                 u"M40 (dedicated) on AWS, replica set, MongoDB 7.0.14");
        QCOMPARE(cell(P::BackupKindColumn).toString(), u"Continuous Cloud Backup");
        QCOMPARE(cell(P::PitColumn).toString(), u"3 day(s)");
        QCOMPARE(cell(P::LastSnapshotColumn).toString(), u"3 h ago");
        QCOMPARE(cell(P::LastSnapshotColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-24 09:00:00 UTC (2026-11-24 14:30:00 local time)");
        QCOMPARE(cell(P::LastSnapshotColumn, P::SortRole), QVariant(hoursAgo(3).toMSecsSinceEpoch()));
        QCOMPARE(cell(P::NextSnapshotColumn).toString(), u"in 6 h");
        QCOMPARE(cell(P::NextSnapshotColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-24 18:00:00 UTC (2026-11-24 23:30:00 local time), daily");
        QCOMPARE(cell(P::SnapshotCountColumn).toString(), u"10");
        QCOMPARE(cell(P::SnapshotCountColumn, P::SortRole), QVariant(qint64(10)));
        QCOMPARE(cell(P::TotalSizeColumn).toString(), u"5.0 GB");
        QCOMPARE(cell(P::TotalSizeColumn, Qt::ToolTipRole).toString(), u"5,000,000,000 bytes");
        QCOMPARE(cell(P::TotalSizeColumn, P::SortRole), QVariant(qint64(5'000'000'000)));
        QCOMPARE(cell(P::ComplianceColumn).toString(),
                 u"daily kept 7 day(s) ≥ 7 day(s); weekly kept 4 week(s) ≥ 4 week(s); restore window 3 "
                 u"day(s) ≥ 2 day(s)");
        QCOMPARE(cell(P::CopyRegionsColumn).toString(), u"US_EAST_1, EU_WEST_1");
        QCOMPARE(cell(P::WarningsColumn).toString(), QString());
        QCOMPARE(cell(0, P::WarningCountRole).toInt(), 0);
        QCOMPARE(cell(0, P::ProjectIdRole).toString(), kPayments);
        QCOMPARE(cell(0, P::OrgIdRole).toString(), kOrg);
        QCOMPARE(cell(0, P::ClusterNameRole).toString(), u"ledger");
        QVERIFY(!cell(P::ClusterColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell(P::WarningsColumn, Qt::DecorationRole).isNull());
        QCOMPARE(cell(P::SnapshotCountColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    void warningsInShortAndInFull()
    {
        PostureModel model;
        model.setInventory(inventory());
        const QModelIndex api = model.index(0, P::WarningsColumn);
        QCOMPARE(api.data().toString(), u"below compliance");
        QCOMPARE(api.data(P::WarningCountRole).toInt(), 1);
        QCOMPARE(api.data(Qt::ToolTipRole).toString(),
                 u"The backup policy goes below the project's Backup Compliance Policy, which requires "
                 u"point-in-time "
                 "restore with a window of at least 2 day(s).");
        QVERIFY(!api.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, P::ComplianceColumn).data().toString(),
                 u"below: point in time off, needs 2 day(s)");
        const QModelIndex free = model.index(2, P::WarningsColumn);
        QCOMPARE(free.data().toString(), u"no backup (M0)");
        QCOMPARE(model.index(2, P::LastSnapshotColumn).data().toString(), QString());
        QCOMPARE(model.index(2, P::PitColumn).data().toString(), u"off");
        QCOMPARE(model.index(3, P::PitColumn).data().toString(), u"72 h");
    }

    void filters_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("warningsOnly");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("everything") << QString() << QString() << false
                                    << QStringList{u"api"_s, u"ledger"_s, u"dev-free"_s, u"edge"_s,
                                                   u"lab-flex"_s};
        QTest::newRow("an organization")
                << kOrg << QString() << false << QStringList{u"api"_s, u"ledger"_s, u"dev-free"_s, u"edge"_s};
        QTest::newRow("a project") << kLab << QString() << false << QStringList{u"lab-flex"_s};
        QTest::newRow("warnings only")
                << QString() << QString() << true << QStringList{u"api"_s, u"dev-free"_s, u"edge"_s};
        QTest::newRow("text over tier") << QString() << u"serverless"_s << false << QStringList{u"edge"_s};
        QTest::newRow("words in any order") << QString() << u"aws m40"_s << false << QStringList{u"ledger"_s};
        QTest::newRow("text over warnings") << QString() << u"below"_s << false << QStringList{u"api"_s};
        QTest::newRow("all three") << kOrg << u"payments"_s << true << QStringList{u"api"_s};
    }

    void filters()
    {
        QFETCH(QString, scope);
        QFETCH(QString, text);
        QFETCH(bool, warningsOnly);
        QFETCH(QStringList, shown);
        PostureModel model;
        PostureFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setInventory(inventory());
        proxy.setScope(scope);
        proxy.setText(text);
        proxy.setWarningsOnly(warningsOnly);
        QCOMPARE(clusters(proxy), shown);
        QCOMPARE(proxy.scope(), scope);
        QCOMPARE(proxy.warningsOnly(), warningsOnly);
    }

    void sortsByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("size in bytes, not text")
                << int(P::TotalSizeColumn)
                << QStringList{u"dev-free"_s, u"lab-flex"_s, u"ledger"_s, u"api"_s, u"edge"_s};
        QTest::newRow("last snapshot by time")
                << int(P::LastSnapshotColumn)
                << QStringList{u"dev-free"_s, u"lab-flex"_s, u"edge"_s, u"ledger"_s, u"api"_s};
        QTest::newRow("tier by rank")
                << int(P::TierColumn)
                << QStringList{u"edge"_s, u"dev-free"_s, u"lab-flex"_s, u"api"_s, u"ledger"_s};
        QTest::newRow("warnings by count")
                << int(P::WarningsColumn)
                << QStringList{u"ledger"_s, u"lab-flex"_s, u"api"_s, u"dev-free"_s, u"edge"_s};
    }

    void sortsByRawValues()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        PostureModel model;
        PostureFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setInventory(sized());
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(clusters(proxy), ascending);
        if (column != P::WarningsColumn) { // no ties: descending is the reverse
            proxy.sort(column, Qt::DescendingOrder);
            QCOMPARE(clusters(proxy).first(), ascending.last());
        }
    }

    void reloadKeepsTheSelection()
    {
        PostureModel model;
        PostureFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(P::ClusterColumn);
        model.setInventory(inventory());
        QItemSelectionModel selection(&proxy);
        const QModelIndex edge = proxy.mapFromSource(model.index(model.rowOf(kPlatform, u"edge"_s), 0));
        selection.select(edge, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        auto changed = sized();
        cluster(*changed, u"edge"_s).snapshots.count = 99;
        changed->organizations.first().projects.first().clusters.removeFirst(); // api is gone
        ClusterEntry added = entry(u"beta"_s, u"M10"_s);
        changed->organizations.first().projects.first().clusters.prepend(added);
        model.setInventory(changed);

        QCOMPARE(clusters(proxy),
                 (QStringList{u"beta"_s, u"dev-free"_s, u"edge"_s, u"lab-flex"_s, u"ledger"_s}));
        const QModelIndexList selected = selection.selectedRows(P::ClusterColumn);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), u"edge");
        QCOMPARE(proxy.index(selected.first().row(), P::SnapshotCountColumn).data().toString(), u"99");
    }
};

QTEST_MAIN(TestPostureModel)
#include "tst_posture_model.moc"
