#pragma once

#include "console/inventory.h"
#include "jobs/job.h"
#include "util/clock.h"

#include <memory>

namespace snapline {

// Reads the inventory on a worker thread through its own reader connection,
// so the window never waits on the catalog.
class InventoryJob : public TypedJob<Inventory, Error>
{
    Q_OBJECT

public:
    static InventoryJob *create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                QObject *parent = nullptr);

    // The inventory, shared, once the job succeeded; null before or after a failure.
    std::shared_ptr<const Inventory> inventory() const;

private:
    using TypedJob::TypedJob;
};

} // namespace snapline
