#include "restore_wizard_driver.h"

#include "models/snapshot_table_model.h"
#include "pages/cluster_page.h"
#include "restore/restore_candidate_proxy.h"
#include "restore/restore_preflight_page.h"
#include "restore/restore_target_page.h"

#include <QAbstractButton>
#include <QTableView>
#include <QTest>

namespace snapline::test {

RestoreWizard *RestoreWizardDriver::wizard() const
{
    // A wizard closed earlier may still wait for its deferred delete.
    for (RestoreWizard *w : m_console.window().findChildren<RestoreWizard *>()) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

void RestoreWizardDriver::closeAll() const
{
    for (RestoreWizard *w : m_console.window().findChildren<RestoreWizard *>()) {
        if (w->isVisible())
            w->reject();
    }
}

bool RestoreWizardDriver::next(RestoreWizard *wizard) const
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    if (!button->isEnabled() || !button->isVisible())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(button, Qt::LeftButton);
    return wizard->currentId() != before;
}

bool RestoreWizardDriver::toTargets(RestoreWizard *wizard) const
{
    if (wizard->currentId() == RestoreWizard::SourcePageId && !next(wizard))
        return false;
    if (wizard->currentId() == RestoreWizard::DeliveryPageId && !next(wizard))
        return false;
    if (wizard->currentId() != RestoreWizard::TargetPageId)
        return false;
    return QTest::qWaitFor([wizard] { return !wizard->targetPage()->isLoading(); }, 30000);
}

int RestoreWizardDriver::candidateRow(RestoreWizard *wizard, const QString &projectName,
                                      const QString &cluster) const
{
    return wizard->targetPage()->model()->rowOf(m_console.sandbox().projectId(projectName), cluster);
}

QModelIndex RestoreWizardDriver::candidateIndex(RestoreWizard *wizard, const QString &projectName,
                                                const QString &cluster, int column) const
{
    RestoreCandidateModel *model = wizard->targetPage()->model();
    return model->index(candidateRow(wizard, projectName, cluster), column);
}

bool RestoreWizardDriver::clickTarget(RestoreWizard *wizard, const QString &projectName,
                                      const QString &cluster) const
{
    RestoreTargetPage *page = wizard->targetPage();
    const QModelIndex shown = page->proxy()->mapFromSource(
            candidateIndex(wizard, projectName, cluster, RestoreCandidateModel::ClusterColumn));
    if (!shown.isValid())
        return false;
    QTableView *table = page->table();
    table->scrollTo(shown);
    // The view lays its rows out lazily: click once the row is where it is drawn.
    if (!QTest::qWaitFor(
                [&] { return table->viewport()->rect().contains(table->visualRect(shown).center()); }, 5000))
        return false;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(shown).center());
    return wizard->order().targetClusterName == cluster;
}

bool RestoreWizardDriver::toPreflight(RestoreWizard *wizard) const
{
    if (!next(wizard) || wizard->currentId() != RestoreWizard::PreflightPageId)
        return false;
    return QTest::qWaitFor([wizard] { return !wizard->preflightPage()->isLoading(); }, 30000);
}

std::optional<Snapshot> RestoreWizardDriver::snapshotOnPage(
        const std::function<bool(const Snapshot &)> &wanted) const
{
    const auto &snapshots = m_console.window().clusterPage()->detail()->snapshots;
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        if (it->isCompleted() && (!wanted || wanted(*it)))
            return *it;
    }
    return std::nullopt;
}

bool RestoreWizardDriver::selectOnPage(const QString &snapshotId) const
{
    QTableView *table = m_console.window().clusterPage()->snapshotTable();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(SnapshotTableModel::SnapshotIdRole).toString() == snapshotId) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return m_console.window().clusterPage()->selectedSnapshotId() == snapshotId;
        }
    }
    return false;
}

void RestoreWizardDriver::pollQuickly() const
{
    ConsoleSession &session = m_console.session();
    ActionEnvironment environment
            = ActionEnvironment::from(*session.connection(), session.roles(), m_console.window().jobs());
    environment.restorePolling = {50, 400};
    m_console.window().clusterActions()->setEnvironment(environment);
}

} // namespace snapline::test
