#include "console/inventory_job.h"

#include "catalog/catalog.h"
#include "console/inventory_reader.h"

namespace snapline {

InventoryJob *InventoryJob::create(const QString &catalogPath, std::shared_ptr<const Clock> clock,
                                   QObject *parent)
{
    auto work = [catalogPath, clock](JobContext &) -> Result<Inventory, Error> {
        auto reader = Catalog::openReader(catalogPath, clock);
        if (!reader)
            return reader.error();
        return InventoryReader::read(*reader.value(), clock->now());
    };
    return new InventoryJob(tr("Read the catalog"), std::move(work), parent);
}

std::shared_ptr<const Inventory> InventoryJob::inventory() const
{
    if (!result() || !result()->ok())
        return nullptr;
    return std::make_shared<const Inventory>(result()->value());
}

} // namespace snapline
