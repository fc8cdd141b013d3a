#pragma once

#include "seed/id_source.h"
#include "service/scaled_clock.h"
#include "store/sandbox_store.h"

#include <memory>

namespace snapline::sandbox {

// What every handler works with: the state, the sandbox's (scaled) time and
// a source of new ids.
struct SandboxContext
{
    SandboxStore &store;
    std::shared_ptr<const ScaledClock> clock;
    IdSource &ids;
    QString orgId;

    qint64 now() const { return clock->nowSeconds(); }
};

} // namespace snapline::sandbox
