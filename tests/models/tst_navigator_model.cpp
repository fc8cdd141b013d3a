// NavigatorModel and NavigatorFilterProxy: the tree, its roles, icons and
// tooltips, a reload that keeps the view's expansion and selection, and the
// search that keeps a match's parents.
#include "inventory_samples.h"
#include "models/navigator_filter_proxy.h"
#include "models/navigator_model.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>
#include <QTreeView>

using namespace snapline;
using namespace InventorySamples;
using namespace Qt::StringLiterals;
using Kind = NavigatorModel::NodeKind;

namespace {

QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out << model.index(row, 0, parent).data().toString();
    return out;
}

// Every node's name, depth first, indented by level: what a fully expanded view shows.
QStringList tree(const QAbstractItemModel &model, const QModelIndex &parent = {}, const QString &indent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out << indent + index.data().toString();
        out << tree(model, index, indent + u"  "_s);
    }
    return out;
}

// Renames Platform to Alpha, which the catalog then lists before Payments.
void renamePlatform(Inventory &inventory)
{
    auto &projects = inventory.organizations.first().projects;
    projects[1].project.name = u"Alpha"_s;
    projects.move(1, 0);
}

ProjectEntry &project(Inventory &inventory, const QString &id)
{
    for (auto &org : inventory.organizations)
        for (auto &p : org.projects)
            if (p.project.id == id)
                return p;
    qFatal("no such project");
}

} // namespace

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "Asia/Kolkata"); // local time apart from UTC, so tooltips show both
    }

    void passesTheModelTester()
    {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory());
        auto changed = inventory();
        renamePlatform(*changed);
        project(*changed, kPayments).clusters.removeFirst();
        project(*changed, kPayments).clusters.append(entry(u"zeta"_s, u"M10"_s));
        changed->organizations.removeLast();
        model.setInventory(changed);
        proxy.setText(u"edge"_s);
        model.setInventory(inventory());
        proxy.setText({});
        model.setInventory(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void holdsTheTree()
    {
        NavigatorModel model;
        model.setInventory(inventory());
        QCOMPARE(tree(model),
                 (QStringList{u"Demo"_s, u"  Payments"_s, u"    api"_s, u"    ledger"_s, u"  Platform"_s,
                              u"    dev-free"_s, u"    edge"_s, u"Other"_s, u"  Lab"_s, u"    lab-flex"_s}));
        const QModelIndex ledger = model.indexFor(kPayments, u"ledger"_s);
        QVERIFY(ledger.isValid());
        QCOMPARE(ledger.data().toString(), u"ledger");
        QCOMPARE(ledger.data(NavigatorModel::NodeKindRole).toInt(), int(Kind::Cluster));
        QCOMPARE(ledger.data(NavigatorModel::OrgIdRole).toString(), kOrg);
        QCOMPARE(ledger.data(NavigatorModel::ProjectIdRole).toString(), kPayments);
        QCOMPARE(ledger.data(NavigatorModel::ClusterNameRole).toString(), u"ledger");
        QCOMPARE(ledger.data(NavigatorModel::UnderComplianceRole).toBool(), true);
        QCOMPARE(ledger.parent(), model.indexFor(kPayments));
        const QModelIndex payments = model.indexFor(kPayments);
        QCOMPARE(payments.data(NavigatorModel::NodeKindRole).toInt(), int(Kind::Project));
        QCOMPARE(payments.data(NavigatorModel::ClusterNameRole), QVariant());
        QCOMPARE(payments.parent().data(NavigatorModel::NodeKindRole).toInt(), int(Kind::Organization));
        QCOMPARE(payments.parent().data(NavigatorModel::OrgIdRole).toString(), kOrg);
        QCOMPARE(model.indexFor(kPlatform).data(NavigatorModel::UnderComplianceRole).toBool(), false);
        QVERIFY(!model.indexFor(u"nope"_s).isValid());
        QVERIFY(!model.indexFor(kPayments, u"nope"_s).isValid());
    }

    void backupStateAndIcons()
    {
        NavigatorModel model;
        model.setInventory(inventory());
        const auto health = [&](const QString &project, const QString &cluster) {
            return BackupHealth(
                    model.indexFor(project, cluster).data(NavigatorModel::BackupHealthRole).toInt());
        };
        QCOMPARE(health(kPayments, u"ledger"_s), BackupHealth::Protected);
        QCOMPARE(health(kPayments, u"api"_s),
                 BackupHealth::Warning); // no point in time, which the policy requires
        QCOMPARE(health(kPlatform, u"dev-free"_s), BackupHealth::Unprotected);
        QCOMPARE(health(kPlatform, u"edge"_s), BackupHealth::Warning); // serverless end of life

        const auto icon
                = [](const QModelIndex &index) { return index.data(Qt::DecorationRole).value<QIcon>(); };
        for (const QModelIndex &index : {model.index(0, 0), model.indexFor(kPayments),
                                         model.indexFor(kPlatform), model.indexFor(kPayments, u"ledger"_s)}) {
            QVERIFY(!icon(index).isNull());
            // Sharp on a high-DPI screen: drawn at the device pixels asked for.
            const QPixmap pixmap = icon(index).pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(16, 16));
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QVERIFY(!pixmap.toImage().isNull());
        }
        // The lock badge sets a project under a compliance policy apart; the
        // backup state sets clusters of one tier and provider apart.
        QVERIFY(icon(model.indexFor(kPayments)).cacheKey() != icon(model.indexFor(kPlatform)).cacheKey());
        QVERIFY(icon(model.indexFor(kPayments, u"ledger"_s)).pixmap(32).toImage()
                != icon(model.indexFor(kPayments, u"api"_s)).pixmap(32).toImage());
    }

    void toolTipsTellTheFacts()
    {
        NavigatorModel model;
        model.setInventory(inventory());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 u"Demo\n2 project(s), 4 cluster(s)\nNot synced yet");
        QCOMPARE(model.indexFor(kPayments).data(Qt::ToolTipRole).toString(),
                 u"Payments\n2 cluster(s)\nUnder a Backup Compliance Policy (ACTIVE): no cluster's backups "
                 u"can be "
                 "weakened or deleted below it.\nNot synced yet");
        QCOMPARE(model.indexFor(kPayments, u"ledger"_s).data(Qt::ToolTipRole).toString(),
                 u"ledger\nM40 (dedicated) on AWS, replica set, MongoDB 7.0.14\nBackup: Continuous Cloud "
                 u"Backup, point in "
                 "time 3 day(s)\nLast successful snapshot 3 h ago: 2026-11-24 09:00:00 UTC (2026-11-24 "
                 "14:30:00 local time)\nNext scheduled snapshot in 6 h (daily): 2026-11-24 18:00:00 UTC "
                 "(2026-11-24 23:30:00 local time)\n10 snapshot(s), 5.0 GB (5,000,000,000 bytes)\nCopies in "
                 "US_EAST_1, EU_WEST_1\nSynced 10 min ago");
        QVERIFY(model.indexFor(kPlatform, u"dev-free"_s)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"⚠ Free M0 clusters have no Atlas backup. Use mongodump"));
    }

    void reloadKeepsTheViewsState()
    {
        NavigatorModel model;
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTreeView view;
        view.setModel(&proxy);
        model.setInventory(inventory());
        const auto shown = [&](const QString &project, const QString &cluster = {}) {
            return proxy.mapFromSource(model.indexFor(project, cluster));
        };
        view.expand(shown(kPayments));
        view.expand(shown(kPlatform));
        view.setCurrentIndex(shown(kPayments, u"ledger"_s));
        const QPersistentModelIndex ledger = model.indexFor(kPayments, u"ledger"_s);

        auto changed = inventory();
        renamePlatform(*changed);
        project(*changed, kPayments).clusters.removeFirst(); // api is gone
        project(*changed, kPayments).clusters.prepend(entry(u"audit"_s, u"M10"_s));
        project(*changed, kPayments).clusters[1].snapshots.count = 11; // ledger changed
        model.setInventory(changed);

        QVERIFY(ledger.isValid());
        QCOMPARE(ledger, QPersistentModelIndex(model.indexFor(kPayments, u"ledger"_s)));
        QCOMPARE(ledger.row(), 1);
        QVERIFY(ledger.data(Qt::ToolTipRole).toString().contains(u"11 snapshot(s)"));
        QCOMPARE(view.currentIndex(), shown(kPayments, u"ledger"_s));
        QVERIFY(view.selectionModel()->isSelected(shown(kPayments, u"ledger"_s)));
        QVERIFY(view.isExpanded(shown(kPayments)));
        QVERIFY(view.isExpanded(shown(kPlatform)));
        QCOMPARE(namesUnder(model, model.index(0, 0)), (QStringList{u"Alpha"_s, u"Payments"_s}));
        QCOMPARE(namesUnder(model, model.indexFor(kPayments)), (QStringList{u"audit"_s, u"ledger"_s}));
    }

    void filterKeepsParentsAndChildren_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("empty") << QString()
                               << QStringList{u"Demo"_s,        u"  Payments"_s, u"    api"_s,
                                              u"    ledger"_s,  u"  Platform"_s, u"    dev-free"_s,
                                              u"    edge"_s,    u"Other"_s,      u"  Lab"_s,
                                              u"    lab-flex"_s};
        QTest::newRow("a cluster keeps its parents")
                << u"LEDGER"_s << QStringList{u"Demo"_s, u"  Payments"_s, u"    ledger"_s};
        QTest::newRow("a project keeps its clusters")
                << u"payments"_s << QStringList{u"Demo"_s, u"  Payments"_s, u"    api"_s, u"    ledger"_s};
        QTest::newRow("by provider") << u"gcp"_s << QStringList{u"Other"_s, u"  Lab"_s, u"    lab-flex"_s};
        QTest::newRow("by provider in words")
                << u"google"_s << QStringList{u"Other"_s, u"  Lab"_s, u"    lab-flex"_s};
        QTest::newRow("by tier") << u"serverless"_s << QStringList{u"Demo"_s, u"  Platform"_s, u"    edge"_s};
        QTest::newRow("every word, any order")
                << u"aws m40"_s << QStringList{u"Demo"_s, u"  Payments"_s, u"    ledger"_s};
        QTest::newRow("nothing") << u"mongodb-nowhere"_s << QStringList{};
    }

    void filterKeepsParentsAndChildren()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        NavigatorModel model;
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setInventory(inventory());
        proxy.setText(text);
        QCOMPARE(proxy.text(), text);
        QCOMPARE(tree(proxy), shown);
    }
};

QTEST_MAIN(TestNavigatorModel)
#include "tst_navigator_model.moc"
