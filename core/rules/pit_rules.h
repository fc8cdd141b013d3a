#pragma once

#include "rules/pit_window.h"
#include "rules/proposed_action.h"
#include "rules/verdict.h"

#include <QCoreApplication>

namespace snapline {

// §4: restores to a point in time.
class PitRules
{
    Q_DECLARE_TR_FUNCTIONS(PitRules)

public:
    static void check(const ProposedAction &action, const Facts &facts, Verdict &verdict);
    // A sentence explaining one obstacle at `moment`, as the cursor shows it.
    static QString explain(PitWindow::Obstacle obstacle, const PitWindow &window, const QDateTime &moment,
                           const Cluster &cluster);
    static QString codeOf(PitWindow::Obstacle obstacle);

private:
    static bool checkPointWellFormed(const PointInTime &point, Verdict &verdict);
};

} // namespace snapline
