#pragma once

// Drives the restore wizard in the console window as a person would, for the
// restore GUI tests: finds the open wizard, clicks Next, waits for the pages
// that read the catalog on a worker, and finds snapshots and candidates.
#include "actions/cluster_actions.h"
#include "console_fixture.h"
#include "restore/restore_candidate_model.h"
#include "restore/restore_wizard.h"

#include <QModelIndex>

#include <functional>
#include <optional>

namespace snapline::test {

class RestoreWizardDriver
{
public:
    explicit RestoreWizardDriver(ConsoleFixture &console)
        : m_console(console)
    {}

    // The wizard open over the window, if any.
    RestoreWizard *wizard() const;
    // Closes every wizard still open, as Cancel would.
    void closeAll() const;
    // Clicks Next; false when it is disabled.
    bool next(RestoreWizard *wizard) const;
    // Goes from the source page to the target page and waits until its clusters are judged.
    bool toTargets(RestoreWizard *wizard) const;
    // Chooses a target with a click on its row; false when the row cannot be chosen.
    bool clickTarget(RestoreWizard *wizard, const QString &projectName, const QString &cluster) const;
    // From the target page to the pre-flight page, waiting until its verdict is read.
    bool toPreflight(RestoreWizard *wizard) const;
    // The candidate row of a cluster on the target page (in the model; -1 when absent).
    int candidateRow(RestoreWizard *wizard, const QString &projectName, const QString &cluster) const;
    QModelIndex candidateIndex(RestoreWizard *wizard, const QString &projectName, const QString &cluster,
                               int column) const;

    // The newest completed snapshot of the cluster on screen that matches `wanted`.
    std::optional<Snapshot> snapshotOnPage(const std::function<bool(const Snapshot &)> &wanted = {}) const;
    // Selects a snapshot in the page's table, as a click would.
    bool selectOnPage(const QString &snapshotId) const;
    // Makes restores followed quickly (the window's own environment polls slowly).
    void pollQuickly() const;

private:
    ConsoleFixture &m_console;
};

} // namespace snapline::test
