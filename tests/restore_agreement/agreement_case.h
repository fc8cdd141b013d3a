#pragma once

#include "rules/proposed_action.h"

#include <QString>

#include <optional>

namespace snapline::test {

// One randomized restore the agreement test judges and sends: a source
// (a snapshot or a moment), a delivery, a target and the credential.
struct AgreementCase
{
    int number = 0;
    QString credential; // the sandbox credential's description
    ProjectCluster source;
    std::optional<Snapshot> snapshot;       // restore this snapshot …
    std::optional<PointInTime> pointInTime; // … or this moment
    QString pick; // how the snapshot or moment was chosen ("completed", "inGap", "future" …)
    DeliveryType delivery = DeliveryType::Automated;
    std::optional<ProjectCluster> target;

    ProposedAction action() const;
    // One line naming everything above, to find the case again.
    QString describe() const;
};

} // namespace snapline::test
